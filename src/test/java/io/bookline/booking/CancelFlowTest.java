package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cancelling, in memory. */
class CancelFlowTest {
  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();
  Chat fay = new Chat(dialogue, NailStudio.catalog(), port, () -> now, 1);

  @Test
  void yes_cancels_the_only_booking_and_frees_its_time() {
    BookFlowTest.book(fay, "basic manicure tomorrow at 10", "Fay");
    assertEquals(
        "Cancel your Basic Manicure on Tue 24 Nov at 10:00 with Anna?",
        fay.say("I need to cancel my appointment"));
    assertEquals(List.of("Yes", "No"), fay.options());
    assertEquals(
        "Cancelled your Basic Manicure on Tue 24 Nov at 10:00 with Anna. Hope to see you another"
            + " time!",
        fay.say("yes"));
    assertEquals(List.of("Book an appointment"), fay.options());
    assertEquals(List.of(), port.confirmed());
  }

  @Test
  void with_several_it_asks_which_and_no_keeps_it() {
    BookFlowTest.book(fay, "basic manicure tomorrow at 10", "Fay");
    BookFlowTest.book(fay, "gel manicure friday at 3pm", "Fay");
    assertEquals(
        "Which appointment would you like to cancel? 1) Basic Manicure on Tue 24 Nov at 10:00 with"
            + " Anna; 2) Gel Manicure on Fri 27 Nov at 15:00 with Anna.",
        fay.say("cancel please"));
    assertEquals(List.of("Tue 24 Nov 10:00", "Fri 27 Nov 15:00"), fay.options());
    assertEquals(
        "Cancel your Gel Manicure on Fri 27 Nov at 15:00 with Anna?", fay.say("the second one"));
    assertEquals("OK, I've kept your appointment.", fay.say("no"));
    assertEquals(2, port.confirmed().size());
    assertEquals(
        "Cancel your Gel Manicure on Fri 27 Nov at 15:00 with Anna?",
        fay.say("cancel my gel manicure"));
  }

  @Test
  void anything_but_yes_or_no_asks_again_and_a_question_in_between_returns_to_it() {
    BookFlowTest.book(fay, "basic manicure tomorrow at 10", "Fay");
    fay.say("cancel");
    assertEquals(
        "Shall I cancel your Basic Manicure on Tue 24 Nov at 10:00 with Anna? Please answer yes or"
            + " no.",
        fay.say("tomorrow"));
    assertEquals(
        "Demo Nail Studio is at Torstraße 1, 10119 Berlin. Shall I still cancel your Basic Manicure"
            + " on Tue 24 Nov at 10:00 with Anna?",
        fay.say("where are you?"));
  }

  @Test
  void a_booking_cancelled_meanwhile_is_not_cancelled_twice() {
    BookFlowTest.book(fay, "basic manicure tomorrow at 10", "Fay");
    fay.say("cancel");
    port.cancel(port.confirmed().get(0).id(), 1, "by the business");
    assertEquals("That appointment was already cancelled.", fay.say("yes"));
  }

  @Test
  void cancel_mid_booking_with_nothing_booked_stops_the_booking() {
    fay.say("pedicure on friday");
    assertEquals("OK, nothing changed.", fay.say("cancel"));
    assertEquals(Goal.NONE, fay.state().goal());
  }

  @Test
  void with_nothing_booked_there_is_nothing_to_cancel() {
    assertEquals(
        "You have no upcoming appointments to change. Would you like to book one?",
        fay.say("cancel my appointment"));
  }
}
