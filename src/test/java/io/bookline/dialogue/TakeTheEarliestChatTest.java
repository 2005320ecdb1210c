package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatG, item 4): "ok take it" after the bot offered the earliest free times
 * asked "Which one?". Taking it takes what was offered, the first (earliest) when several were,
 * named back so the customer can still say no; a plain "yes" to several still asks which. Monday 23
 * Nov 2026, 08:00; the earliest Gel Manicure times are that day at 10:00, 10:15 and 10:30; over the
 * web chat on Postgres.
 */
class TakeTheEarliestChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel manicure, the earliest you have | ok take it | Then I'll take the first one: 10:00."
            + " | Tom | yes | Booked! Gel Manicure on Mon 23 Nov at 10:00",
        "gel manicure as soon as possible | I'll take it | Then I'll take the first one: 10:00."
            + " | Tom | yes | Booked! Gel Manicure on Mon 23 Nov at 10:00",
        "Gel-Maniküre so früh wie möglich | ok, nehm ich | Dann nehme ich den ersten Termin:"
            + " 10:00. | Tom | ja | Gebucht! Gel-Maniküre am Montag, 23. November um 10:00",
        "manicura de gel lo antes posible | vale, me lo quedo | Entonces te apunto la primera:"
            + " 10:00. | Tom | sí | ¡Reservado! Manicura de gel el lunes 23 de noviembre a las"
            + " 10:00",
      })
  void taking_it_takes_the_earliest_time_offered(
      String request, String take, String taken, String name, String yes, String booked) {
    String user = "u" + take.hashCode();
    assertThat(app.say(user, request)).contains("10:00, 10:15, 10:30");
    assertThat(app.say(user, take)).startsWith(taken);
    app.say(user, name);
    assertThat(app.say(user, yes)).startsWith(booked);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel manicure, the earliest you have | yes | Which one? 10:00, 10:15, 10:30",
        "Gel-Maniküre so früh wie möglich | ja | Welche davon? 10:00, 10:15, 10:30",
      })
  void a_plain_yes_to_several_still_asks_which(String request, String yes, String which) {
    String user = "u" + request.hashCode();
    app.say(user, request);
    assertThat(app.say(user, yes)).isEqualTo(which);
  }
}
