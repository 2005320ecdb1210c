package io.bookline.understanding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleUnderstandingTest {
  static final List<Named> SERVICES =
      List.of(
          new Named(1, "Basic Manicure", List.of("basic", "classic manicure")),
          new Named(2, "Gel Manicure", List.of("gel", "shellac")),
          new Named(3, "Pedicure", List.of("pedi", "feet")));
  static final List<Named> STAFF = List.of(new Named(10, "Anna"), new Named(11, "Marta"));
  static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.english());

  static Reading read(String text, Expectation expecting) {
    return read(text, expecting, STAFF);
  }

  /** Reads {@code text} on Monday 23 Nov 2026, 08:00 in Berlin, for a studio with {@code staff}. */
  static Reading read(String text, Expectation expecting, List<Named> staff) {
    return RULES.interpret(
        text,
        new UnderstandingContext(
            LocalDateTime.parse("2026-11-23T08:00:00"),
            ZoneId.of("Europe/Berlin"),
            Locale.UK,
            SERVICES,
            staff,
            expecting));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "a basic manicure please | 1",
        "gel nails friday | 2",
        "can I get a mani | -",
        "manicure | -",
        "a pedicrue | 3",
        "pedi | 3",
        "Gel Manicure | 2",
        "shellac | 2",
        "manicur basic | 1",
        "hello | -",
      })
  void finds_services_with_typos_synonyms_and_partial_names(String text, Long service) {
    assertEquals(service, read(text, Expectation.NOTHING).serviceId());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I'd like to book a manicure | BOOK",
        "how much is a pedicure? | ASK_PRICE",
        "how long does a gel manicure take | ASK_LENGTH",
        "how long does it take? | ASK_LENGTH",
        "when are you open on saturday | ASK_HOURS",
        "what are your opening hours tomorrow | ASK_HOURS",
        "are you open in 2 hours | ASK_HOURS",
        "in a few hours | NONE",
        "in 3 hours | NONE",
        "can I come in a couple of hours | BOOK",
        "where are you located | ASK_ADDRESS",
        "what services do you offer | ASK_SERVICES",
        "I need to cancel my appointment | CANCEL",
        "can I reschedule | RESCHEDULE",
        "what bookings do I have | LIST",
        "I want to talk to a human | HANDOFF",
        "yes please | YES",
        "nope | NO",
        "not that | NO",
        "not that one | NO",
        "that's wrong | NO",
        "not now | NO",
        "no problem | NONE",
        "no preference | NONE",
        "no, that's not what I want | STOP",
        "hi there | GREETING",
        "start over | RESTART",
        "stop | STOP",
        "thanks! | THANKS",
        // QA chat review, finding 1: a service after "move my" / "change my" is still a move.
        "move my manicure to monday at 10 | RESCHEDULE",
        "can i move my pedicure to friday | RESCHEDULE",
        "change my gel manicure to friday | RESCHEDULE",
        "can i change my manicure appointment to monday at 10 | RESCHEDULE",
        "could we move my pedi? | RESCHEDULE",
        "can I change my mind? | NONE",
        // Finding 10: a negated intent does not win.
        "I don't want to cancel, I want to reschedule | RESCHEDULE",
        "i dont want to cancel i want to move my appointment | RESCHEDULE",
        "I do not want to cancel | NO",
        "I'd like to reschedule, not cancel | RESCHEDULE",
        "I can't make it, please cancel | CANCEL",
        "I won't be able to come | CANCEL",
        "no, cancel it | CANCEL",
        // Finding 13: everyday yeses.
        "yess | YES",
        "go for it | YES",
        "sure thing | YES",
        "👍 | YES",
        "👎 | NO",
      })
  void reads_intents(String text, Intent intent) {
    assertEquals(intent, read(text, Expectation.NOTHING).intent());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Maria | Maria",
        "my name is maria lopez | Maria Lopez",
        "it's Jo. | Jo",
        "yes | -",
        "tomorrow | -",
        // QA chat review, finding 3: a question or a correction is not a name.
        "is there anything later? | -",
        "maybe later | -",
        "wait | -",
        "any chance of something earlier | -",
        "later in the afternoon | -",
        "Jo? | -",
        "Will Smith | Will Smith"
      })
  void reads_a_name_when_asked_for_one(String text, String name) {
    assertEquals(name, read(text, Expectation.NAME).personName());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I'd like a gel manicure tomorrow at 2pm, my name is Nora Lee | Nora Lee",
        "my name is Nora Lee and I'd like a pedicure tomorrow | Nora Lee",
        "I'm Nora, can I get a pedicure tomorrow? | Nora",
        "pedicure friday and my name is Ann | Ann",
        "Pedicure with Marta on Wednesday morning, I'm Jo | Jo"
      })
  void finds_a_name_given_anywhere_in_a_message(String text, String name) {
    assertEquals(name, read(text, Expectation.NOTHING).personName());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I'm free on Friday",
        "I'm looking for a gel manicure",
        "this is great",
        "this is Monday right?",
        "Thursday at 3, it's for my daughter"
      })
  void does_not_take_ordinary_sentences_for_names(String text) {
    assertNull(read(text, Expectation.NOTHING).personName());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"with Anna | 10", "marta please | 11"})
  void finds_staff_by_name(String text, long resource) {
    assertEquals(resource, read(text, Expectation.NOTHING).resourceId());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {"10:15 please | -", "at 10 | -", "with chair 10 | 21", "chair 3 please | 20"})
  void a_number_alone_never_names_numbered_staff(String text, Long resource) {
    // A salon that numbers its chairs: "10" in "10:15" is a time, not Chair 10 (a soak found it).
    var chairs = List.of(new Named(20, "Chair 3"), new Named(21, "Chair 10"));
    assertEquals(resource, read(text, Expectation.NOTHING, chairs).resourceId());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"the second one | 2", "first | 1", "option 3 | 3", "the last one | -1"})
  void reads_a_pick_from_offered_times(String text, int choice) {
    assertEquals(choice, read(text, Expectation.TIME).choice());
  }
}
