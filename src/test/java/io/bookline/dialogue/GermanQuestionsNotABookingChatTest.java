package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: German questions read as what they ask. "hab ich noch
 * nen Termin frei …" asks for a free time (not for the customer's own bookings), and "habt ihr
 * samstags auf?" for the opening hours (not to book Saturday), as their English and Spanish twins
 * already are. Friday 27 Nov 2026, 10:00; the demo studio, open 10:00–14:00 on Saturdays.
 */
class GermanQuestionsNotABookingChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "d1 | hab ich noch nen termin frei so gegen halb 5 am freitag für gel | Gel-Maniküre am"
            + " Freitag, 27. November um 16:30",
        "d2 | habe ich noch einen Termin frei am Montag für Pediküre | Pediküre am Montag, 30."
            + " November",
        "e1 | have you got a slot free around 4:30 on friday for gel? | Gel Manicure on Fri 27 Nov"
            + " at 16:30",
        "s1 | ¿tenéis hueco el viernes sobre las 4:30 para gel? | Manicura de gel el viernes 27 de"
            + " noviembre a las 16:30",
      })
  void a_free_time_asked_for_is_looked_up(String user, String asked, String offered) {
    assertThat(app.say(user, asked))
        .contains(offered)
        .doesNotContain("keine anstehenden Termine", "no upcoming");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "d3 | habt ihr samstags auf?",
        "d4 | Habt ihr am Samstag auf?",
        "d5 | haben Sie samstags offen?",
        "e3 | are you open saturdays?",
        "s3 | ¿abrís los sábados?",
      })
  void opening_on_a_weekday_answers_the_hours(String user, String asked) {
    assertThat(app.say(user, asked))
        .contains("10:00", "14:00")
        .doesNotContain("Welche Leistung", "Which service", "Qué servicio");
  }
}
