package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "with whoever is free", "mit irgendwem", "con quien esté libre" name nobody: the booking goes on
 * with any staff member (was "We don't have anyone called Whoever"). Over the web chat on Postgres
 * in English, German and Spanish; Friday 27 Nov 2026, 10:00; the demo studio.
 */
class WithWhoeverIsFreeChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "book me in with whoever is free monday 7 dec at 10 for a gel, name's Kai | Gel Manicure on"
            + " Mon 7 Dec at 10:00 with",
        "gel-maniküre am montag 7.12. um 10 mit irgendwem | Gel-Maniküre am Montag, 7. Dezember um"
            + " 10:00",
        "manicura de gel el lunes 7 de diciembre a las 10 con quien esté libre | Manicura de gel el"
            + " lunes 7 de diciembre a las 10:00",
      })
  void whoever_is_free_is_no_staff_name(String request, String slot) {
    assertThat(app.say("c", request))
        .contains(slot)
        .doesNotContain("anyone called", "gibt es bei uns leider nicht", "No tenemos a nadie");
  }
}
