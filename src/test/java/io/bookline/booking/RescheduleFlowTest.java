package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Moving a booking, in memory. */
class RescheduleFlowTest {
  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();
  Chat gus = new Chat(dialogue, NailStudio.catalog(), port, () -> now, 1);

  @Test
  void the_only_booking_moves_to_the_time_said_up_front_and_keeps_its_id() {
    BookFlowTest.book(gus, "basic manicure tomorrow at 10", "Gus");
    long id = port.confirmed().get(0).id();
    assertEquals(
        "Move your Basic Manicure from Tue 24 Nov at 10:00 to Thu 26 Nov at 11:00 with Anna?",
        gus.say("can I reschedule to Thursday at 11?"));
    assertEquals(
        "Done! Your Basic Manicure is now on Thu 26 Nov at 11:00 with Anna.", gus.say("yes"));
    var moved = port.confirmed();
    assertEquals(1, moved.size());
    assertEquals(id, moved.get(0).id());
    assertEquals(
        OffsetDateTime.parse("2026-11-26T11:00:00+01:00").toInstant(), moved.get(0).slot().start());
  }

  @Test
  void step_by_step_the_new_time_may_overlap_the_old_one_of_the_same_booking() {
    BookFlowTest.book(gus, "basic manicure tomorrow at 10", "Gus");
    BookFlowTest.book(
        new Chat(dialogue, NailStudio.catalog(), port, () -> now, 2),
        "basic manicure tomorrow at 10:15",
        "Hal");
    assertEquals(
        "Your Basic Manicure on Tue 24 Nov at 10:00 with Anna. Which day would you like to move it"
            + " to?",
        gus.say("I'd like to reschedule my appointment"));
    assertEquals(
        "Move your Basic Manicure from Tue 24 Nov at 10:00 to Tue 24 Nov at 10:15 with Anna?",
        gus.say("tomorrow at 10:15"));
    assertEquals(
        "Done! Your Basic Manicure is now on Tue 24 Nov at 10:15 with Anna.", gus.say("yes"));
  }

  @Test
  void which_booking_is_asked_by_day_and_time_and_never_shows_an_id() {
    BookFlowTest.book(gus, "basic manicure tomorrow at 10", "Gus");
    BookFlowTest.book(gus, "gel manicure friday at 3pm", "Gus");
    List<String> ids = port.confirmed().stream().map(b -> String.valueOf(b.id())).toList();
    assertEquals(
        "Which appointment would you like to move? 1) Basic Manicure on Tue 24 Nov at 10:00 with"
            + " Anna; 2) Gel Manicure on Fri 27 Nov at 15:00 with Anna.",
        gus.say("reschedule"));
    List<String> labels = List.of("Tue 24 Nov 10:00", "Fri 27 Nov 15:00");
    assertEquals(labels, gus.options());
    // A question in between, then the same question again: the same labels, not the ids.
    assertEquals(
        "We're open Mon–Fri 09:00–18:00, Sat 10:00–14:00, Sun closed. Which appointment would you"
            + " like to move?",
        gus.say("what are your opening hours?"));
    assertEquals(labels, gus.options());
    for (String id : ids) {
      assertFalse(gus.options().contains(id), "option " + id + " is a booking id");
    }
    // Tapping a label picks that booking; its day and time are not the new ones.
    assertEquals(
        "Your Gel Manicure on Fri 27 Nov at 15:00 with Anna. Which day would you like to move it"
            + " to?",
        gus.say("Fri 27 Nov 15:00"));
    assertEquals(
        "Move your Gel Manicure from Fri 27 Nov at 15:00 to Thu 26 Nov at 14:00 with Anna?",
        gus.say("thursday at 2pm"));
  }

  @Test
  void picking_by_number_then_a_question_returns_to_the_new_time() {
    BookFlowTest.book(gus, "basic manicure tomorrow at 10", "Gus");
    BookFlowTest.book(gus, "gel manicure friday at 3pm", "Gus");
    gus.say("reschedule");
    gus.say("the first one");
    assertEquals(
        "Free times for Basic Manicure on Wed 25 Nov: 09:00, 10:45, 12:30, 14:00, 15:45, 17:30."
            + " Which time suits you?",
        gus.say("wednesday"));
    assertEquals(
        "The Basic Manicure is 25.00 EUR (30 min). Which time would you like?",
        gus.say("how much is it?"));
    assertEquals(List.of("09:00", "10:45", "12:30", "14:00", "15:45", "17:30"), gus.options());
  }

  @Test
  void with_nothing_booked_there_is_nothing_to_move() {
    assertEquals(
        "You have no upcoming appointments to change. Would you like to book one?",
        gus.say("reschedule my appointment"));
    assertEquals(List.of("Book an appointment"), gus.options());
    assertEquals(Goal.NONE, gus.state().goal());
  }
}
