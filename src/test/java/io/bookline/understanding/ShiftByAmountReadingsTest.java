package io.bookline.understanding;

import static io.bookline.understanding.ChatReviewPhrasesTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ADR 0055 addendum: "an hour later", "eine halbe Stunde früher", "media hora antes" carry a signed
 * amount of time with their shift, with no time of their own and no question; "in an hour" is still
 * a time from now, and "later" alone a shift without an amount.
 */
class ShiftByAmountReadingsTest {

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|can I come an hour later?|PT1H",
        "EN|30 minutes later|PT30M",
        "EN|could I come half an hour earlier?|PT-30M",
        "EN|15 min earlier please|PT-15M",
        "EN|can we make it two hours later?|PT2H",
        "DE|Kann ich eine Stunde später kommen?|PT1H",
        "DE|geht es eine halbe Stunde früher?|PT-30M",
        "DE|30 Minuten später|PT30M",
        "ES|¿puedo ir una hora más tarde?|PT1H",
        "ES|media hora antes|PT-30M",
        "ES|30 minutos más tarde|PT30M",
        "EN|an hour and a half later|PT1H30M",
        "EN|one and a half hours earlier|PT-90M",
        "EN|later by an hour|PT1H",
        "EN|can you push it back by 30 minutes?|PT30M",
        "EN|could I come 1.5 hours later?|PT1H30M",
        "DE|anderthalb Stunden später|PT1H30M",
        "DE|eineinhalb Stunden früher|PT-90M",
        "DE|geht es eine Stunde nach hinten?|PT1H",
        "DE|kann ich 1,5 Stunden später kommen?|PT1H30M",
        "ES|una hora y media más tarde|PT1H30M",
        "ES|hora y media antes|PT-90M",
        "ES|dos horas y media después|PT2H30M",
        "ES|¿puedes retrasarla media hora?|PT30M"
      })
  void an_amount_with_later_or_earlier_is_a_signed_shift(
      Language language, String text, Duration by) {
    for (Expectation asked :
        List.of(Expectation.NOTHING, Expectation.NAME, Expectation.CONFIRMATION)) {
      Reading r = read(text, language, asked);
      assertThat(r.shiftBy()).as("%s after %s", text, asked).isEqualTo(by);
      assertThat(r.shift())
          .as("%s after %s", text, asked)
          .isEqualTo(by.isNegative() ? TimeShift.EARLIER : TimeShift.LATER);
      assertThat(r.intent()).as("%s after %s", text, asked).isNotEqualTo(Intent.QUESTION);
      assertThat(r.time()).as("%s after %s", text, asked).isNull();
      assertThat(r.personName()).as("%s after %s", text, asked).isNull();
    }
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|in an hour|02:16",
        "EN|in 30 minutes|01:46",
        "DE|in einer halben Stunde|01:46",
        "ES|dentro de una hora|02:16"
      })
  void in_an_amount_is_still_a_time_from_now(Language language, String text, String at) {
    Reading r = read(text, language, Expectation.NOTHING);
    assertThat(r.time()).isEqualTo(LocalTime.parse(at));
    assertThat(r.shiftBy()).isNull();
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|anything later?",
        "EN|I'm 5 minutes late",
        "EN|see you in an hour",
        "DE|etwas später",
        "ES|¿más tarde?",
        "EN|in an hour and a half",
        "ES|la hora antes"
      })
  void no_amount_before_the_comparative_is_no_amount(Language language, String text) {
    assertThat(read(text, language, Expectation.TIME).shiftBy()).isNull();
  }
}
