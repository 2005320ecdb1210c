package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: a closed day said before the service (Sunday, "the
 * day after tomorrow" of a Friday) is said closed at once, with the next open day, and the service
 * is still asked. Friday 27 Nov 2026, 10:00; the demo studio, closed on Sunday.
 */
class ClosedDaySaidAtOnceChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "d1 | übermorgen? | Sonntag | Montag, 30. November",
        "e1 | the day after tomorrow? | Sun | Mon 30 Nov",
        "s1 | ¿pasado mañana? | domingo | lunes 30 de noviembre",
      })
  void the_closed_day_is_said_before_the_service_is_asked(
      String user, String asked, String day, String next) {
    String reply = app.say(user, asked);
    assertThat(reply)
        .contains(day)
        .contains(next)
        .doesNotContain("Verstanden")
        .doesNotContain("Got it");
  }

  @Test
  void the_service_then_asks_for_another_day_and_an_open_day_is_recapped_as_before() {
    assertThat(app.say("lena", "übermorgen?")).contains("geschlossen");
    assertThat(app.say("lena", "Pediküre")).contains("Für welchen Tag").doesNotContain("Sonntag");
    assertThat(app.say("jonas", "morgen?")).startsWith("Verstanden: Samstag, 28. November.");
  }
}
