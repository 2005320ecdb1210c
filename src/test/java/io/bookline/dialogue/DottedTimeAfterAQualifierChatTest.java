package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dotted number after a word that qualifies a time is a clock time, not a date (ADR 0093):
 * "around 10.10.", "gegen 9.10.", "ab 9.10.", "sobre las 10.10.", "hasta las 11.30." keep the day
 * said and ask about that time, where they were read as 10 or 9 October. In English, German and
 * Spanish over the web chat on Postgres; Friday 27 Nov 2026, 10:00; the demo studio.
 */
class DottedTimeAfterAQualifierChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | pedicure tomorrow around 10.10. | Free times for Pedicure on Sat 28 Nov around 10:10",
        "en | pedicure on monday after 9.10. | Free times for Pedicure on Mon 30 Nov after 09:10",
        "de | Pediküre am Mittwoch gegen 9.10. | Freie Termine für Pediküre am Mittwoch, 2."
            + " Dezember gegen 09:10",
        "de | Pediküre am Donnerstag ab 9.10. | Freie Termine für Pediküre am Donnerstag, 3."
            + " Dezember nach 09:10",
        "es | pedicura el lunes sobre las 10.10. | Horas libres para Pedicura el lunes 30 de"
            + " noviembre sobre las 10:10",
        "es | pedicura el martes desde las 9.10. | Horas libres para Pedicura el martes 1 de"
            + " diciembre",
      })
  void a_dotted_number_after_around_gegen_or_sobre_is_a_time(
      String language, String request, String times) {
    assertThat(app.say(language + request.length(), request))
        .startsWith(times)
        .doesNotContain("Oct")
        .doesNotContain("Okt")
        .doesNotContain("octubre");
  }
}
