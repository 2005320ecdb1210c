package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day gone by said of a past visit ("the pedicure yesterday was great") is not the day wished for
 * when another day is said for the booking ("can I book another for monday at 10?"): the booking is
 * offered on that day, not refused as passed. Over the web chat on Postgres, Friday 27 Nov 2026,
 * 10:00 in Berlin; the demo studio.
 */
class PastVisitBesideANewDayChatTest {
  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabaseAt(TestApp.FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "p-en1 | the pedicure yesterday was great, can I book another for monday at 10? | Mon 30"
            + " Nov at 10:00",
        "p-de1 | die Pediküre gestern war super, kann ich Montag um 10 wieder eine buchen? |"
            + " Montag, 30. November um 10:00",
        "p-es1 | la pedicura de ayer genial, ¿me reservas otra el lunes a las 10? | lunes 30 de"
            + " noviembre a las 10:00",
      })
  void the_day_said_for_the_booking_is_the_wish(String user, String said, String offered) {
    String reply = app.say(user, said);
    assertThat(reply).contains(offered).doesNotContain("passed").doesNotContain("vorbei");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "g-en1 | a pedicure yesterday at 10 | Thu 26 Nov has already passed.",
        "g-de1 | eine Pediküre gestern um 10 | Der Donnerstag, 26. November ist schon vorbei.",
        "g-es1 | una pedicura ayer a las 10 | El jueves 26 de noviembre ya pasó.",
      })
  void a_passed_day_said_alone_is_still_told_it_has_passed(
      String user, String said, String passed) {
    assertThat(app.say(user, said)).startsWith(passed);
  }
}
