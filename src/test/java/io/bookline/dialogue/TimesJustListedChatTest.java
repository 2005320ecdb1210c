package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The times just listed are what a customer's next words pick from (ADR 0091): "the earliest one",
 * "die früheste", "la más temprana" pick the first of them and "the last one", "die letzte", "la
 * última" the last, never another day's; a time repeated after it was said taken, free only on
 * another listed day, says so before asking to book that day. In English, German and Spanish over
 * the web chat on Postgres; Friday 27 Nov 2026, 19:00; the demo studio (Anna and Marta).
 */
class TimesJustListedChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on thursday | the earliest one | Pedicure on Thu 3 Dec at 09:00 is free",
        "pedicure on thursday | the last one | Pedicure on Thu 3 Dec at 17:00 is free",
        "Pediküre am Donnerstag | die früheste bitte"
            + " | Pediküre am Donnerstag, 3. Dezember um 09:00 ist frei",
        "Pediküre am Donnerstag | die letzte | Pediküre am Donnerstag, 3. Dezember um 17:00 ist frei",
        "pedicura el jueves | la más temprana"
            + " | Pedicura el jueves 3 de diciembre a las 09:00 está libre",
        "pedicura el jueves | la última | Pedicura el jueves 3 de diciembre a las 17:00 está libre",
      })
  void the_earliest_or_last_of_the_times_listed_is_picked(
      String request, String pick, String picked) {
    assertThat(app.say("c", request)).contains("09:00, 10:30, 12:15, 13:45, 15:30, 17:00");
    assertThat(app.say("c", pick)).startsWith(picked);
  }

  @Test
  void a_taken_time_said_again_says_the_other_day_before_asking_to_book_it() {
    ChatBookings.book(app, "ann", "pedicure on thursday at 9:15", "yes");
    ChatBookings.book(app, "bea", "pedicure on thursday at 9:15", "yes");
    String taken = app.say("cy", "pedicure on thursday at 9:15");
    assertThat(taken)
        .contains("Thu 3 Dec at 09:15 is already taken")
        .contains("Fri 4 Dec at 09:15");
    String again = app.say("cy", "9:15");
    assertThat(again).startsWith("09:15 is not free on Thu 3 Dec, but it is on Fri 4 Dec.");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Pediküre am Donnerstag um 9 | um 9 | 09:00 ist am Donnerstag, 3. Dezember nicht frei,"
            + " aber am Freitag, 4. Dezember.",
        "pedicura el jueves a las 9 | a las 9 | A las 09:00 no hay hueco el jueves 3 de"
            + " diciembre, pero sí el viernes 4 de diciembre.",
      })
  void a_taken_time_said_again_in_german_or_spanish_says_the_other_day(
      String request, String again, String said) {
    ChatBookings.book(app, "ann", "pedicure on thursday at 9", "yes");
    ChatBookings.book(app, "bea", "pedicure on thursday at 9", "yes");
    String taken = app.say("dx", request);
    String r = app.say("dx", again);
    assertThat(r).startsWith(said);
  }
}
