package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day with "right after", over the web chat on Postgres, in English, German and Spanish. "tuesday
 * right after work" is Tuesday evening, as "after work" is. "tuesday right after" with no booking
 * made in this conversation says the day but not after what: the day is kept and the customer is
 * asked which time "right after" means, rather than being offered Tuesday from opening as if the
 * words were not there; said of the day of the booking just made, it is when that booking ends.
 * Friday 27 Nov 2026, 10:00; the demo studio (Mon–Fri 9–18).
 */
class DayRightAfterChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | basic manicure tuesday right after work | Free times for Basic Manicure on Tue 1 Dec",
        "EN | basic manicure right after work on tuesday | Free times for Basic Manicure on Tue 1"
            + " Dec",
        "EN | basic manicure tuesday straight after work | Free times for Basic Manicure on Tue 1"
            + " Dec",
        "DE | klassische maniküre dienstag direkt nach feierabend | Freie Termine für Klassische"
            + " Maniküre am Dienstag, 1. Dezember",
        "DE | klassische maniküre dienstag direkt nach der arbeit | Freie Termine für Klassische"
            + " Maniküre am Dienstag, 1. Dezember",
        "ES | manicura básica el martes justo después del trabajo | Horas libres para Manicura"
            + " básica el martes 1 de diciembre",
      })
  void a_day_right_after_work_offers_that_evening(String language, String said, String times) {
    assertThat(app.say("w" + language + said.length(), said))
        .startsWith(times)
        .contains("17:")
        .doesNotContain("09:00")
        .doesNotContain("14:00");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | basic manicure tuesday right after | Tue 1 Dec | \"right after\" | 5pm | Basic"
            + " Manicure on Tue 1 Dec at 17:00 is free.",
        "DE | klassische maniküre dienstag direkt danach | 1. Dezember | „direkt danach“ | um 17 Uhr"
            + " | Klassische Maniküre am Dienstag, 1. Dezember um 17:00 ist frei.",
        "ES | manicura básica el martes justo después | 1 de diciembre | «justo después» | a las 17"
            + " | Manicura básica el martes 1 de diciembre a las 17:00 está libre.",
      })
  void a_day_right_after_nothing_booked_keeps_the_day_and_asks_which_time(
      String language, String said, String day, String quoted, String time, String held) {
    String user = "a" + language;
    assertThat(app.say(user, said)).contains(day).contains(quoted).doesNotContain("09:00");
    assertThat(app.say(user, time)).startsWith(held);
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | basic manicure on tuesday at 14:00 | Lena | and a pedicure tuesday right after? |"
            + " Pedicure on Tue 1 Dec at 14:30",
        "DE | Ich hätte gern eine klassische Maniküre am Dienstag um 14 Uhr | Jonas | und am"
            + " Dienstag direkt danach eine Pediküre? | Pediküre am Dienstag, 1. Dezember um 14:30",
        "ES | quiero una manicura básica el martes a las 14 | Lucía | ¿y el martes justo después una"
            + " pedicura? | Pedicura el martes 1 de diciembre a las 14:30",
      })
  void the_day_of_the_booking_just_made_right_after_is_when_it_ends(
      String language, String book, String name, String next, String offer) {
    String user = "b" + language;
    chat.book(user, book, name, ChatSteps.yes(language));
    assertThat(app.say(user, next)).startsWith(offer);
  }
}
