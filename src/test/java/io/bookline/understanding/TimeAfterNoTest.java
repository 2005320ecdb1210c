package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A time right after "no" is a time ("no, 3pm" at the confirmation), while "no" before a plain
 * number still labels it ("order no 12"). QA chat review finding 6; read on Fri 27 Nov 2026.
 */
class TimeAfterNoTest {
  static Reading read(String text, Language language, Expectation expecting) {
    return ReviewReadings.read(text, language, expecting);
  }

  @ParameterizedTest(name = "{0} ({2}) -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no, 3pm | 15:00 | CONFIRMATION",
        "no, 14:00 | 14:00 | CONFIRMATION",
        "no 2pm | 14:00 | CONFIRMATION",
        "no, 5pm | 17:00 | CONFIRMATION",
        "no 5pm | 17:00 | NAME",
        "no 14:00 | 14:00 | CONFIRMATION",
        "No. 3pm please | 15:00 | CONFIRMATION",
        "nope, 3pm | 15:00 | CONFIRMATION",
      })
  void a_time_right_after_no_is_still_a_time(String text, LocalTime time, Expectation expecting) {
    assertThat(read(text, Language.EN, expecting).time()).isEqualTo(time);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"room 1115", "no 5", "order no 12", "ticket no. 1115"})
  void a_number_after_a_label_word_is_still_no_time(String text) {
    Reading r = read(text, Language.EN, Expectation.NOTHING);
    assertThat(r.time()).isNull();
    assertThat(r.date()).isNull();
  }
}
