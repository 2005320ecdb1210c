package io.bookline.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.understanding.Language;
import io.bookline.understanding.Lexicon;
import io.bookline.understanding.Named;
import io.bookline.understanding.Reading;
import io.bookline.understanding.RuleUnderstanding;
import io.bookline.understanding.UnderstandingContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "no" is a way out of a goal the customer did not want, except where it answers the question: at a
 * confirmation it declines, asked for a staff member it means anyone. With more in it ("no, Friday
 * at 3") it corrects.
 */
class WayOutTest {
  static final RuleUnderstanding RULES = new RuleUnderstanding(Lexicon.english());
  static final List<String> START =
      List.of("Book an appointment", "Prices", "Opening hours", "My appointments");

  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  Chat chat(long customer) {
    return new Chat(dialogue, NailStudio.catalog(), port, () -> now, customer);
  }

  /** What the customer writes, and the steps at which it leaves the goal ("all", or "-": none). */
  @ParameterizedTest(name = "{0} leaves at {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no                          | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "No.                         | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "nope                        | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "nah                         | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "not that                    | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "not that one                | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "wrong                       | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "that's wrong                | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "that's not it               | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "not now                     | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "nevermind                   | all",
        "never mind                  | all",
        "forget it                   | all",
        "stop                        | all",
        "no thanks                   | all",
        "no, that's not what I want  | all",
        "no, friday at 3             | -",
        "no, a pedicure              | -",
        "no, with Marta              | -",
        "no, next week               | -",
        "no preference               | -",
        "no problem                  | -",
        "yes                         | -",
        "friday                      | -",
      })
  void when_a_no_leaves_the_goal_and_when_it_answers(String text, String leavesAt) {
    Set<Step> expected =
        leavesAt.equals("all")
            ? EnumSet.allOf(Step.class)
            : leavesAt.equals("-")
                ? EnumSet.noneOf(Step.class)
                : EnumSet.copyOf(Arrays.stream(leavesAt.split(" ")).map(Step::valueOf).toList());
    List<Step> leaves = new ArrayList<>();
    for (Step step : Step.values()) {
      DialogueState state = DialogueState.start(null).with(Goal.BOOK, step);
      if (LeaveFlow.exits(state, read(text, step))) {
        leaves.add(step);
      }
    }
    assertThat(leaves).containsExactlyInAnyOrderElementsOf(expected);
  }

  /**
   * The same in German and Spanish. "egal" and "da igual" ("doesn't matter") answer the question
   * (anyone, any time), like "no preference"; with a way out in them they leave.
   */
  @ParameterizedTest(name = "{0} {1} leaves at {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de | nein                   | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "de | Nee.                   | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "de | nö                     | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "de | nicht das              | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "de | falsch                 | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "de | doch nicht             | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "de | lass mal               | all",
        "de | ach, lass mal          | all",
        "de | ist egal, lass mal     | all",
        "de | vergiss es             | all",
        "de | stopp                  | all",
        "de | nein danke             | all",
        "de | nein, Freitag um 3     | -",
        "de | nein, mit Marta        | -",
        "de | egal                   | -",
        "de | ja                     | -",
        "es | no                     | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "es | eso no                 | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "es | mejor no               | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "es | ya no                  | NONE SERVICE DATE TIME NAME WHICH_BOOKING BOOK_OFFER PERSON_OFFER",
        "es | olvídalo               | all",
        "es | déjalo                 | all",
        "es | no, déjalo             | all",
        "es | da igual, olvídalo     | all",
        "es | no gracias             | all",
        "es | no, el viernes a las 3 | -",
        "es | no, con Marta          | -",
        "es | da igual               | -",
        "es | sí                     | -",
      })
  void german_and_spanish_ways_out(String language, String text, String leavesAt) {
    Set<Step> expected =
        leavesAt.equals("all")
            ? EnumSet.allOf(Step.class)
            : leavesAt.equals("-")
                ? EnumSet.noneOf(Step.class)
                : EnumSet.copyOf(Arrays.stream(leavesAt.split(" ")).map(Step::valueOf).toList());
    Language l = Language.fromCode(language).orElseThrow();
    List<Step> leaves = new ArrayList<>();
    for (Step step : Step.values()) {
      DialogueState state = DialogueState.start(null).with(Goal.BOOK, step);
      if (LeaveFlow.exits(state, ALL.interpret(text, context(step).in(l)))) {
        leaves.add(step);
      }
    }
    assertThat(leaves).containsExactlyInAnyOrderElementsOf(expected);
  }

  static final RuleUnderstanding ALL = new RuleUnderstanding(Lexicon.all());

  static UnderstandingContext context(Step step) {
    Catalog c = NailStudio.catalog();
    return new UnderstandingContext(
        NailStudio.MONDAY_8AM.atZone(NailStudio.BERLIN).toLocalDateTime(),
        NailStudio.BERLIN,
        c.business().locale(),
        c.services().stream().map(s -> new Named(s.id(), s.name(), s.synonyms())).toList(),
        c.resources().stream().map(r -> new Named(r.id(), r.name())).toList(),
        step.expecting());
  }

  static Reading read(String text, Step step) {
    Catalog c = NailStudio.catalog();
    return RULES.interpret(
        text,
        new UnderstandingContext(
            NailStudio.MONDAY_8AM.atZone(NailStudio.BERLIN).toLocalDateTime(),
            NailStudio.BERLIN,
            c.business().locale(),
            c.services().stream().map(s -> new Named(s.id(), s.name(), s.synonyms())).toList(),
            c.resources().stream().map(r -> new Named(r.id(), r.name())).toList(),
            step.expecting()));
  }

  @Test
  void no_to_the_service_question_leaves_the_booking_with_the_main_options() {
    Chat ann = chat(1);
    ann.say("I want to book");
    assertThat(ann.say("no")).isEqualTo("OK, nothing changed.");
    assertThat(ann.options()).isEqualTo(START);
    assertThat(ann.state().goal()).isEqualTo(Goal.NONE);
  }

  @Test
  void not_that_while_choosing_the_booking_to_move_leaves_it_untouched() {
    Chat bo = chat(1);
    BookFlowTest.book(bo, "basic manicure tomorrow at 10", "Bo");
    BookFlowTest.book(bo, "pedicure friday at 11", "Bo");
    assertThat(bo.say("reschedule")).startsWith("Which appointment would you like to move?");
    assertThat(bo.say("not that")).isEqualTo("OK, nothing changed.");
    assertThat(bo.state().goal()).isEqualTo(Goal.NONE);
    assertThat(port.confirmed()).hasSize(2);
  }

  @Test
  void no_declines_the_offer_and_a_second_no_leaves() {
    Chat cy = chat(1);
    cy.say("pedicure friday at 11");
    assertThat(cy.say("Cy")).endsWith("Shall I book it?");
    assertThat(cy.say("no"))
        .isEqualTo(
            "No problem, nothing is changed yet. Pick another time, or say \"start over\". Free"
                + " times for Pedicure on Fri 27 Nov around 11:00: 10:15, 10:30, 10:45, 11:15,"
                + " 11:30, 11:45. Which time suits you?");
    assertThat(cy.state().goal()).isEqualTo(Goal.BOOK);
    assertThat(cy.say("no")).isEqualTo("OK, nothing changed.");
    assertThat(cy.state().goal()).isEqualTo(Goal.NONE);
    assertThat(port.all()).isEmpty();
  }

  @Test
  void nevermind_at_the_confirmation_leaves_without_booking() {
    Chat di = chat(1);
    di.say("pedicure friday at 11");
    di.say("Di");
    assertThat(di.say("nevermind")).isEqualTo("OK, nothing changed.");
    // A stray yes afterwards books nothing: with nothing asked it gets the short "anything else?".
    assertThat(di.say("yes")).isEqualTo("👍 Anything else I can help with?");
    assertThat(port.all()).isEmpty();
  }

  @Test
  void no_with_something_new_in_it_corrects_instead_of_leaving() {
    Chat ed = chat(1);
    ed.say("pedicure friday at 11");
    ed.say("Ed");
    assertThat(ed.say("no, thursday at 3"))
        .isEqualTo("Pedicure on Thu 26 Nov at 15:00 with Anna for Ed, 40.00 EUR. Shall I book it?");
  }

  @Test
  void no_when_nothing_is_under_way_shows_the_main_options() {
    Chat flo = chat(1);
    assertThat(flo.say("no")).isEqualTo("OK.");
    assertThat(flo.options()).isEqualTo(START);
  }
}
