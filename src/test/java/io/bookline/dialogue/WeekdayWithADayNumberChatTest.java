package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defect report: English "pedicure tuesday 8 at 10" landed on the next Tuesday silently, while
 * Spanish "martes 8" read the 8th. A weekday and a day number followed by the time ("at 10", "um
 * 10", "a las 10") name that day (ADR 0115): Tuesday the 8th is Tue 8 Dec 2026; when the weekday
 * and the day disagree ("tuesday 9") the customer is told so and asked, never given another day.
 * Spanish rows and "tuesday the 8th" are guards. Over the web chat on Postgres, Monday 23 Nov 2026,
 * 08:00, the demo studio.
 */
class WeekdayWithADayNumberChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** request | reply. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure tuesday 8 at 10 | Pedicure on Tue 8 Dec at 10:00 is free.",
        "a pedicure on tuesday 8 at 10am | Pedicure on Tue 8 Dec at 10:00 is free.",
        "pedicure on tuesday the 8th at 10 | Pedicure on Tue 8 Dec at 10:00 is free.",
        "Pediküre Dienstag 8 um 10 | Pediküre am Dienstag, 8. Dezember um 10:00 ist frei.",
        "eine Pediküre am Dienstag 8 um 10 Uhr"
            + " | Pediküre am Dienstag, 8. Dezember um 10:00 ist frei.",
        "pedicura martes 8 a las 10 | Pedicura el martes 8 de diciembre a las 10:00 está libre.",
      })
  void a_weekday_and_its_day_number_name_that_day(String request, String reply) {
    assertThat(app.say("w", request)).startsWith(reply);
  }

  /** request | what the reply says about the day (never another day). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure tuesday 9 at 10 | \"tuesday 9\": that weekday and that date don't match.",
        "Pediküre Dienstag 9 um 10 | „Dienstag 9“: Wochentag und Datum passen nicht zusammen.",
        "pedicura martes 9 a las 10 | «martes 9»: el día de la semana no coincide con la fecha.",
      })
  void a_weekday_and_a_day_number_that_disagree_are_asked_about(String request, String said) {
    String reply = app.say("w", request);
    assertThat(reply).contains(said).doesNotContain("24").doesNotContain("free", "frei", "libre");
  }
}
