package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Holidays: on a fixed date they are that date, otherwise a question, never nothing (a held date
 * would silently stay). QA chat review finding 5; read on Fri 27 Nov 2026, as in the review.
 */
class NamedDaysTest {
  static Reading read(String text, Language language, Expectation expecting) {
    return ReviewReadings.read(text, language, expecting);
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel manicure over christmas at 10 | EN | christmas",
        "actually can we do easter monday at 10 instead | EN | easter monday",
        "is thanksgiving ok? | EN | thanksgiving",
        "Maniküre an Weihnachten um 10 | DE | Weihnachten",
        "manicura en semana santa a las 10 | ES | semana santa",
      })
  void a_holiday_the_parser_cannot_place_is_a_question_not_no_date(
      String text, Language language, String words) {
    Reading r = read(text, language, Expectation.NOTHING);
    assertThat(r.date()).isNull();
    assertThat(r.evidence().unresolved(Unresolved.What.DATE)).isTrue();
    assertThat(r.evidence().unresolved())
        .anySatisfy(u -> assertThat(u.words()).isEqualToIgnoringCase(words));
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "christmas eve at 10 | EN | 2026-12-24",
        "on xmas day | EN | 2026-12-25",
        "new year's eve | EN | 2026-12-31",
        "new years day | EN | 2027-01-01",
        "actually can we do boxing day at 10 instead | EN | 2026-12-26",
        "am Heiligabend um 10 | DE | 2026-12-24",
        "an Silvester | DE | 2026-12-31",
        "en nochebuena a las 10 | ES | 2026-12-24",
        "el día de navidad | ES | 2026-12-25",
      })
  void a_holiday_on_a_fixed_date_is_that_date(String text, Language language, LocalDate day) {
    assertThat(read(text, language, Expectation.NOTHING).date()).isEqualTo(day);
  }
}
