package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the rules read a bare hour said to change the time held ("make it 5"), numbers that count
 * something, and thanks or goodbye after an acknowledgement ("ok thanks"), in all three languages.
 */
class BareHourAndClosingReadingsTest {

  static Reading read(Language language, String text, Expectation expecting) {
    return ChatReviewPhrasesTest.read(text, language, expecting);
  }

  /** Language, message, what the bot asked, the hour read ("-": none). */
  @ParameterizedTest(name = "{0}: {1} after {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "EN | make it 5                | CONFIRMATION | 17:00",
        "EN | can we do 5 instead?     | CONFIRMATION | 17:00",
        "EN | actually 5               | CONFIRMATION | 17:00",
        "EN | 5 then please            | CONFIRMATION | 17:00",
        "EN | how about 10?            | NAME         | 10:00",
        "EN | make it 5                | NAME         | 17:00",
        "EN | can we do 5 instead?     | TIME         | 17:00",
        "EN | make it 5                | NOTHING      | -",
        "EN | make it 5                | DATE         | -",
        "EN | we are 2                 | CONFIRMATION | -",
        "EN | 2 people                 | CONFIRMATION | -",
        "EN | I'm 5 minutes late       | CONFIRMATION | -",
        "EN | table for 2              | CONFIRMATION | -",
        "EN | option 2                 | TIME         | -",
        "DE | lieber um 5              | CONFIRMATION | 17:00",
        "DE | geht auch 5?             | CONFIRMATION | 17:00",
        "DE | wir sind 2               | CONFIRMATION | -",
        "ES | mejor a las 5 entonces   | CONFIRMATION | 17:00",
        "ES | mejor 5                  | CONFIRMATION | 17:00",
        "ES | somos 2                  | CONFIRMATION | -",
      })
  void a_number_ending_the_message_is_an_hour_while_a_time_is_held(
      Language language, String text, Expectation expecting, LocalTime hour) {
    assertThat(read(language, text, expecting).time()).isEqualTo(hour);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | ok thanks             | THANKS",
        "EN | ok bye                | THANKS",
        "EN | ok see you            | THANKS",
        "EN | alright, thank you    | THANKS",
        "EN | thanks, bye           | THANKS",
        "EN | thank you, that's all | THANKS",
        "EN | bye                   | THANKS",
        "EN | ok                    | YES",
        "EN | yes please            | YES",
        "EN | yes thanks            | YES",
        "EN | no thanks             | STOP",
        "DE | ok danke              | THANKS",
        "DE | danke, tschüss        | THANKS",
        "DE | passt, danke          | THANKS",
        "DE | ja bitte              | YES",
        "ES | vale, gracias         | THANKS",
        "ES | gracias, adiós        | THANKS",
        "ES | sí, por favor         | YES",
        "ES | no gracias            | STOP",
      })
  void thanks_or_goodbye_after_an_acknowledgement_is_no_yes(
      Language language, String text, Intent intent) {
    assertThat(read(language, text, Expectation.CONFIRMATION).intent()).isEqualTo(intent);
  }
}
