package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A customer with a booking asks about it in everyday words ("is my booking confirmed?", "what time
 * do I need to come?", "ist mein Termin bestätigt?", "¿está confirmada mi cita?") and is shown it,
 * as "when is my appointment?" does, over the web chat on Postgres; no new booking starts. Monday
 * 23 Nov 2026, 08:00; the Pedicure is on Mon 30 Nov at 11:00 with Anna.
 */
class QuestionsAboutTheBookingTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** The language's booking request, name, yes, question, and the answer expected. */
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on 30 november at 11am | Ann | yes | is my booking confirmed?"
            + " | Your upcoming appointment: Pedicure on Mon 30 Nov at 11:00 with Anna.",
        "pedicure on 30 november at 11am | Ann | yes | what time do I need to come?"
            + " | Your upcoming appointment: Pedicure on Mon 30 Nov at 11:00 with Anna.",
        "pedicure on 30 november at 11am | Ann | yes | when do I have to be there?"
            + " | Your upcoming appointment: Pedicure on Mon 30 Nov at 11:00 with Anna.",
        "pedicure on 30 november at 11am | Ann | yes | when is my appointment?"
            + " | Your upcoming appointment: Pedicure on Mon 30 Nov at 11:00 with Anna.",
        "Hallo, ich hätte gern eine Pediküre am 30. November um 11 Uhr | Jonas Weber | ja"
            + " | ist mein Termin bestätigt?"
            + " | Ihr nächster Termin: Pediküre am Montag, 30. November um 11:00 bei Anna.",
        "Hallo, ich hätte gern eine Pediküre am 30. November um 11 Uhr | Jonas Weber | ja"
            + " | wann muss ich da sein?"
            + " | Ihr nächster Termin: Pediküre am Montag, 30. November um 11:00 bei Anna.",
        "Hola, quiero una pedicura el 30 de noviembre a las 11 | Lucía García | sí"
            + " | ¿está confirmada mi cita?"
            + " | Tu próxima cita: Pedicura el lunes 30 de noviembre a las 11:00 con Anna.",
        "Hola, quiero una pedicura el 30 de noviembre a las 11 | Lucía García | sí"
            + " | ¿a qué hora tengo que ir?"
            + " | Tu próxima cita: Pedicura el lunes 30 de noviembre a las 11:00 con Anna.",
      })
  void a_question_about_the_booking_shows_it_rather_than_starting_a_new_one(
      String request, String name, String yes, String question, String answer) {
    app.say("c", request);
    app.say("c", name);
    app.say("c", yes);
    assertThat(app.app().database().dsl().fetchCount(Bookings.T)).isEqualTo(1);
    assertThat(app.say("c", question)).isEqualTo(answer);
    assertThat(app.app().database().dsl().fetchCount(Bookings.T)).isEqualTo(1);
  }
}
