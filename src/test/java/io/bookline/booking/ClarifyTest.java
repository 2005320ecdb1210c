package io.bookline.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A date or time the understanding could not place is asked about, never guessed, and an earlier
 * value is not kept against it. Monday 23 Nov 2026, 08:00.
 */
class ClarifyTest {
  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  Chat chat() {
    return new Chat(dialogue, NailStudio.catalog(), port, () -> now, 1);
  }

  @Test
  void a_span_of_days_asks_which_day_and_the_answer_goes_on() {
    Chat ann = chat();
    assertThat(ann.say("gel manicure next week"))
        .isEqualTo(
            "Got it: Gel Manicure. \"next week\" covers more than one day. Which day would suit"
                + " you?");
    assertThat(ann.state().awaiting()).isEqualTo(Step.DATE);
    assertThat(ann.state().slots().date()).isNull();
    assertThat(ann.say("tuesday the 1st")).startsWith("Free times for Gel Manicure on Tue 1 Dec:");
  }

  @Test
  void a_weekday_that_does_not_match_its_date_is_asked_about() {
    assertThat(chat().say("gel manicure on Wednesday the 27th"))
        .isEqualTo(
            "Got it: Gel Manicure. \"Wednesday the 27th\": that weekday and that date don't match."
                + " Which day do you mean?");
  }

  @Test
  void a_day_the_calendar_does_not_have_is_asked_about() {
    assertThat(chat().say("pedicure on 31 february"))
        .isEqualTo(
            "Got it: Pedicure. There is no \"31 february\" in the calendar. Which day do you"
                + " mean?");
  }

  @Test
  void two_days_at_once_ask_which_one_named_as_the_bot_names_days() {
    assertThat(chat().say("friday or saturday"))
        .isEqualTo("Which would you prefer: Fri 27 Nov or Sat 28 Nov?");
  }

  @Test
  void two_times_at_once_offer_both_when_free_and_keep_the_rest_of_the_wish() {
    Chat cy = chat();
    // Both are candidates (ADR 0109): offered, one button each, rather than asked back as said.
    assertThat(cy.say("pedicure tomorrow at 3 or 4"))
        .endsWith("15:00 and 16:00 are both free. Which would you prefer?");
    assertThat(cy.options()).containsExactly("15:00", "16:00");
    assertThat(cy.state().slots().date()).isNotNull();
    assertThat(cy.state().slots().time()).isNull();
  }

  @Test
  void a_time_that_is_no_clock_time_is_asked_about_and_the_times_shown_stay() {
    Chat bo = chat();
    bo.say("pedicure tomorrow");
    List<String> shown = bo.options();
    assertThat(bo.say("at 25:00"))
        .isEqualTo("\"25:00\" is not a time of day. Which time would you like?");
    assertThat(bo.options()).isEqualTo(shown);
    assertThat(bo.say("the first one")).startsWith("Pedicure on Tue 24 Nov at 09:00 is free.");
  }

  @Test
  void a_vague_time_is_asked_about() {
    assertThat(chat().say("basic manicure today in a few minutes"))
        .isEqualTo(
            "Got it: Basic Manicure on Mon 23 Nov. Which time exactly do you mean by \"a few"
                + " minutes\"?");
  }

  @Test
  void a_day_held_from_before_is_dropped_when_the_customer_names_one_that_cannot_be_placed() {
    Chat cy = chat();
    cy.say("pedicure friday at 11");
    assertThat(cy.say("actually next week"))
        .isEqualTo("\"next week\" covers more than one day. Which day would suit you?");
    assertThat(cy.state().slots().date()).isNull();
    assertThat(cy.state().pending()).isNull();
  }

  @Test
  void a_move_to_a_span_of_days_asks_which_day() {
    Chat di = chat();
    BookFlowTest.book(di, "basic manicure tomorrow at 10", "Di");
    assertThat(di.say("move my appointment to next week"))
        .isEqualTo(
            "Your Basic Manicure on Tue 24 Nov at 10:00 with Anna. \"next week\" covers more than"
                + " one day. Which day would suit you?");
  }

  @Test
  void a_reading_that_places_the_day_is_taken_as_it_is() {
    Reading model =
        new Reading(
            Intent.BOOK,
            Slots.NONE.withService(NailStudio.PEDICURE).withDate(LocalDate.of(2026, 11, 24)),
            null,
            null,
            "llm");
    assertThat(chat().read(model)).startsWith("Free times for Pedicure on Tue 24 Nov:");
  }
}
