package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatH, item 8): "manicura lunes 10" was answered "el día de la semana no
 * coincide con la fecha", and after "espera, tienen parking?" the 10 was forgotten. No Monday is
 * the 10th this month or next, so the 10 is the hour, as a Spaniard means "el lunes a las 10"; a
 * Monday that is the date stays the date ("lunes 14 de diciembre"). Saturday 28 Nov 2026, 03:00 in
 * Berlin, the demo studio.
 */
class SpanishWeekdayAndHourChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-28T02:00:00Z"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "manicura lunes 10 | Manicura básica el lunes 30 de noviembre a las 10:00",
        "manicura martes 11 | Manicura básica el martes 1 de diciembre a las 11:00",
        "manicura lunes 14 | Manicura básica el lunes 14 de diciembre",
      })
  void a_number_no_such_weekday_is_is_the_hour(String request, String read) {
    assertThat(app.say("u" + request.hashCode(), request)).contains(read);
  }

  @Test
  void the_hour_is_kept_past_a_question() {
    app.say("p", "manicura lunes 10");
    assertThat(app.say("p", "espera, tienen parking?"))
        .endsWith("¿A nombre de quién hago la reserva?");
    assertThat(app.say("p", "Lucía"))
        .startsWith("Manicura básica el lunes 30 de noviembre a las 10:00 con");
  }
}
