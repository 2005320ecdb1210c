package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review of e22af5c: German "um halb ein Uhr" is half past twelve, as "um halb eins" is; "um ein
 * Uhr" stays 13:00 (ADR 0101). German only: the half hour before the hour is German. Over the web
 * chat on Postgres, Friday 27 Nov 2026, 10:00, the demo studio.
 */
class GermanHalfOneOClockTimeChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "d1 | Maniküre am Montag um halb ein Uhr | um 12:30 ist frei.",
        "d2 | Maniküre am Montag um halb eins | um 12:30 ist frei.",
        "d3 | Maniküre am Montag um ein Uhr | um 13:00 ist frei.",
      })
  void half_before_one_oclock_is_half_past_twelve(String user, String request, String offer) {
    assertThat(app.say(user, request))
        .startsWith("Klassische Maniküre am Montag, 30. November " + offer);
  }
}
