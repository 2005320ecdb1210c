package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The German and Spanish intent tables ({@code understanding/intents-de.psv}, {@code
 * intents-es.psv}): every intent English has, read from everyday messages.
 */
class GermanSpanishIntentTest {

  static Stream<Arguments> rows(String resource) {
    return new String(Fixtures.resource(resource), StandardCharsets.UTF_8)
        .lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\\|"))
        .map(c -> Arguments.of(c[0].strip(), Intent.valueOf(c[1].strip())));
  }

  static Stream<Arguments> german() {
    return rows("/understanding/intents-de.psv");
  }

  static Stream<Arguments> spanish() {
    return rows("/understanding/intents-es.psv");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("german")
  void reads_the_intent_of_a_german_message(String text, Intent intent) {
    assertThat(GermanSpanishDateTimeTableTest.read(text, Language.DE, "Europe/Berlin").intent())
        .isEqualTo(intent);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("spanish")
  void reads_the_intent_of_a_spanish_message(String text, Intent intent) {
    assertThat(GermanSpanishDateTimeTableTest.read(text, Language.ES, "Europe/Madrid").intent())
        .isEqualTo(intent);
  }
}
