package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The language detector: accuracy on short messages ({@code understanding/language-short.tsv}, 1–6
 * words, labelled), stickiness against ambiguous words, and explicit requests.
 */
class LanguageDetectorTest {
  static final LanguageDetector DETECTOR = new LanguageDetector(Lexicon.all());

  @Test
  void recognises_the_language_of_at_least_90_percent_of_short_messages_in_each_language() {
    String table =
        new String(Fixtures.resource("/understanding/language-short.tsv"), StandardCharsets.UTF_8);
    Map<Language, int[]> counts = new EnumMap<>(Language.class);
    for (String line : table.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()) {
      String[] cells = line.split("\t");
      Language expected = Language.fromCode(cells[0]).orElseThrow();
      assertThat(cells[1].split(" +").length).as(cells[1]).isBetween(1, 6);
      Optional<Language> got = DETECTOR.classify(cells[1]);
      int[] c = counts.computeIfAbsent(expected, k -> new int[3]);
      c[0]++;
      if (got.isEmpty()) {
        c[2]++;
      } else if (got.get() == expected) {
        c[1]++;
      } else {
        System.out.println("  wrong: " + cells[0] + " -> " + got.get().code() + " | " + cells[1]);
      }
    }
    counts.forEach(
        (language, c) ->
            System.out.printf(
                Locale.ROOT,
                "Detection %s: %d/%d right = %.1f%%, %d undecided%n",
                language.code(),
                c[1],
                c[0],
                100.0 * c[1] / c[0],
                c[2]));
    counts.forEach(
        (language, c) -> {
          assertThat(c[0]).as("messages in " + language).isGreaterThanOrEqualTo(150);
          assertThat(c[1] / (double) c[0]).as("accuracy in " + language).isGreaterThan(0.90);
        });
  }

  @ParameterizedTest(name = "{0} + \"{1}\" stays {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE|ok",
        "DE|10:30",
        "ES|10:30",
        "ES|ok",
        "EN|Maria",
        "DE|Gel Manicure",
        "ES|Pedicure",
        "DE|super",
        "EN|Hola",
        "EN|gracias",
        "ES|sorry",
        "DE|yes",
        "ES|no",
        "EN|si",
        "DE|15 Uhr?",
        "ES|14:30?",
        "EN|Anna"
      })
  void one_ambiguous_or_borrowed_word_does_not_flip_the_language(Language before, String text) {
    assertThat(DETECTOR.detect(before, text).language()).isEqualTo(before);
    assertThat(DETECTOR.detect(before, text).explicitSwitch()).isFalse();
  }

  @ParameterizedTest(name = "{0} + \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|Hola, quiero una manicura mañana a las 10|ES",
        "EN|Ich hätte gern einen Termin|DE",
        "DE|Can I book for tomorrow?|EN",
        "ES|Haben Sie morgen was frei?|DE",
        "DE|¿Tienen hueco el viernes?|ES",
        "EN|Danke schön|DE"
      })
  void a_message_clearly_in_another_language_switches(Language before, String text, Language to) {
    assertThat(DETECTOR.detect(before, text).language()).isEqualTo(to);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "English please|EN",
        "in English please|EN",
        "Can we speak English?|EN",
        "auf Deutsch bitte|DE",
        "Deutsch|DE",
        "Können wir Deutsch sprechen?|DE",
        "en español|ES",
        "en español por favor|ES",
        "¿Hablas español?|ES",
        "español|ES",
        "Spanish please|ES",
        "German please|DE",
        "auf Englisch bitte|EN",
        "en inglés por favor|EN"
      })
  void an_explicit_request_switches_whatever_came_before(String text, Language to) {
    for (Language before : Language.values()) {
      LanguageDetector.Detection d = DETECTOR.detect(before, text);
      assertThat(d.language()).as(before + " + " + text).isEqualTo(to);
      assertThat(d.explicitSwitch()).isTrue();
      assertThat(d.confidence()).isEqualTo(1.0);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"I don't speak Spanish|EN", "no hablo alemán|ES", "ich spreche kein Englisch|DE"})
  void saying_which_language_one_does_not_speak_is_no_request(String text, Language before) {
    assertThat(DETECTOR.detect(before, text).explicitSwitch()).isFalse();
    assertThat(DETECTOR.detect(before, text).language()).isEqualTo(before);
  }

  @ParameterizedTest(name = "first message \"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hola|ES",
        "servus|DE",
        "Preise?|DE",
        "precios|ES",
        // QA chat review 2, F10: "Hallo" is the German spelling; English speakers write "hello".
        "Hallo|DE",
        "hallo|DE",
        "ok|EN",
        "10:30|EN",
        "Hi, I need an appointment|EN"
      })
  void a_first_message_needs_no_lead_over_the_business_language(String text, Language to) {
    // With no conversation yet, the business's language is a fallback, not a previous choice.
    LanguageDetector.Detection d = DETECTOR.first(Language.EN, text);
    assertThat(d.language()).isEqualTo(to);
    assertThat(DETECTOR.detect(Language.EN, text).language()).isEqualTo(Language.EN);
  }

  @Test
  void nothing_known_keeps_the_previous_language_with_no_confidence() {
    LanguageDetector.Detection d = DETECTOR.detect(Language.ES, "10:30");
    assertThat(d.language()).isEqualTo(Language.ES);
    assertThat(d.confidence()).isZero();
    assertThat(DETECTOR.classify("10:30")).isEmpty();
    assertThat(List.of(DETECTOR.detect(Language.DE, "").language())).containsExactly(Language.DE);
  }
}
