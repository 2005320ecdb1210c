package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: "either is fine", "whatever", "egal", "me da igual"
 * to the times offered take the first one and say so, instead of "Sorry, I didn't catch that".
 * Friday 27 Nov 2026, 10:00; the demo studio.
 */
class AnyOfferedTimeWillDoChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | pedicure on monday | either is fine | Then I'll take the first one:",
        "e2 | pedicure on monday | whatever | Then I'll take the first one:",
        "e3 | pedicure on monday | any of them is fine | Then I'll take the first one:",
        "d1 | Pediküre am Montag | egal | Dann nehme ich den ersten Termin:",
        "d2 | Pediküre am Montag | ist mir egal | Dann nehme ich den ersten Termin:",
        "s1 | pedicura el lunes | me da igual | Entonces te apunto la primera:",
        "s2 | pedicura el lunes | ¡me da igual! | Entonces te apunto la primera:",
        "s3 | pedicura el lunes | cualquiera | Entonces te apunto la primera:",
      })
  void any_time_takes_the_first_offered_and_says_so(
      String user, String request, String any, String said) {
    String first = firstOffered(app.say(user, request));
    String reply = app.say(user, any);
    assertThat(reply)
        .contains(said + " " + first + ".")
        .doesNotContain("didn't catch", "nicht verstanden", "no te he entendido");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e9 | pedicure on monday | either is fine | Ann | yes | Booked! Pedicure on Mon 30 Nov at",
        "d9 | Pediküre am Montag | egal | Jonas | ja | Gebucht! Pediküre am Montag, 30. November"
            + " um",
        "s9 | pedicura el lunes | me da igual | Lucía | sí | ¡Reservado! Pedicura el lunes 30 de"
            + " noviembre a las",
      })
  void the_first_time_taken_is_the_one_booked(
      String user, String request, String any, String name, String yes, String booked) {
    String first = firstOffered(app.say(user, request));
    app.say(user, any);
    app.say(user, name);
    assertThat(app.say(user, yes)).startsWith(booked + " " + first);
  }

  /**
   * The first time a list of free times offers: "Free times for …: 10:00, 11:30, …" gives 10:00.
   */
  private static String firstOffered(String offer) {
    Matcher m = Pattern.compile(": (\\d\\d:\\d\\d), \\d\\d:\\d\\d").matcher(offer);
    assertThat(m.find()).as(offer).isTrue();
    return m.group(1);
  }
}
