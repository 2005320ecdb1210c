package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Customer report: a price question in the middle of a booking was answered with the whole service
 * list, and the question the bot was waiting on was not asked again. Now the price and length of
 * the service under discussion are answered and only the pending question follows (ADR 0056, 0058),
 * over the web chat on Postgres: while a time is offered, and at "Shall I book that too?" after a
 * first booking. Monday 23 Nov 2026, 08:00; the demo studio.
 */
class PriceMidBookingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** A booking with a time offered; the question; the answer and the question asked again. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on friday | how much is it? | The Pedicure is 40.00 EUR (60 min). Which time"
            + " would you like?",
        "pedicure on friday | how long does it take? | The Pedicure takes 60 min. Which time would"
            + " you like?",
        "pedicure on friday | how long? | The Pedicure takes 60 min. Which time would you like?",
        "Ich hätte gern eine Pediküre am Freitag | was kostet das? | Pediküre kostet 40,00 € (60"
            + " Min.). Um wie viel Uhr möchten Sie kommen?",
        "Ich hätte gern eine Pediküre am Freitag | wie lange? | Pediküre dauert 60 Min. Um wie"
            + " viel Uhr möchten Sie kommen?",
        "quiero una pedicura el viernes | ¿cuánto cuesta? | Pedicura cuesta 40,00 € (60 min). ¿A"
            + " qué hora te gustaría?",
        "quiero una pedicura el viernes | ¿cuánto tiempo tarda? | Pedicura dura 60 min. ¿A qué"
            + " hora te gustaría?",
      })
  void while_a_time_is_offered_the_service_held_is_answered_and_the_time_asked_again(
      String booking, String question, String answer) {
    assertThat(app.say("c", booking)).contains("09:00, 10:30");
    assertThat(app.say("c", question)).isEqualTo(answer);
  }

  /**
   * Two services in one message, the first booked; at "Shall I book that too?" the question, the
   * answer expected, and the reply to a yes then.
   */
  @ParameterizedTest(name = "{0} / {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "basic manicure and pedicure on Friday at 10 | Mia | yes | how much is it?"
            + " | The Pedicure is 40.00 EUR (60 min). You also mentioned Pedicure. Shall I book"
            + " that too? | Pedicure on Fri 27 Nov at 10:30 with Marta",
        "basic manicure and pedicure on Friday at 10 | Mia | yes | how long does it take?"
            + " | The Pedicure takes 60 min. You also mentioned Pedicure. Shall I book that too?"
            + " | Pedicure on Fri 27 Nov at 10:30 with Marta",
        "Klassische Maniküre und Pediküre am Freitag um 10 | Jonas | ja | was kostet das?"
            + " | Pediküre kostet 40,00 € (60 Min.). Sie hatten auch Pediküre erwähnt. Soll ich"
            + " das auch buchen? | Pediküre am Freitag, 27. November um 10:30 bei Marta",
        "manicura básica y pedicura el viernes a las 10 | Lucía | sí | ¿cuánto dura?"
            + " | Pedicura dura 60 min. También mencionaste Pedicura. ¿Te la reservo también?"
            + " | Pedicura el viernes 27 de noviembre a las 10:30 con Marta",
      })
  void at_shall_i_book_that_too_the_service_offered_is_answered_and_the_offer_asked_again(
      String booking, String name, String yes, String question, String answer, String offered) {
    app.say("m", booking);
    app.say("m", name);
    assertThat(app.say("m", yes)).contains(" 10:00 ");
    assertThat(app.say("m", question)).isEqualTo(answer);
    assertThat(app.say("m", yes)).startsWith(offered);
  }
}
