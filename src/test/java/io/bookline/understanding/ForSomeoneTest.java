package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which messages {@link ForSomeone} marks as a booking for another person said by who they are
 * ("for my mum Helen", ADR 0108), and the name it reads for them; the writer coming too, a booking
 * someone has and two plain names are not marked.
 */
class ForSomeoneTest {
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

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "book it for my mum Helen | true | Helen",
        "it's for my mum helen | true | Helen",
        "a manicure for my mum Helen on friday at 10 | true | Helen",
        "a manicure for my mum on friday at 10 | true | ",
        "for my daughter, Lily | true | Lily",
        "für meine Mama Helga | true | Helga",
        "eine Maniküre für meine Mutter am Freitag um 10 | true | ",
        "es para mi madre Carmen | true | Carmen",
        "una manicura para mi amiga Sofía el viernes | true | Sofía",
        "para mi madre una manicura | true | ",
        "a manicure for my mum and me | false | ",
        "a manicure for me and my mum | false | ",
        "eine Maniküre für meine Mutter und mich | false | ",
        "una manicura para mí y mi madre | false | ",
        "mi madre y yo queremos una manicura | false | ",
        "cancel the booking for my mum | false | ",
        "Kate and Tom | false | ",
        "a manicure for Helen | false | ",
      })
  void marks_a_booking_for_someone_said_by_who_they_are(String text, boolean marked, String name) {
    Evidence e = new ForSomeone(new SomeoneElses(NOTHING)).interpret(text, null).evidence();

    assertThat(e.has(Evidence.Sign.FOR_SOMEONE)).isEqualTo(marked);
    assertThat(e.whom().name()).isEqualTo(name);
  }
}
