package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day taken back for a later one ("tuesday but actually wednesday", "Dienstag, aber doch lieber
 * Mittwoch", "el martes pero mejor el miércoles") offers the later day, not the first one said; a
 * day preferred to a later one ("lieber Dienstag als Mittwoch") stays first. In English, German and
 * Spanish over the web chat on Postgres; Friday 27 Nov 2026, 10:00; the demo studio.
 */
class CorrectedDayChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I was going to say tuesday but actually wednesday works better, gel manicure around 10"
            + " | Gel Manicure on Wed 2 Dec at 10:00 is free",
        "Ich wollte eigentlich Dienstag, aber jetzt doch lieber Mittwoch, so gegen 10, Gelnägel"
            + " | Gel-Maniküre am Mittwoch, 2. Dezember um 10:00 ist frei",
        "había pensado el martes pero mejor el miércoles, manicura de gel sobre las 10"
            + " | Manicura de gel el miércoles 2 de diciembre a las 10:00 está libre",
        "gel manicure tuesday or rather wednesday around 10"
            + " | Gel Manicure on Wed 2 Dec at 10:00 is free",
        "Gelnägel lieber Dienstag als Mittwoch, so gegen 10"
            + " | Gel-Maniküre am Dienstag, 1. Dezember um 10:00 ist frei",
      })
  void the_day_said_as_a_correction_is_the_one_offered(String said, String offer) {
    assertThat(app.say("corr" + said.length(), said)).startsWith(offer);
  }
}
