package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LanguageDetector#greetedIn} (ADR 0116): while the customer has only greeted, a message
 * that only greets in words the chat's language does not greet with names the language to answer
 * in; a hello the chat's language shares, or anything beyond the hello, names none.
 */
class GreetedInTest {
  static final LanguageDetector DETECTOR = new LanguageDetector(Lexicon.all());

  @ParameterizedTest(name = "{0} + \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "EN|Hola|ES",
        "EN|hola!|ES",
        "EN|Guten Tag|DE",
        "EN|servus|DE",
        "ES|Hallo|DE",
        "DE|good morning|EN",
        "DE|Hi|-",
        "ES|hello|-",
        "EN|hallo|-",
        "EN|Hola Maria|-",
        "EN|hola, quiero una pedicura|-",
      })
  void a_hello_the_chat_does_not_say_names_its_language(Language before, String text, Language to) {
    assertThat(DETECTOR.greetedIn(before, text).orElse(null)).isEqualTo(to);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hi|true",
        "hola, buenas|true",
        "Hallo!|true",
        "hi, pedicure please|false",
        "|false"
      })
  void only_greets_in_any_language(String text, boolean greets) {
    assertThat(DETECTOR.onlyGreets(text)).isEqualTo(greets);
  }
}
