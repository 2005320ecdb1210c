package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A customer holding her own booking and her friend's ("for me and my friend Lily", ADR 0058) picks
 * one by the friend's name: "cancel Lily's appointment", "Lilys Termin", "la cita de Lily", "the
 * one for Lily", also as the answer to "which one?". The name is matched however it is written
 * (case, accents), and a name no booking has is said so with what she has (ADR 0086). Over the web
 * chat on Postgres, Monday 23 Nov 2026, 08:00, the demo studio.
 */
class GuestNamedBookingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  private static final String EN = "a manicure for my friend and me on friday at 10 | Ann | yes";
  private static final String DE =
      "Ich hätte gern eine Maniküre für mich und meine Freundin am Freitag um 10 | Jonas | ja";
  private static final String ES =
      "Hola, quiero una manicura para mí y mi amiga el viernes a las 10 | Lucía | sí";

  /** Books the customer's manicure at 10:00 with Anna and the guest's beside it with Marta. */
  private void bookForTwo(String request, String name, String yes, String guest) {
    app.say("c", request);
    app.say("c", name);
    app.say("c", yes);
    app.say("c", guest);
    assertThat(app.say("c", yes)).contains(guest);
    assertThat(statuses()).containsExactly("confirmed 10:00 -", "confirmed 10:00 " + guest);
  }

  /** Each booking as "status HH:MM guest", in the order made. */
  private List<String> statuses() {
    return app.app()
        .database()
        .dsl()
        .fetch(
            "select status, to_char(lower(during) at time zone 'Europe/Berlin', 'HH24:MI') t,"
                + " coalesce(guest_name, '-') g from bookings order by id")
        .map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2));
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        EN
            + " | Lily | cancel Lily's appointment | Cancel your Basic Manicure on Fri 27 Nov at"
            + " 10:00 with Marta (for Lily)?",
        EN
            + " | Lily | cancel the one for lily please | Cancel your Basic Manicure on Fri 27 Nov"
            + " at 10:00 with Marta (for Lily)?",
        DE
            + " | Lily | Ich möchte Lilys Termin absagen | Möchten Sie Klassische Maniküre am Freitag, 27."
            + " November um 10:00 bei Marta (für Lily) absagen?",
        DE
            + " | Lily | bitte den für Lily stornieren | Möchten Sie Klassische Maniküre am Freitag, 27."
            + " November um 10:00 bei Marta (für Lily) absagen?",
        ES
            + " | Sofía | quiero cancelar la cita de sofia | ¿Quieres cancelar Manicura básica el"
            + " viernes 27 de noviembre a las 10:00 con Marta (para Sofía)?",
        ES
            + " | Sofía | cancela la de Sofia por favor | ¿Quieres cancelar Manicura básica el"
            + " viernes 27 de noviembre a las 10:00 con Marta (para Sofía)?",
      })
  void cancelling_by_the_guests_name_offers_the_guests_booking(
      String request, String name, String yes, String guest, String cancel, String asked) {
    bookForTwo(request, name, yes, guest);
    assertThat(app.say("c", cancel)).isEqualTo(asked);
    app.say("c", yes);
    assertThat(statuses()).containsExactly("confirmed 10:00 -", "cancelled 10:00 " + guest);
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        EN + " | Lily | move Lily's to 4pm | Fri 27 Nov at 16:00",
        DE
            + " | Lily | kannst du Lilys Termin auf 16 Uhr verlegen? | auf Freitag, 27. November um 16:00",
        ES
            + " | Sofía | pasa la cita de Sofía a las 4 de la tarde | al viernes 27 de noviembre a las 16:00",
      })
  void moving_by_the_guests_name_moves_the_guests_booking(
      String request, String name, String yes, String guest, String move, String offered) {
    bookForTwo(request, name, yes, guest);
    assertThat(app.say("c", move)).contains(offered).contains("Marta").doesNotContain("1)");
    app.say("c", yes);
    assertThat(statuses()).containsExactly("confirmed 10:00 -", "confirmed 16:00 " + guest);
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource(
      delimiter = '|',
      value = {
        EN
            + " | Lily | cancel my appointment | Lily's | Cancel your Basic Manicure on Fri 27 Nov"
            + " at 10:00 with Marta (for Lily)?",
        DE
            + " | Lily | Ich möchte meinen Termin absagen | die von Lily | Möchten Sie Klassische Maniküre am"
            + " Freitag, 27. November um 10:00 bei Marta (für Lily) absagen?",
        ES
            + " | Sofía | Quiero cancelar mi cita | la de SOFIA | ¿Quieres cancelar Manicura básica el"
            + " viernes 27 de noviembre a las 10:00 con Marta (para Sofía)?",
      })
  void the_guests_name_answers_which_booking(
      String request,
      String name,
      String yes,
      String guest,
      String cancel,
      String answer,
      String asked) {
    bookForTwo(request, name, yes, guest);
    assertThat(app.say("c", cancel)).contains("1)").contains("2)");
    assertThat(app.say("c", answer)).isEqualTo(asked);
    app.say("c", yes);
    assertThat(statuses()).containsExactly("confirmed 10:00 -", "cancelled 10:00 " + guest);
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        EN
            + " | Lily | cancel Tom's appointment | You have no appointment for Tom. Which"
            + " appointment would you like to cancel?",
        DE
            + " | Lily | Ich möchte Toms Termin absagen | Sie haben keinen Termin für Tom."
            + " Welchen Termin möchten Sie absagen?",
        ES
            + " | Sofía | quiero cancelar la cita de Tomás | No tienes ninguna cita para Tomás."
            + " ¿Qué cita quieres cancelar?",
      })
  void a_name_no_booking_has_is_said_with_the_bookings_there_are(
      String request, String name, String yes, String guest, String cancel, String none) {
    bookForTwo(request, name, yes, guest);
    assertThat(app.say("c", cancel)).startsWith(none).contains("1) ").contains("2) ");
    assertThat(statuses()).containsExactly("confirmed 10:00 -", "confirmed 10:00 " + guest);
  }
}
