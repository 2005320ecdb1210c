package io.bookline.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reminder's button word typed in the web chat instead of tapped does what the tap does, in every
 * language: "Move" offers the days, "Cancel" cancels, "Keep" keeps. Once something else was said
 * after the reminder, the word is the dialogue's again.
 */
class TypedReminderAnswersTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  static final String[] ENGLISH = {"I'd like a pedicure tomorrow at 10", "Wendy", "yes"};
  static final String[] GERMAN = {"Ich möchte morgen um 10 eine Pediküre", "Wendy", "ja"};
  static final String[] SPANISH = {"Quiero una pedicura mañana a las 10", "Wendy", "sí"};

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Move          | Let's move your Pedicure on Tue 24 Nov at 10:00. Which day would"
            + " suit you instead? | confirmed",
        "en | move it!      | Let's move your Pedicure on Tue 24 Nov at 10:00. Which day would"
            + " suit you instead? | confirmed",
        "en | Keep          | Great, see you on Tue 24 Nov at 10:00 for your Pedicure! | confirmed",
        "en | cancel        | Your Pedicure on Tue 24 Nov at 10:00 is cancelled. Write here if you'd"
            + " like another time. | cancelled",
        "de | Verschieben   | Wir verschieben Ihren Termin Pediküre am Dienstag, 24. November um 10:00."
            + " Welcher Tag passt Ihnen stattdessen? | confirmed",
        "de | Bleibt        | Prima, bis Dienstag, 24. November um 10:00 zu Ihrem Termin Pediküre! | confirmed",
        "de | absagen       | Ihr Termin Pediküre am Dienstag, 24. November um 10:00 ist abgesagt. Schreiben"
            + " Sie hier, wenn Sie einen neuen Termin möchten. | cancelled",
        "es | Cambiar       | Vamos a cambiar tu cita de Pedicura del martes 24 de noviembre a las 10:00. ¿Qué"
            + " día te viene bien? | confirmed",
        "es | mover         | Vamos a cambiar tu cita de Pedicura del martes 24 de noviembre a las 10:00. ¿Qué"
            + " día te viene bien? | confirmed",
        "es | Mantener      | ¡Genial, te esperamos el martes 24 de noviembre a las 10:00 para tu cita de"
            + " Pedicura! | confirmed",
        "es | Cancelar      | Tu cita de Pedicura del martes 24 de noviembre a las 10:00 está cancelada. Escribe"
            + " aquí si quieres otra hora. | cancelled",
      })
  void a_typed_button_word_does_what_the_tap_does(
      String language, String typed, String answer, String status) {
    book(language);
    remind();
    JsonNode reply = app.chat("demo", "wendy", typed).json().path("replies").get(0);
    assertThat(reply.path("text").asText()).isEqualTo(answer);
    assertThat(app.app().database().dsl().fetchValue("select status from bookings"))
        .isEqualTo(status);
    if (answer.contains("?")) {
      assertThat(strings(reply.path("options"))).as("the days the Move button offers").hasSize(4);
    }
  }

  @Test
  void a_typed_move_is_then_answered_with_a_day_and_the_booking_moves() {
    book("en");
    remind();
    app.say("wendy", "Move");
    assertThat(app.say("wendy", "Thursday at 11")).contains("Thu 26 Nov").contains("11:00");
    assertThat(app.say("wendy", "yes")).contains("Thu 26 Nov");
    assertThat(
            app.app()
                .database()
                .dsl()
                .fetchValue("select starts_at = '2026-11-26T10:00:00Z' from bookings"))
        .isEqualTo(true);
  }

  @Test
  void once_something_else_was_said_the_word_is_the_dialogues_again() {
    book("en");
    remind();
    app.say("wendy", "what are your opening hours?");
    assertThat(app.say("wendy", "cancel"))
        .isEqualTo("Cancel your Pedicure on Tue 24 Nov at 10:00 with Anna?");
    assertThat(app.app().database().dsl().fetchValue("select status from bookings"))
        .isEqualTo("confirmed");
  }

  /**
   * Review finding: a reminder arriving while the customer books something else, then a typed
   * "cancel", cancelled the reminded appointment at once. The customer is answering the booking
   * under way; the word is the dialogue's, and the reminded appointment stays.
   */
  @ParameterizedTest(name = "{0}: \"{2}\" mid-booking")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | I'd like a manicure       | cancel     | Cancel your Pedicure on Tue 24 Nov at 10:00"
            + " with Anna?",
        "de | Ich möchte eine Maniküre  | stornieren | Möchten Sie Pediküre am Dienstag, 24."
            + " November um 10:00 bei Anna absagen?",
        "es | Quiero una manicura       | cancelar   | ¿Quieres cancelar Pedicura el martes 24 de"
            + " noviembre a las 10:00 con Anna?",
      })
  void a_typed_cancel_while_booking_something_else_leaves_the_reminded_appointment(
      String language, String booking, String typed, String asked) {
    book(language);
    app.clock().set(Instant.parse("2026-11-23T08:30:00Z"));
    app.say("wendy", booking);
    remind();
    assertThat(app.say("wendy", typed)).as("the dialogue asks first").isEqualTo(asked);
    assertThat(app.app().database().dsl().fetchValue("select status from bookings"))
        .isEqualTo("confirmed");
    assertThat(
            app.app()
                .database()
                .dsl()
                .fetchCount(app.app().database().dsl().selectFrom("reminder_taps")))
        .as("no button was pressed")
        .isZero();
  }

  @Test
  void a_tapped_cancel_while_booking_something_else_still_cancels() {
    book("en");
    app.clock().set(Instant.parse("2026-11-23T08:30:00Z"));
    app.say("wendy", "I'd like a manicure");
    remind();
    Object reminder = app.app().database().dsl().fetchValue("select id from reminders");
    assertThat(app.say("wendy", "bk:cancel:" + reminder))
        .isEqualTo(
            "Your Pedicure on Tue 24 Nov at 10:00 is cancelled. Write here if you'd like another"
                + " time.");
    assertThat(app.app().database().dsl().fetchValue("select status from bookings"))
        .isEqualTo("cancelled");
  }

  void book(String language) {
    String[] lines =
        switch (language) {
          case "de" -> GERMAN;
          case "es" -> SPANISH;
          default -> ENGLISH;
        };
    for (String line : lines) {
      app.say("wendy", line);
    }
    assertThat(app.app().database().dsl().fetchValue("select status from bookings"))
        .isEqualTo("confirmed");
  }

  /** The day before the booking, when its reminder goes; the reminder written to the transcript. */
  void remind() {
    app.clock().set(Instant.parse("2026-11-24T09:00:00Z").minus(Duration.ofDays(1)).plusSeconds(5));
    app.app().reminders().runOnce();
    assertThat(app.app().database().dsl().fetchValue("select status from reminders"))
        .isEqualTo("sent");
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
