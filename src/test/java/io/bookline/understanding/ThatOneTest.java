package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which words {@link ThatOne} marks as dropping what is under way ({@link Evidence#thatOne()}, ADR
 * 0085): "that", "this", "it" after a cancel or a "forget", with no noun naming a booking after it.
 */
class ThatOneTest {
  private static final Understanding NOTHING =
      new Understanding() {
        @Override
        public Reading interpret(String text, UnderstandingContext context) {
          return Reading.nothing("test");
        }

        @Override
        public String name() {
          return "test";
        }
      };

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "actually cancel that | true",
        "cancel this please | true",
        "Cancel it! | true",
        "cancel my appointment | false",
        "cancel my thursday appointment | false",
        "cancel that appointment | false",
        "cancel the pedicure | false",
        "ach nee, storniere das bitte | true",
        "vergiss das | true",
        "Lass das. | true",
        "das bitte stornieren | true",
        "storniere meinen Termin | false",
        "mejor cancela eso | true",
        "Olvídalo | true",
        "anúlalo por favor | true",
        "cancela mi cita | false",
        "cancela esa cita | false",
      })
  void marks_only_a_cancel_of_that(String text, boolean marked) {
    Reading r = new ThatOne(NOTHING).interpret(text, null);

    assertThat(r.evidence().thatOne()).isEqualTo(marked);
  }
}
