package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatD, item 2): "same again for the saturday after" right after a booking
 * answered the coming Saturday (or a day before the booking) and dropped the service. It means the
 * same service, staff member and time on that weekday after the booking's day, asked to confirm.
 * Monday 23 Nov 2026, 08:00; a Gel Manicure booked for Wednesday 2 Dec; over the web chat on
 * Postgres.
 */
class SameAgainForTheDayAfterChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure wednesday 2 december at 11 with anna | same again for the saturday after"
            + " | Gel Manicure on Sat 5 Dec at 11:00 with Anna for Tom",
        "EN | gel manicure wednesday 2 december at 11 with anna | the same thing on the tuesday after"
            + " please | Gel Manicure on Tue 8 Dec at 11:00 with Anna for Tom",
        "DE | Gel-Maniküre am Mittwoch 2. Dezember um 11 bei Anna | das gleiche nochmal für den"
            + " Samstag danach | Gel-Maniküre am Samstag, 5. Dezember um 11:00 bei Anna für Tom",
        "DE | Gel-Maniküre am Mittwoch 2. Dezember um 11 bei Anna | dasselbe am Dienstag danach"
            + " | Gel-Maniküre am Dienstag, 8. Dezember um 11:00 bei Anna für Tom",
        "ES | manicura de gel el miércoles 2 de diciembre a las 11 con Anna | lo mismo para el"
            + " sábado siguiente | Manicura de gel el sábado 5 de diciembre a las 11:00 con Anna a"
            + " nombre de Tom",
        "ES | manicura de gel el miércoles 2 de diciembre a las 11 con Anna | lo de siempre para el"
            + " martes siguiente | Manicura de gel el martes 8 de diciembre a las 11:00 con Anna a"
            + " nombre de Tom",
      })
  void the_booking_just_made_again_on_that_weekday_after_its_day(
      String language, String request, String again, String confirm) {
    String user = "u" + again.hashCode();
    chat.book(user, request, "Tom", ChatSteps.yes(language));
    assertThat(app.say(user, again)).startsWith(confirm).endsWith("?");
  }

  /**
   * Review of e041db6: "same again for friday after 2pm" is that Friday after 14:00, not "the
   * Friday after" the booking at the booking's own time (which the customer just ruled out).
   */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure wednesday 2 december at 11 with anna | same again for friday after 2pm"
            + " | Fri 27 Nov",
        "EN | gel manicure wednesday 2 december at 11 with anna | same again on friday after two"
            + " | Fri 27 Nov",
      })
  void a_clock_time_after_after_is_a_time_on_that_day(
      String language, String request, String again, String day) {
    String user = "c" + again.hashCode();
    chat.book(user, request, "Tom", ChatSteps.yes(language));
    String reply = app.say(user, again);
    assertThat(reply).contains(day).doesNotContain("at 11:00", "Fri 4 Dec");
  }
}
