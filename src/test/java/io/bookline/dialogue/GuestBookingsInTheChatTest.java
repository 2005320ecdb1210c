package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review finding: an appointment booked for someone else ("for my daughter and me", ADR 0058) was
 * shown in the chat as the customer's own: "my bookings" listed two alike, "cancel my appointment"
 * offered two identical-looking choices, and the guest's reminder read as the customer's. Each now
 * says whom it is for, over the web chat on Postgres, in every language.
 */
class GuestBookingsInTheChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** Books the customer's appointment and the guest's, as PartyOfTwoChatTest does. */
  void bookForTwo(String request, String name, String yes, String guest) {
    app.say("c", request);
    app.say("c", name);
    app.say("c", yes);
    app.say("c", guest);
    assertThat(app.say("c", yes)).contains(guest);
    assertThat(app.app().database().dsl().fetchValue("select count(*) from bookings"))
        .isEqualTo(2L);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | a manicure for my daughter and me on friday at 10 | Ann | yes | Lena"
            + " | what appointments do I have? | Cancel my appointment"
            + " | Basic Manicure on Fri 27 Nov at 10:00 with Marta (for Lena)",
        "de | Ich hätte gern eine Pediküre für mich und meine Tochter am Freitag um 10 | Jonas"
            + " | ja | Mia | Welche Termine habe ich? | Ich möchte meinen Termin stornieren"
            + " | Pediküre am Freitag, 27. November um 10:00 bei Marta (für Mia)",
        "es | Hola, quiero una pedicura para mí y mi hija el viernes a las 10 | Lucía | sí"
            + " | Sofía | ¿Qué citas tengo? | Quiero cancelar mi cita"
            + " | Pedicura el viernes 27 de noviembre a las 10:00 con Marta (para Sofía)",
      })
  void the_list_and_the_which_booking_choices_say_whom_an_appointment_is_for(
      String language,
      String request,
      String name,
      String yes,
      String guest,
      String list,
      String cancel,
      String guestsBooking) {
    bookForTwo(request, name, yes, guest);
    assertThat(app.say("c", list)).contains(guestsBooking + ".").doesNotContain("Anna (");
    var asked = app.chat("demo", "c", cancel).json();
    List<String> options = new ArrayList<>();
    asked.path("replies").forEach(r -> r.path("options").forEach(o -> options.add(o.asText())));
    String forGuest = guestsBooking.substring(guestsBooking.lastIndexOf(" ("));
    assertThat(options).as(asked.toString()).hasSize(2).doesNotHaveDuplicates();
    assertThat(options.stream().filter(o -> o.endsWith(forGuest))).as(asked.toString()).hasSize(1);
    // The guest's button picks the guest's booking, and the question says whose it is.
    String tapped = options.stream().filter(o -> o.endsWith(forGuest)).findFirst().orElseThrow();
    assertThat(app.say("c", tapped))
        .as("asked to confirm the guest's, not asked which again")
        .contains(guestsBooking)
        .endsWith("?")
        .doesNotContain("1)");
    assertThat(
            app.app()
                .database()
                .dsl()
                .fetchValue("select count(*) from bookings where status = 'confirmed'"))
        .isEqualTo(2L);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | a manicure for my daughter and me on friday at 10 | Ann | yes | Lena"
            + " | your Basic Manicure (for Lena) is on Fri 27 Nov at 10:00",
        "de | Ich hätte gern eine Pediküre für mich und meine Tochter am Freitag um 10 | Jonas"
            + " | ja | Mia | Ihr Termin Pediküre (für Mia) ist am Freitag, 27. November um 10:00",
        "es | Hola, quiero una pedicura para mí y mi hija el viernes a las 10 | Lucía | sí"
            + " | Sofía | tu cita de Pedicura (para Sofía) es el viernes 27 de noviembre a las 10:00",
      })
  void the_guests_reminder_says_whom_it_is_for(
      String language, String request, String name, String yes, String guest, String says) {
    bookForTwo(request, name, yes, guest);
    app.clock().set(Instant.parse("2026-11-26T09:00:05Z"));
    app.app().reminders().runOnce();
    List<String> reminders =
        app.app()
            .database()
            .dsl()
            .fetch("select content_text from messages where provider = 'reminder' order by id")
            .getValues(0, String.class);
    assertThat(reminders).hasSize(2);
    assertThat(reminders.stream().filter(r -> r.contains(says)).count())
        .as(reminders.toString())
        .isEqualTo(1);
    assertThat(reminders.stream().filter(r -> r.contains("(")).count())
        .as("the customer's own reads as before")
        .isEqualTo(1);
  }
}
