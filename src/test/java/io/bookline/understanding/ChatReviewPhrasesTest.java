package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What customers wrote in the black-box chat review ({@code notes/review-chat.md}) that the rules
 * read wrong, read in all three languages the way the chat reads them: a name question, a yes/no
 * question, a first message with no conversation before it.
 */
class ChatReviewPhrasesTest {
  static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.all());
  static final LanguageDetector DETECTOR = new LanguageDetector(Lexicon.all());
  static final List<Named> SERVICES =
      List.of(
          new Named(1, "Basic Manicure", List.of("manicure", "maniküre", "manicura")),
          new Named(2, "Gel Manicure", List.of("gel", "shellac")),
          new Named(3, "Pedicure", List.of("pedi", "pediküre", "pedicura")));

  static Reading read(String text, Language language, Expectation expecting) {
    return RULES.interpret(
        text,
        new UnderstandingContext(
                LocalDateTime.parse("2026-11-27T01:16:00"),
                ZoneId.of("Europe/Berlin"),
                language.locale(),
                SERVICES,
                List.of(new Named(10, "Anna"), new Named(11, "Marta")),
                expecting,
                "",
                "",
                List.of())
            .in(language));
  }

  @ParameterizedTest(name = "{0}: \"{1}\" is no name")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE|geht auch später?",
        "DE|geht es früher",
        "DE|lieber ein anderer Tag",
        "DE|vielleicht später",
        "DE|eher später",
        "DE|Moment",
        "ES|mejor otro día",
        "ES|espera",
        "ES|más tarde",
        "ES|¿hay algo antes?",
        "EN|is there anything later?",
        "EN|maybe a different day"
      })
  void a_question_or_correction_at_the_name_step_is_not_taken_for_a_name(
      Language language, String text) {
    assertThat(read(text, language, Expectation.NAME).personName()).isNull();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"no sé", "no se"})
  void i_dont_know_at_the_name_step_is_neither_a_name_nor_a_no(String text) {
    Reading r = read(text, Language.ES, Expectation.NAME);
    assertThat(r.personName()).isNull();
    assertThat(r.intent()).isEqualTo(Intent.NONE);
  }

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE|Paula Weiß|Paula Weiß",
        "ES|María de la Cruz|María de la Cruz",
        "ES|Rosa|Rosa",
        "EN|Will Smith|Will Smith"
      })
  void a_name_is_still_a_name(Language language, String text, String name) {
    assertThat(read(text, language, Expectation.NAME).personName()).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "ES|buenas tardes",
        "ES|Buenas noches",
        "EN|good afternoon",
        "EN|Good evening!",
        "DE|guten Abend"
      })
  void a_greeting_is_a_greeting_and_names_no_part_of_day(Language language, String text) {
    Reading r = read(text, language, Expectation.NOTHING);
    assertThat(r.intent()).isEqualTo(Intent.GREETING);
    assertThat(r.partOfDay()).isNull();
    assertThat(r.hasSlots()).isFalse();
  }

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ES|buenas tardes, ¿tenéis hueco mañana por la tarde?|AFTERNOON",
        "EN|good morning, anything tomorrow afternoon?|AFTERNOON"
      })
  void a_part_of_day_after_the_greeting_still_counts(
      Language language, String text, PartOfDay part) {
    assertThat(read(text, language, Expectation.NOTHING).partOfDay()).isEqualTo(part);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"ja|YES", "claro|YES", "Ja, bitte|YES", "vale|YES", "nein|NO", "nee|NO"})
  void a_yes_or_no_in_another_of_our_languages_answers_a_yes_no_question(
      String text, Intent intent) {
    assertThat(read(text, Language.EN, Expectation.CONFIRMATION).intent()).isEqualTo(intent);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({"ja", "claro"})
  void a_foreign_yes_is_no_answer_when_nothing_was_asked(String text) {
    assertThat(read(text, Language.EN, Expectation.NOTHING).intent()).isEqualTo(Intent.NONE);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hola|ES|GREETING",
        "Hola!|ES|GREETING",
        "servus|DE|GREETING",
        "Preise?|DE|ASK_PRICE",
        "precios|ES|ASK_PRICE",
        "buenas tardes|ES|GREETING",
        "hello|EN|GREETING",
        "Hallo|DE|GREETING",
        "10:30|EN|NONE"
      })
  void a_one_word_first_message_is_read_in_its_own_language(
      String text, Language language, Intent intent) {
    Language detected = DETECTOR.first(Language.EN, text).language();
    assertThat(detected).isEqualTo(language);
    assertThat(read(text, detected, Expectation.NOTHING).intent()).isEqualTo(intent);
  }

  /**
   * QA chat review (offered times): "what about 11" asks about that time, it is no "about 11" (a
   * window around it); a qualifier said next to it still counts.
   */
  @ParameterizedTest(name = "{0}: \"{1}\" -> {2} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|what about 11|11:00|AT",
        "EN|What about 11?|11:00|AT",
        "EN|how about 11:30?|11:30|AT",
        "EN|how about eleven|11:00|AT",
        "EN|and 3pm?|15:00|AT",
        "EN|what about around 11|11:00|AROUND",
        "EN|how about 11ish?|11:00|AROUND",
        "EN|what about after 4|16:00|AFTER",
        "EN|about 11|11:00|AROUND",
        "DE|und um 11?|11:00|AT",
        "DE|wie wäre es mit 11?|11:00|AT",
        "DE|wie wärs mit halb 12?|11:30|AT",
        "DE|was ist mit 11 Uhr?|11:00|AT",
        "ES|¿y a las 11?|11:00|AT",
        "ES|¿qué tal a las 11?|11:00|AT",
        "ES|¿qué tal las 11:30?|11:30|AT"
      })
  void a_time_asked_about_is_that_time(
      Language language, String text, LocalTime time, TimeQualifier qualifier) {
    Reading r = read(text, language, Expectation.TIME);
    assertThat(r.time()).isEqualTo(time);
    assertThat(r.qualifier()).isEqualTo(qualifier);
  }

  /**
   * QA chat review (offered times): a time asked for only as later or earlier than the one under
   * discussion, whatever the bot asked last; never a name, never a part of the day ("tarde").
   */
  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|is there anything later?|LATER",
        "EN|something later|LATER",
        "EN|later please|LATER",
        "EN|a bit later|LATER",
        "EN|no, later|LATER",
        "EN|anything earlier?|EARLIER",
        "EN|sooner?|EARLIER",
        "EN|a little earlier please|EARLIER",
        "DE|später?|LATER",
        "DE|etwas später|LATER",
        "DE|gibt es was Späteres|LATER",
        "DE|geht es auch früher?|EARLIER",
        "DE|etwas früher bitte|EARLIER",
        "ES|¿más tarde?|LATER",
        "ES|algo más tarde|LATER",
        "ES|un poco más tarde|LATER",
        "ES|¿hay algo más temprano?|EARLIER",
        "ES|¿hay algo antes?|EARLIER"
      })
  void a_later_or_earlier_time_is_asked_for_relative_to_the_one_under_discussion(
      Language language, String text, TimeShift shift) {
    for (Expectation asked :
        List.of(Expectation.TIME, Expectation.NAME, Expectation.CONFIRMATION)) {
      Reading r = read(text, language, asked);
      assertThat(r.shift()).as("%s after %s", text, asked).isEqualTo(shift);
      assertThat(r.personName()).as("%s after %s", text, asked).isNull();
      assertThat(r.slots()).as("%s after %s", text, asked).isEqualTo(Slots.NONE);
    }
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|maybe later",
        "EN|see you later",
        "EN|5pm or later",
        "EN|anything later than 5?",
        "EN|later this week",
        "DE|vielleicht später",
        "DE|um 5 oder später",
        "ES|a las 5 o más tarde"
      })
  void putting_off_or_naming_a_time_is_no_later_time_asked_for(Language language, String text) {
    assertThat(read(text, language, Expectation.TIME).shift()).isNull();
  }

  /**
   * QA chat review ("no, tuesday"): a weekday said alone is read as the first from today and marked
   * so, for the dialogue to place it near a day under discussion; one that says which is not.
   */
  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN|no, tuesday|true",
        "EN|what about tuesday?|true",
        "EN|tuesday at 3|true",
        "EN|next tuesday|false",
        "EN|this tuesday|false",
        "EN|tuesday the 1st|false",
        "EN|tuesday next week|false",
        "DE|lieber Dienstag|true",
        "DE|am Dienstag|true",
        "DE|nächsten Dienstag|false",
        "DE|diesen Dienstag|false",
        "ES|mejor el martes|true",
        "ES|el próximo martes|false",
        "ES|el martes que viene|false",
        "ES|este martes|false"
      })
  void a_weekday_alone_is_marked_for_the_dialogue_to_place(
      Language language, String text, boolean alone) {
    Reading r = read(text, language, Expectation.TIME);
    assertThat(r.date()).isNotNull();
    assertThat(r.evidence().dateByWeekday()).isEqualTo(alone);
  }

  /**
   * QA chat review ("pedicrue" switched a manicure held): a service found only through a typo or a
   * cut-off word is marked, for the dialogue to ask before it replaces another; plurals, accents,
   * case and synonyms are word for word.
   */
  @ParameterizedTest(name = "\"{0}\" -> {1}, typo {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicrue|3|true",
        "pedicur|3|true",
        "gel manicrue|2|true",
        "pedicure|3|false",
        "Pedicure|3|false",
        "pedicures|3|false",
        "pediküre|3|false",
        "pedi|3|false",
        "gel|2|false",
        "Gel Manicure|2|false"
      })
  void a_service_found_through_a_typo_is_marked(String text, long service, boolean typo) {
    Reading r = read(text, Language.EN, Expectation.TIME);
    assertThat(r.serviceId()).isEqualTo(service);
    assertThat(r.evidence().serviceByTypo()).isEqualTo(typo);
  }

  /** QA owner review, finding 3: pressing the button of one of two names that differ by case. */
  @Test
  void of_two_services_named_alike_but_for_case_the_one_spelled_as_typed_is_meant() {
    var alike =
        List.of(
            new Named(4, "Haircut", List.of()),
            new Named(5, "Colour", List.of()),
            new Named(6, "haircut", List.of()),
            new Named(7, "Toner", List.of("Colour")));
    var context =
        new UnderstandingContext(
                LocalDateTime.parse("2026-11-27T01:16:00"),
                ZoneId.of("Europe/Berlin"),
                Language.EN.locale(),
                alike,
                List.of(),
                Expectation.SERVICE,
                "",
                "",
                List.of())
            .in(Language.EN);
    assertThat(RULES.interpret("Haircut", context).serviceId()).isEqualTo(4L);
    assertThat(RULES.interpret("haircut", context).serviceId()).isEqualTo(6L);
    assertThat(RULES.interpret("Colour", context).serviceId()).isEqualTo(5L);
  }
}
