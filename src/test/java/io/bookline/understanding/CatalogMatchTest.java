package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which service a message names, on the demo catalog (its synonyms as the seeder writes them) and
 * on catalogs whose names collide (QA chat review finding 2, owner review finding 3).
 */
class CatalogMatchTest {
  static final long BASIC = 1;
  static final long GEL = 2;
  static final long PEDICURE = 3;

  /** The demo business's services, synonyms as {@code booking.DemoSeeder} stores them. */
  static final List<Named> DEMO =
      List.of(
          new Named(
              BASIC,
              "Basic Manicure",
              List.of(
                  "basic",
                  "classic manicure",
                  "regular manicure",
                  "simple manicure",
                  "manicura",
                  "manicura básica",
                  "maniküre",
                  "klassische maniküre")),
          new Named(
              GEL,
              "Gel Manicure",
              List.of(
                  "gel",
                  "gel nails",
                  "shellac",
                  "gel polish",
                  "manicura de gel",
                  "manicura semipermanente",
                  "gel-maniküre",
                  "gelnägel")),
          new Named(
              PEDICURE,
              "Pedicure",
              List.of("pedi", "feet", "toes", "pedicura", "pediküre", "fußpflege")));

  static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.all());

  static Long service(String text, Language language, List<Named> services) {
    return RULES
        .interpret(
            text,
            new UnderstandingContext(
                    LocalDateTime.parse("2026-11-27T01:16:00"),
                    ZoneId.of("Europe/Berlin"),
                    Locale.UK,
                    services,
                    List.of(new Named(10, "Anna"), new Named(11, "Marta")),
                    Expectation.NOTHING)
                .in(language))
        .serviceId();
  }

  @ParameterizedTest(name = "{0} ({1}) names no service")
  @CsvSource(
      delimiter = '|',
      value = {
        "tues at 2 | EN",
        "can i come in tues at 2? | EN",
        "does monday at 11 work? | EN",
        "what goes with it? | EN",
        "can we meet monday at 11 | EN",
        "what are your fees? | EN",
        "quiero pedir cita para el lunes a las 11 | ES",
      })
  void everyday_words_are_not_read_as_a_service(String text, Language language) {
    assertThat(service(text, language, DEMO)).isNull();
  }

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "manicure tues at 10 | EN | 1",
        "shellac tues at 2 | EN | 2",
        "gel manicure does monday at 11 work? | EN | 2",
        "pedicure please | EN | 3",
        "my feet need some love | EN | 3",
        "a pedi on friday | EN | 3",
        "a pedicrue | EN | 3",
        "shelac on friday | EN | 2",
        "una pedicura el lunes | ES | 3",
      })
  void a_real_service_word_still_names_its_service(String text, Language language, long id) {
    assertThat(service(text, language, DEMO)).isEqualTo(id);
  }

  /** QA chat review 2, F10: a German compound written as one word names the service. */
  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Gelmaniküre morgen um 11 | DE | 2",
        "morgn um 11 ne gelmanikür | DE | 2",
        "Was kostet eine Gelmaniküre? | DE | 2",
        "eine Gelmanicure bitte | DE | 2",
        "Maniküre morgen | DE | 1",
      })
  void a_compound_written_as_one_word_names_its_service(String text, Language language, long id) {
    assertThat(service(text, language, DEMO)).isEqualTo(id);
  }

  static final long HAIRCUT = 4;
  static final long COLOUR = 5;
  static final long TONER = 6;
  static final long LOWER_HAIRCUT = 7;

  /** A service whose synonym is another service's name. */
  static final List<Named> SYNONYM_CLASH =
      List.of(
          new Named(HAIRCUT, "Haircut", List.of()),
          new Named(COLOUR, "Colour", List.of()),
          new Named(TONER, "Toner", List.of("Colour")));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Colour | 5",
        "colour | 5",
        "a colour on wednesday at 14:00 | 5",
        "Toner | 6",
        "Haircut | 4",
      })
  void a_services_exact_name_wins_over_another_services_synonym(String text, long id) {
    assertThat(service(text, Language.EN, SYNONYM_CLASH)).isEqualTo(id);
  }

  /** Two services whose names differ only by case. */
  static final List<Named> CASE_CLASH =
      List.of(
          new Named(HAIRCUT, "Haircut", List.of()),
          new Named(COLOUR, "Colour", List.of()),
          new Named(LOWER_HAIRCUT, "haircut", List.of()));

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Haircut | 4",
        "haircut | 7",
        "a Haircut on wednesday | 4",
        // Neither spelling as written: nothing tells them apart, so the dialogue asks.
        "HAIRCUT | -",
      })
  void among_names_equal_but_for_case_the_one_written_so_wins(String text, Long id) {
    List<String> words = CatalogMatch.words(DateTimeParser.normalize(text));
    assertThat(CatalogMatch.bestMatch(text, words, CASE_CLASH)).isEqualTo(id);
  }
}
