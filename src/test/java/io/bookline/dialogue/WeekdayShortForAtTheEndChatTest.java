package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatG, item 3): "gel nails sat" asked which day. "sat" is a weekday only when
 * something says so ("I sat down" is none); closing a request after the service it names the day,
 * as "tues", "thurs", "Sa." and "sáb" already did. Monday 23 Nov 2026, 08:00; the demo studio is
 * open on Saturdays 10–14; over the web chat on Postgres.
 */
class WeekdayShortForAtTheEndChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel nails sat | Free times for Gel Manicure on Sat 28 Nov:",
        "gel manicure sat? | Free times for Gel Manicure on Sat 28 Nov:",
        "gel manicure on sat | Free times for Gel Manicure on Sat 28 Nov:",
        "gel manicure tues | Free times for Gel Manicure on Tue 24 Nov:",
        "gel manicure thurs | Free times for Gel Manicure on Thu 26 Nov:",
        "Gel-Maniküre Sa. | Freie Termine für Gel-Maniküre am Samstag, 28. November:",
        "Gel-Maniküre sa | Freie Termine für Gel-Maniküre am Samstag, 28. November:",
        "manicura de gel el sáb | Horas libres para Manicura de gel el sábado 28 de noviembre:",
        "manicura de gel sáb | Horas libres para Manicura de gel el sábado 28 de noviembre:",
      })
  void a_short_weekday_after_the_service_is_the_day(String request, String offered) {
    assertThat(app.say("u" + request.hashCode(), request)).startsWith(offered);
  }
}
