package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatG, item 9): "2:30 at night", "2:15 Uhr nachts" were read as the afternoon
 * and offered as free. Night words keep the small hours small: the studio is closed then and says
 * so with the times it has. A bare "a las 2:30" is still the afternoon (business hours), and "11 at
 * night" the evening. Monday 23 Nov 2026, 08:00; the demo studio opens 9–18 on weekdays; over the
 * web chat on Postgres.
 */
class NightHoursChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel manicure tomorrow at 2:30 at night | 02:30 | 14:30",
        "gel manicure tomorrow at 2 at night | 02:00 | 14:00",
        "gel manicure tomorrow at 11 at night | 23:00 | 11:00",
        "Gel-Maniküre morgen um 2:15 Uhr nachts | 02:15 | 14:15",
        "Gel-Maniküre morgen nachts um 3 | 03:00 | 15:00",
        "manicura de gel mañana a las 2:30 de la madrugada | 02:30 | 14:30",
        "manicura de gel mañana a las 2:30 de la noche | 02:30 | 14:30",
      })
  void night_words_mean_the_night_and_the_studio_says_it_is_closed(
      String request, String said, String notSaid) {
    assertThat(app.say("u" + request.hashCode(), request))
        .contains(said)
        .contains("09:00")
        .doesNotContain(notSaid)
        .doesNotContain("free.", "frei.", "libre.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "manicura de gel mañana a las 2:30"
            + " | Manicura de gel el martes 24 de noviembre a las 14:30 está libre.",
        "gel manicure tomorrow at 2:30" + " | Gel Manicure on Tue 24 Nov at 14:30 is free.",
      })
  void a_bare_small_hour_is_still_the_afternoon(String request, String free) {
    assertThat(app.say("u" + request.hashCode(), request)).startsWith(free);
  }
}
