package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Four readings that worked and came back: a "no" naming the service declines it (ADR 0092), German
 * "ich will jetzt doch keinen Termin" with two fillers declines too, "not happy with the
 * appointment, Marta was rude" is a complaint and no wish to move (ADR 0101), and an ailment given
 * as the reason to cancel or move starts the cancel or move, not a complaint. Over the web chat on
 * Postgres, Monday 23 Nov 2026, 08:00 in Berlin; the demo studio.
 */
class DeclinesAndComplaintsAgainChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(TestApp.MONDAY_8AM_BERLIN);

  private String conversationStatus() {
    return String.valueOf(
        app.app().database().dsl().fetchValue("select status from conversations limit 1"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure monday at 10 | actually I don't want to book the pedicure"
            + " | OK, I won't book it.",
        "Pediküre am Montag um 10 | ich möchte die Pediküre doch nicht buchen"
            + " | In Ordnung, dann buche ich das nicht.",
        "quiero una pedicura el lunes a las 10 | no quiero reservar la pedicura"
            + " | De acuerdo, no lo reservo.",
        "Pediküre am Montag um 10 | ich will jetzt doch keinen Termin"
            + " | In Ordnung, dann buche ich das nicht.",
        "Pediküre am Montag um 10 | ich möchte doch lieber keinen Termin"
            + " | In Ordnung, dann buche ich das nicht.",
        "Pediküre am Montag um 10 | nein, ich brauche erst mal keinen Termin"
            + " | In Ordnung, dann buche ich das nicht.",
      })
  void a_no_naming_the_service_or_with_fillers_ends_the_booking(
      String ask, String decline, String dropped) {
    app.say("c", ask);
    assertThat(app.say("c", decline)).isEqualTo(dropped);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I don't want to book a pedicure | Which day",
        "ich will keine Pediküre buchen | Welchen Tag",
        "no quiero reservar una pedicura | Qué día",
      })
  void a_no_naming_the_service_as_first_words_starts_no_booking(String said, String asked) {
    assertThat(app.say("c", said)).doesNotContain(asked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I'm not looking to book for me, it's for my daughter: a gel manicure | Which day",
      })
  void a_no_for_me_but_for_someone_else_still_books(String said, String asked) {
    assertThat(app.say("c", said)).contains(asked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Ich bin nicht zufrieden mit meinem Termin gestern, Marta war unfreundlich | Das tut mir"
            + " leid.",
        "nicht zufrieden mit dem Termin, die Farbe gefällt mir nicht | Das tut mir leid.",
        "I'm not happy with the day I had yesterday, Marta was rude | I'm sorry to hear that.",
      })
  void not_happy_with_the_appointment_is_a_complaint(String said, String apology) {
    assertThat(app.say("c", said)).startsWith(apology);
    assertThat(conversationStatus()).isEqualTo("handoff");
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on thursday at 10 | Lena | yes"
            + " | my back hurts since yesterday, I need to cancel my appointment"
            + " | Cancel your Pedicure on Thu 26 Nov at 10:00 with Anna?",
        "Pediküre am Donnerstag um 10 | Jonas | ja"
            + " | mir geht es seit gestern schlecht, ich muss meinen Termin absagen"
            + " | Möchten Sie Pediküre am Donnerstag, 26. November um 10:00 bei Anna absagen?",
        "quiero una pedicura el jueves a las 10 | Lucía | sí"
            + " | ayer me caí y me duele la pierna, tengo que cancelar mi cita"
            + " | ¿Quieres cancelar Pedicura el jueves 26 de noviembre a las 10:00 con Anna?",
        "pedicure on thursday at 10 | Lena | yes"
            + " | I was sick yesterday and still feel terrible, can we move my appointment to"
            + " friday? | Free times for Pedicure on Fri 27 Nov: 09:00, 10:30, 12:15, 13:45, 15:30,"
            + " 17:00. Which time suits you?",
      })
  void an_ailment_as_the_reason_cancels_or_moves(
      String request, String name, String yes, String reason, String asked) {
    app.say("c", request);
    app.say("c", name);
    app.say("c", yes);
    assertThat(app.say("c", reason)).isEqualTo(asked);
    assertThat(conversationStatus()).isNotEqualTo("handoff");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "can I bring my daughter on saturday? | I'm afraid I can't answer that here. Shall I ask a"
            + " member of the team?",
      })
  void bringing_someone_on_a_day_is_a_question_for_the_team(String asked, String honest) {
    assertThat(app.say("c", asked)).isEqualTo(honest);
  }
}
