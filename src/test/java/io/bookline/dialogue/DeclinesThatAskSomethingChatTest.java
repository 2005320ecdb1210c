package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "I don't want to book" only when nothing else is wanted (ADR 0092, addendum), over the web chat
 * on Postgres: a message that names a service, asks a price or asks for an earlier time is
 * answered, never taken as a decline; a bare decline still ends the booking being set up. Friday 27
 * Nov 2026, 10:00 in Berlin; the demo studio. English, German, Spanish.
 */
class DeclinesThatAskSomethingChatTest {
  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabaseAt(TestApp.FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "w-de1 | Gel-Maniküre morgen | gibt es keinen Termin früher? | Samstag, 28. November"
            + " | buche ich das nicht",
        "w-de2 | - | Ich habe noch keinen Termin, ich hätte gern eine Gel-Maniküre"
            + " | Gel-Maniküre | In Ordnung",
        "w-en1 | - | I don't want to book yet, how much is a pedicure? | 40.00 EUR | OK",
        "w-de3 | - | ich will noch nicht buchen, was kostet eine Pediküre? | 40,00 € | In Ordnung",
        "w-es1 | - | no quiero reservar todavía, ¿cuánto cuesta una pedicura? | 40,00 €"
            + " | De acuerdo",
        "w-en2 | - | I'm not looking to book for me, it's for my daughter: a gel manicure"
            + " | Gel Manicure | OK",
        "w-es2 | - | no quiero reservar para mí, es para mi hija: una manicura de gel"
            + " | manicura de gel | De acuerdo",
      })
  void a_message_that_wants_something_is_answered_not_declined(
      String user, String before, String said, String answered, String declined) {
    if (!before.equals("-")) {
      app.say(user, before);
    }
    String reply = app.say(user, said);
    assertThat(reply).containsIgnoringCase(answered).doesNotStartWith(declined);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "n-en1 | pedicure monday at 10 | I don't want to book | OK, I won't book it.",
        "n-de1 | Pediküre am Montag um 10 | ich möchte keinen Termin"
            + " | In Ordnung, dann buche ich das nicht.",
        "n-es1 | manicura de gel el miércoles | no quiero reservar nada"
            + " | De acuerdo, no lo reservo.",
      })
  void a_bare_decline_still_ends_the_booking_being_set_up(
      String user, String ask, String decline, String dropped) {
    app.say(user, ask);
    assertThat(app.say(user, decline)).isEqualTo(dropped);
  }
}
