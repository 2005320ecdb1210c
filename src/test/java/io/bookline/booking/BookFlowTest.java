package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Booking, in memory: the whole conversation with every reply word for word. */
class BookFlowTest {
  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  Chat chat(long customer) {
    return chat(customer, NailStudio.catalog());
  }

  Chat chat(long customer, Catalog catalog) {
    return new Chat(dialogue, catalog, port, () -> now, customer);
  }

  @Test
  void a_booking_said_in_one_message_asks_the_name_then_confirms_and_books() {
    Chat lia = chat(1);
    assertEquals(
        "Basic Manicure on Tue 24 Nov at 10:00 is free. What name should I put the booking under?",
        lia.say("basic manicure tomorrow at 10"));
    assertEquals(
        "Basic Manicure on Tue 24 Nov at 10:00 with Anna for Lia, 25.00 EUR. Shall I book it?",
        lia.say("Lia"));
    assertEquals(List.of("Yes", "No"), lia.options());
    assertEquals(
        "Booked! Basic Manicure on Tue 24 Nov at 10:00 with Anna. See you then, Lia!",
        lia.say("yes"));
    assertEquals(1, port.confirmed().size());
    assertEquals(port.confirmed().get(0).id(), lia.lastBooking());
    assertEquals("Lia", port.name(1));
    assertEquals(Goal.NONE, lia.state().goal());
    assertEquals("Lia", lia.state().customerName());
  }

  @Test
  void step_by_step_it_asks_service_then_day_then_offers_spread_times() {
    Chat ned = chat(1);
    assertEquals(
        "Which service would you like? Basic Manicure (30 min, 25.00 EUR); Gel Manicure (45 min,"
            + " 35.00 EUR); Pedicure (60 min, 40.00 EUR).",
        ned.say("I'd like to book an appointment"));
    assertEquals(List.of("Basic Manicure", "Gel Manicure", "Pedicure"), ned.options());
    assertEquals("Which day would you like your Pedicure?", ned.say("pedicure"));
    assertEquals(List.of("Today", "Tomorrow", "Wednesday", "Thursday"), ned.options());
    assertEquals(
        "Free times for Pedicure on Tue 24 Nov: 09:00, 10:30, 12:15, 13:45, 15:30, 17:00. Which"
            + " time suits you?",
        ned.say("tomorrow"));
    assertEquals(
        "Pedicure on Tue 24 Nov at 10:30 is free. What name should I put the booking under?",
        ned.say("the second one"));
    assertEquals(
        "Pedicure on Tue 24 Nov at 10:30 with Anna for Ned, 40.00 EUR. Shall I book it?",
        ned.say("Ned"));
    // QA chat review, finding 13: "book it" asked the same question again.
    assertEquals(
        "Booked! Pedicure on Tue 24 Nov at 10:30 with Anna. See you then, Ned!",
        ned.say("book it"));
  }

  @Test
  void a_taken_time_offers_the_nearest_and_the_same_time_another_day() {
    book(chat(2), "basic manicure tomorrow at 10", "Ann");
    book(chat(3), "basic manicure tomorrow at 10", "Bea");
    Chat cat = chat(1);
    assertEquals(
        "Basic Manicure on Tue 24 Nov at 10:00 is already taken. The nearest free times: Tue 24 Nov"
            + " at 09:15, Tue 24 Nov at 09:30, Tue 24 Nov at 10:30, Wed 25 Nov at 10:00. Which time"
            + " suits you?",
        cat.say("basic manicure tomorrow at 10"));
    assertEquals(
        List.of(
            "Tue 24 Nov at 09:15",
            "Tue 24 Nov at 09:30",
            "Tue 24 Nov at 10:30",
            "Wed 25 Nov at 10:00"),
        cat.options());
  }

