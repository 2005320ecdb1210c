package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box test report: "no, none of those" to the times offered ended the booking ("OK, nothing
 * changed."), and "keiner davon passt" / "ninguna de esas" were not understood. Now the service is
 * kept and the next day with free times is offered, in English, German and Spanish, over the web
 * chat on Postgres. Friday 27 Nov 2026, 10:00; the demo studio (Mon–Fri 9–18).
 */
class NoneOfTheTimesChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  /** The request, the times offered, the turning down, the next day's times, and one picked. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on monday | no, none of those | The next free day is Tue 1 Dec: 09:00, 10:30,"
            + " 12:15, 13:45, 15:30, 17:00. Which time suits you? | 10:30 | Pedicure on Tue 1 Dec"
            + " at 10:30 is free.",
        "pedicure on monday | another day | The next free day is Tue 1 Dec: 09:00, 10:30, 12:15,"
            + " 13:45, 15:30, 17:00. Which time suits you? | 10:30 | Pedicure on Tue 1 Dec at"
            + " 10:30 is free.",
        "Ich hätte gern eine Pediküre am Montag | keiner davon passt | Der nächste freie Tag ist"
            + " Dienstag, 1. Dezember: 09:00, 10:30, 12:15, 13:45, 15:30, 17:00. Welche Uhrzeit"
            + " passt Ihnen? | 10:30 | Pediküre am Dienstag, 1. Dezember um 10:30 ist frei.",
        "Ich hätte gern eine Pediküre am Montag | nein, keiner davon | Der nächste freie Tag ist"
            + " Dienstag, 1. Dezember: 09:00, 10:30, 12:15, 13:45, 15:30, 17:00. Welche Uhrzeit"
            + " passt Ihnen? | 10:30 | Pediküre am Dienstag, 1. Dezember um 10:30 ist frei.",
        "quiero una pedicura el lunes | ninguna de esas | El próximo día libre es el martes 1 de"
            + " diciembre: 09:00, 10:30, 12:15, 13:45, 15:30, 17:00. ¿Qué hora te viene bien?"
            + " | 10:30 | Pedicura el martes 1 de diciembre a las 10:30 está libre.",
        "quiero una pedicura el lunes | no, ninguna de esas | El próximo día libre es el martes 1"
            + " de diciembre: 09:00, 10:30, 12:15, 13:45, 15:30, 17:00. ¿Qué hora te viene bien?"
            + " | 10:30 | Pedicura el martes 1 de diciembre a las 10:30 está libre.",
      })
  void turning_down_all_times_offered_offers_the_next_day_with_the_service_kept(
      String request, String none, String nextDay, String pick, String picked) {
    assertThat(app.say("n", request)).contains("09:00, 10:30, 12:15, 13:45, 15:30, 17:00");
    assertThat(app.say("n", none)).isEqualTo(nextDay);
    assertThat(app.say("n", pick)).startsWith(picked);
    assertThat(app.app().database().dsl().fetchCount(Bookings.T)).isZero();
  }
}
