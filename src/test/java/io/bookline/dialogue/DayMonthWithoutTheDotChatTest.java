package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatH, item 4): a German date written without its closing dot was read as a
 * clock time or lost: "pediküre 4.12 um 10" as 16:12, "maniküre am 22.12 um 9" as 22:12, "31.12 um
 * 16 uhr" and "30.12 um 10" asked for the day. Day first, as written in Germany and Spain: the date
 * when "am" stands before it, its time is said after it, or its day can be no hour. Saturday 28 Nov
 * 2026, 03:00 in Berlin, the demo studio.
 */
class DayMonthWithoutTheDotChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-28T02:00:00Z"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pediküre 4.12 um 10, ich bin Ed | Pediküre am Freitag, 4. Dezember um 10:00 bei",
        "maniküre am 22.12 um 9, ich bin Gil"
            + " | Klassische Maniküre am Dienstag, 22. Dezember um 09:00 bei",
        "maniküre am 31.12 um 16 uhr | Klassische Maniküre am Donnerstag, 31. Dezember um 16:00",
        "gel maniküre am 30.12 um 10 | Gel-Maniküre am Mittwoch, 30. Dezember um 10:00",
        "pediküre 30.12 10 uhr | Pediküre am Mittwoch, 30. Dezember um 10:00",
        "pedicura el 4.12 a las 10, soy Ed | Pedicura el viernes 4 de diciembre a las 10:00 con",
        "pedicura el 4/12 a las 10, soy Ed | Pedicura el viernes 4 de diciembre a las 10:00 con",
        "pedicure on 4.12 at 10, I'm Ed | Pedicure on Fri 4 Dec at 10:00 with",
      })
  void the_day_and_month_are_the_date(String request, String offer) {
    assertThat(app.say("u" + request.hashCode(), request)).startsWith(offer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Pediküre am Montag um 9.15 | Pediküre am Montag, 30. November um 09:15",
        "Pediküre am Montag gegen 9.10 | Freie Termine für Pediküre am Montag, 30. November gegen 09:10",
      })
  void a_dotted_time_stays_a_time(String request, String offer) {
    assertThat(app.say("t" + request.hashCode(), request)).startsWith(offer);
  }
}