  @Test
  void a_time_taken_between_offer_and_yes_offers_whoever_is_free_then() {
    Chat dan = chat(1);
    dan.say("gel manicure friday at 3pm");
    assertEquals(
        "Gel Manicure on Fri 27 Nov at 15:00 with Anna for Dan, 35.00 EUR. Shall I book it?",
        dan.say("Dan"));
    book(chat(2), "gel manicure friday at 3pm", "Eve");
    assertEquals(
        "Sorry, Anna was just taken at 15:00, but Marta is free then. Gel Manicure on Fri 27 Nov"
            + " at 15:00 with Marta for Dan, 35.00 EUR. Shall I book it?",
        dan.say("yes"));
    assertEquals(
        "Booked! Gel Manicure on Fri 27 Nov at 15:00 with Marta. See you then, Dan!",
        dan.say("yes"));
    assertEquals(2, port.confirmed().size());
  }

  @Test
  void when_nobody_is_free_any_more_it_says_so_and_offers_the_nearest() {
    Chat dan = chat(1);
    dan.say("gel manicure friday at 3pm");
    dan.say("Dan");
    book(chat(2), "gel manicure friday at 3pm", "Eve");
    book(chat(3), "gel manicure friday at 3pm", "Fay");
    assertEquals(
        "Sorry, Fri 27 Nov at 15:00 was just taken. The nearest free times: Fri 27 Nov at 14:00,"
            + " Fri 27 Nov at 14:15, Fri 27 Nov at 15:45, Mon 30 Nov at 15:00. Which time suits"
            + " you?",
        dan.say("yes"));
    assertNull(dan.lastBooking());
    assertEquals(Step.TIME, dan.state().awaiting());
  }

  @Test
  void no_at_the_confirmation_changes_nothing_and_offers_the_times_again() {
    Chat gus = chat(1);
    gus.say("pedicure friday");
    gus.say("the first one");
    assertEquals(
        "Pedicure on Fri 27 Nov at 09:00 with Anna for Gus, 40.00 EUR. Shall I book it?",
        gus.say("Gus"));
    assertEquals(
        "No problem, nothing is changed yet. Pick another time, or say \"start over\". Free times"
            + " for Pedicure on Fri 27 Nov: 09:15, 10:45, 12:15, 14:00, 15:30, 17:00. Which time"
            + " suits you?",
        gus.say("no"));
    assertEquals(Step.TIME, gus.state().awaiting());
    assertNull(gus.state().pending());
    assertEquals(0, port.all().size());
  }

