package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review (Fri 27 Nov 2026): a message that names several days or parts of the day is read for
 * the one the customer wants, in all three languages.
 */
class WishedDayReadingsTest {

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE|hallo, ich schaffs am montag leider nicht, kann ich den termin auf mittwoch nachmittag"
            + " verschieben?|2026-12-02",
        "DE|kann ich den termin von montag auf mittwoch nachmittag verschieben?|2026-12-02",
        "DE|den Termin vom Montag bitte auf den Donnerstag legen|2026-12-03",
        "ES|¿puedo cambiar la cita del lunes para el miércoles por la tarde?|2026-12-02",
        "ES|¿me pasas la cita del lunes al miércoles?|2026-12-02",
        "EN|can you move my appointment from monday to wednesday afternoon|2026-12-02",
        "EN|i can't make it monday, can we move it to wednesday afternoon|2026-12-02"
      })
  void the_day_a_move_is_aimed_at_is_the_day_wished_for(
      Language language, String text, LocalDate day) {
    assertThat(ReviewReadings.read(text, language, Expectation.NOTHING).date()).isEqualTo(day);
  }
}
