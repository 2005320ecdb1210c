package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day said beside the one wished for is not booked (ADR 0091): the closed day said back ("oh ur
 * closed sunday? monday then") leaves the coming Monday, not the one after; a day taken back with
 * "no wait" gives way to the next; a mentioned event's day ("my sister's wedding next Saturday")
 * gives way to the day the customer can come; "I work until 3" means after 3. In English, German
 * and Spanish over the web chat on Postgres; Friday 27 Nov 2026, 19:00; the demo studio, closed on
 * Sundays.
 */
class DayAsideChatTest {
  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | oh ur closed sunday? monday then | Mon 30 Nov | 3pm | yes | 2026-11-30T14:00:00Z",
        "d1 | sonntag habt ihr zu oder? dann montag viertel nach zwei | Montag, 30. November"
            + " | | ja | 2026-11-30T13:15:00Z",
        "s1 | el domingo cerráis, ¿no? pues el lunes a las cinco | lunes 30 de noviembre"
            + " | | sí | 2026-11-30T16:00:00Z",
      })
  void the_closed_day_said_back_leaves_the_coming_monday_at_the_time_said(
      String user, String monday, String day, String time, String yes, String booked) {
    String first =
        switch (user) {
          case "e1" -> "gel manicure on sunday";
          case "d1" -> "Gel-Maniküre am Sonntag";
          default -> "manicura de gel el domingo";
        };
    assertThat(app.say(user, first)).contains(day);
    String r = app.say(user, monday);
    assertThat(r).contains(day).doesNotContain("7 Dec").doesNotContain("7. Dezember");
    if (time != null) {
      r = app.say(user, time);
    }
    String lower = r.toLowerCase(Locale.ROOT);
    if (lower.contains("name") || lower.contains("nombre")) {
      app.say(user, "Kim");
    }
    assertThat(app.say(user, yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(ChatBookings.starts(app)).contains(Instant.parse(booked));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure monday at 10 no wait tuesday | Pedicure on Tue 1 Dec at 10:00 is free",
        "pedicure monday at 10, no wait, tuesday | Pedicure on Tue 1 Dec at 10:00 is free",
        "Pediküre Montag um 10, nein warte, Dienstag"
            + " | Pediküre am Dienstag, 1. Dezember um 10:00 ist frei",
        "pedicura el lunes a las 10, no espera, el martes"
            + " | Pedicura el martes 1 de diciembre a las 10:00 está libre",
      })
  void a_day_taken_back_with_wait_gives_way_to_the_next(String said, String offer) {
    assertThat(app.say("w" + said.length(), said)).startsWith(offer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hi! I need a pedicure before my sister's wedding next Saturday. I could come on Thursday"
            + " the 3rd, around 4 or 5, but not before 3 because of work. I'd prefer Anna."
            + " | Thu 3 Dec | Sat 28 Nov",
        "Hallo, ich brauche eine Pediküre vor der Hochzeit meiner Schwester nächsten Samstag."
            + " Ich könnte am Donnerstag, den 3. kommen, so gegen 4 oder 5. Am liebsten bei Anna."
            + " | Donnerstag, 3. Dezember | Samstag",
        "Hola, necesito una pedicura antes de la boda de mi hermana el sábado que viene. Podría"
            + " ir el jueves 3, sobre las 4 o las 5. Prefiero a Anna."
            + " | jueves 3 de diciembre | sábado",
      })
  void the_day_the_customer_can_come_beats_an_event_they_mention(
      String said, String day, String event) {
    assertThat(app.say("v" + said.length(), said)).contains(day).doesNotContain(event);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on thursday, I work until 3 | Thu 3 Dec | before",
        "Pediküre am Donnerstag, ich arbeite bis 15 Uhr | Donnerstag, 3. Dezember | vor",
        "pedicura el jueves, trabajo hasta las tres | jueves 3 de diciembre | antes",
      })
  void working_until_a_time_means_after_it(String said, String day, String before) {
    String r = app.say("u" + said.length(), said);
    assertThat(r)
        .contains(day)
        .contains("15:")
        .doesNotContain(before + " ")
        .doesNotContain("09:00")
        .doesNotContain("10:30");
  }
}