  @Test
  void a_closed_day_says_why_and_offers_the_next_open_one() {
    assertEquals(
        "We're closed on Sundays. The next free day is Mon 30 Nov: 09:00, 10:45, 12:30, 14:00,"
            + " 15:45, 17:30. Which time suits you?",
        chat(1).say("basic manicure on sunday"));
    Catalog closed =
        NailStudio.catalog(
            false,
            List.of(
                new Closure(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 28), "training")));
    Chat hal = chat(2, closed);
    assertEquals(
        "We're closed on Fri 27 Nov (training). The next free day is Mon 30 Nov: 15:00, 15:30,"
            + " 16:00, 16:30, 17:00, 17:30. Which time suits you?",
        hal.say("basic manicure friday after 3pm"));
    assertEquals(LocalDate.of(2026, 11, 30), hal.state().slots().date());
  }

  @Test
  void days_in_the_past_or_beyond_the_horizon_are_refused_with_the_reason() {
    Chat ivy = chat(1);
    Reading yesterday =
        new Reading(
            Intent.BOOK,
            Slots.NONE.withService(NailStudio.BASIC).withDate(LocalDate.of(2026, 11, 22)),
            null,
            null,
            "llm");
    assertEquals("Sun 22 Nov has already passed. Which day would you like?", ivy.read(yesterday));
    assertEquals(Step.DATE, ivy.state().awaiting());
    Reading farAway =
        new Reading(Intent.BOOK, Slots.NONE.withDate(LocalDate.of(2027, 3, 1)), null, null, "llm");
    assertEquals(
        "We take bookings up to 60 days ahead, until Fri 22 Jan. Which day would you like?",
        ivy.read(farAway));
    assertNull(ivy.state().slots().date());
  }

  @Test
  void a_business_that_asks_for_staff_offers_them_and_anyone_means_anyone() {
    Chat jo = chat(1, NailStudio.catalog(true, List.of()));
    assertEquals(
        "Who would you like for your Pedicure? Anna, Marta, or anyone free.", jo.say("pedicure"));
    assertEquals(List.of("Anna", "Marta", "Anyone"), jo.options());
    assertEquals("Which day would you like your Pedicure?", jo.say("no preference"));
    assertEquals(
        "Free times for Pedicure on Tue 24 Nov: 09:00, 10:30, 12:15, 13:45, 15:30, 17:00. Which"
            + " time suits you?",
        jo.say("tomorrow"));
    assertEquals(true, jo.state().anyResource());
    Chat kim = chat(2, NailStudio.catalog(true, List.of()));
    assertEquals(
        "Got it: Pedicure on Tue 24 Nov. Who would you like? Anna, Marta, or anyone free.",
        kim.say("pedicure tomorrow"));
    assertEquals(
        "Free times for Pedicure on Tue 24 Nov with Marta: 09:00, 10:30, 12:15, 13:45, 15:30,"
            + " 17:00. Which time suits you?",
        kim.say("Marta please"));
  }

  @Test
  void a_correction_keeps_what_still_holds_and_start_over_and_stop_drop_it() {
    Chat lou = chat(1);
    lou.say("basic manicure tomorrow at 10");
    lou.say("Lou");
    assertEquals(
        "Basic Manicure on Tue 24 Nov at 17:00 with Anna for Lou, 25.00 EUR. Shall I book it?",
        lou.say("no, make it 5pm"));
    assertEquals(
        "We're open only 10:00–14:00 on Sat 28 Nov, not at 17:00. The nearest free times: Sat 28"
            + " Nov at 13:00, Sat 28 Nov at 13:15, Sat 28 Nov at 13:30, Mon 30 Nov at 17:00. Which"
            + " time suits you?",
        lou.say("actually Saturday"));
    assertEquals(
        "Let's start over. Which service would you like? Basic Manicure (30 min, 25.00 EUR); Gel"
            + " Manicure (45 min, 35.00 EUR); Pedicure (60 min, 40.00 EUR).",
        lou.say("start over"));
    assertEquals("OK, nothing changed.", lou.say("stop"));
    assertEquals(
        List.of("Book an appointment", "Prices", "Opening hours", "My appointments"),
        lou.options());
    assertEquals("OK.", lou.say("stop"));
    assertEquals(0, port.all().size());
  }

  @Test
  void an_offer_that_went_stale_is_checked_again_before_booking() {
    Chat max = chat(1);
    max.say("basic manicure today at 10:30");
    max.say("Max");
    now = now.plus(Duration.ofHours(1)); // 09:00 now: 10:30 is within the two hours' notice
    String reply = max.say("yes");
    assertEquals(
        "Bookings must be made at least 2 hours ahead. The nearest free times: Mon 23 Nov at"
            + " 11:00, Mon 23 Nov at 11:15, Mon 23 Nov at 11:30, Tue 24 Nov at 10:30. Which time"
            + " suits you?",
        reply);
    assertEquals(0, port.all().size());
    assertEquals(LocalTime.of(10, 30), max.state().slots().time());
  }

  static void book(Chat chat, String request, String name) {
    String r = chat.say(request);
    if (r.endsWith("What name should I put the booking under?")) {
      chat.say(name);
    }
    String done = chat.say("yes");
    if (!done.startsWith("Booked!")) {
      throw new AssertionError("could not book '" + request + "': " + done);
    }
  }
}
