package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: an approximate time ("so gegen 3", "around 10",
 * "sobre las 10") that is free is proposed as if said exactly, not listed among five others; "after
 * 3" stays a limit. Friday 27 Nov 2026, 10:00; the demo studio.
 */
class ApproximateTimeChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | pedicure on monday around 10 | 10:00",
        "e2 | pedicure on monday at about 3 | 15:00",
        "d1 | Pediküre am Montag so gegen 3 | 15:00",
        "d2 | Pediküre am Montag gegen 10 | 10:00",
        "s1 | pedicura el lunes sobre las 10 | 10:00",
        "s2 | pedicura el lunes a eso de las 3 | 15:00",
      })
  void a_free_approximate_time_is_proposed(String user, String asked, String time) {
    String reply = app.say(user, asked);
    assertThat(reply).contains(time).doesNotContain(":45").doesNotContain(":15");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e9 | pedicure on monday after 3 | 15:00, 15:",
        "d9 | Pediküre am Montag nach 15 Uhr | 15:00, 15:",
      })
  void after_a_time_stays_a_limit(String user, String asked, String times) {
    String reply = app.say(user, asked);
    assertThat(reply).contains(times).doesNotContain("14:");
  }
}
