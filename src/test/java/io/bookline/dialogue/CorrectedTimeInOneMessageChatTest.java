package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatH, item 3): a time corrected inside one message ("gel manicure 31 dec at
 * 10, no sorry 11, ugh actually 12") was confirmed at the first one, 10:00; "at 10, no sorry i
 * meant 10 in the evening... ugh i mean 4pm" at 22:00. The last time said as a correction is the
 * one meant, in English, German and Spanish. Saturday 28 Nov 2026, 03:00 in Berlin, the demo
 * studio.
 */
class CorrectedTimeInOneMessageChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-28T02:00:00Z"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I'm Wes, gel manicure 31 dec at 10, no sorry 11, ugh actually 12"
            + " | Gel Manicure on Thu 31 Dec at 12:00 with",
        "I'm Wes, gel manicure 31 dec at 10, no sorry 11 | Gel Manicure on Thu 31 Dec at 11:00 with",
        "I need a pedicure on monday at 10, no sorry i meant 10 in the evening... ugh i mean 4pm"
            + " | Pedicure on Mon 30 Nov at 16:00",
        "Gel-Maniküre am 31.12. um 10, nein sorry 11, ich bin Wes"
            + " | Gel-Maniküre am Donnerstag, 31. Dezember um 11:00 bei",
        "Gel-Maniküre am 31.12. um 10, nein sorry um 11, ich meine eigentlich 12, ich bin Wes"
            + " | Gel-Maniküre am Donnerstag, 31. Dezember um 12:00 bei",
        "manicura de gel el 31 de diciembre a las 10, no perdón a las 11, soy Wes"
            + " | Manicura de gel el jueves 31 de diciembre a las 11:00 con",
        "manicura de gel el 31 de diciembre a las 10, no perdona, a las 11, digo a las 12, soy Wes"
            + " | Manicura de gel el jueves 31 de diciembre a las 12:00 con",
      })
  void the_last_time_said_as_a_correction_is_taken(String request, String offer) {
    assertThat(app.say("u" + request.hashCode(), request)).startsWith(offer);
  }
}
