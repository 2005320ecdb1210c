package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day and month written with a dot, over the web chat on Postgres, in English, German and
 * Spanish: "1.12." (a dot ends it) and "1.12 tuesday" (a weekday follows) are 1 December, the
 * weekday checked against it; "at 2.10." stays a clock time. Friday 27 Nov 2026, 10:00; the demo
 * studio (Mon–Fri 9–18); 1 Dec 2026 is a Tuesday.
 */
class DottedDatesChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure on 1.12. at 3pm | Gel Manicure on Tue 1 Dec at 15:00 is free.",
        "EN | gel manicure on 1.12 tuesday at 3pm | Gel Manicure on Tue 1 Dec at 15:00 is free.",
        "EN | gel manicure on 1.12. tuesday at 3pm | Gel Manicure on Tue 1 Dec at 15:00 is free.",
        "DE | gel nägel am 1.12 dienstag um 15 uhr | Gel-Maniküre am Dienstag, 1. Dezember um 15:00"
            + " ist frei.",
        "ES | manicura de gel el 1.12. a las 15 | Manicura de gel el martes 1 de diciembre a las"
            + " 15:00 está libre.",
        "ES | manicura de gel el 1.12 martes a las 15 | Manicura de gel el martes 1 de diciembre a"
            + " las 15:00 está libre.",
      })
  void a_dotted_day_and_month_ending_in_a_dot_or_before_a_weekday_is_a_date(
      String language, String said, String reply) {
    assertThat(app.say("d" + language + said.length(), said)).startsWith(reply);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure on 1.12. monday at 3pm | \"1.12. monday\": that weekday and that date"
            + " don't match.",
        "ES | manicura de gel el 1.12 lunes a las 15 | «1.12 lunes»: el día de la semana no coincide"
            + " con la fecha.",
      })
  void a_dotted_date_before_the_wrong_weekday_is_asked_about(
      String language, String said, String reply) {
    assertThat(app.say("m" + language + said.length(), said)).contains(reply);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure on tuesday at 2.10. | 14:10",
        "DE | gel nägel am dienstag um 14.10. | 14:10",
        "ES | manicura de gel el martes a las 2.10. | 14:10",
      })
  void a_dotted_number_after_at_stays_a_clock_time(String language, String said, String time) {
    assertThat(app.say("t" + language + said.length(), said)).contains(time);
  }
}
