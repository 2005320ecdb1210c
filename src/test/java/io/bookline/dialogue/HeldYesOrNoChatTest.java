package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: a yes or no with its last letter held ("yesss",
 * "jaaa", "siii", "noooo", "neee") answers "Shall I book it?" in every language, by one rule, not a
 * list of spellings. Friday 27 Nov 2026, 10:00; the demo studio.
 */
class HeldYesOrNoChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | pedicure on monday at 11 | Kim | yesss | Booked! Pedicure on Mon 30 Nov at 11:00",
        "e2 | pedicure on monday at 12 | Kim | yeahhh | Booked! Pedicure on Mon 30 Nov at 12:00",
        "d1 | Ich hätte gern eine Pediküre am Montag um 13 | Kim | jaaa | Gebucht!",
        "s1 | quiero una pedicura el lunes a las 14 | Kim | sii | ¡Reservado!",
        "s2 | quiero una pedicura el lunes a las 15 | Kim | siii | ¡Reservado!",
      })
  void a_held_yes_books(String user, String ask, String name, String yes, String booked) {
    app.say(user, ask);
    assertThat(app.say(user, name)).endsWith("?");
    assertThat(app.say(user, yes)).startsWith(booked);
  }

  @ParameterizedTest(name = "{0} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e3 | pedicure on monday at 16 | Kim | noooo | No problem, nothing is changed yet.",
        "d2 | Ich hätte gern eine Pediküre am Montag um 16 | Kim | neee | Kein Problem, noch ist"
            + " nichts geändert.",
        "s3 | quiero una pedicura el lunes a las 16 | Kim | nooo | No pasa nada, todavía no he"
            + " cambiado nada.",
      })
  void a_held_no_declines(String user, String ask, String name, String no, String declined) {
    app.say(user, ask);
    app.say(user, name);
    assertThat(app.say(user, no)).startsWith(declined);
  }
}
