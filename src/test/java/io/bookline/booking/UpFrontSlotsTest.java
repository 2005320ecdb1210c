package io.bookline.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Everything the first message says is used: service, staff member, day, time or window, name. */
class UpFrontSlotsTest {
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
  void a_name_given_with_the_booking_is_not_asked_for_again() {
    Chat nora = chat(1);
    assertThat(nora.say("I'd like a gel manicure tomorrow at 2pm, my name is Nora Lee"))
        .isEqualTo(
            "Gel Manicure on Tue 24 Nov at 14:00 with Anna for Nora Lee, 35.00 EUR. Shall I book"
                + " it?");
    assertThat(nora.say("yes")).startsWith("Booked! Gel Manicure on Tue 24 Nov at 14:00");
    assertThat(port.name(1)).isEqualTo("Nora Lee");
  }

  @Test
  void a_name_before_the_booking_and_a_staff_member_both_count() {
    Chat jo = chat(1);
    assertThat(jo.say("Pedicure with Marta on Wednesday morning, I'm Jo"))
        .isEqualTo(
            "Free times for Pedicure on Wed 25 Nov in the morning with Marta: 09:00, 09:30, 10:00,"
                + " 10:45, 11:15, 11:45. Which time suits you?");
    assertThat(jo.say("the first one"))
        .isEqualTo(
            "Pedicure on Wed 25 Nov at 09:00 with Marta for Jo, 40.00 EUR. Shall I book it?");
  }

  @Test
  void a_misspelled_first_message_keeps_service_day_and_window() {
    Chat fay = chat(1);
    assertThat(fay.say("gel manicur on fridy aftr 3"))
        .startsWith("Free times for Gel Manicure on Fri 27 Nov after 15:00: 15:00,");
    Slots held = fay.state().slots();
    assertThat(held.serviceId()).isEqualTo(NailStudio.GEL);
    assertThat(held.date()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(held.time()).isEqualTo(LocalTime.of(15, 0));
    assertThat(held.qualifier()).isEqualTo(TimeQualifier.AFTER);
  }

  @Test
  void a_greeting_with_a_whole_booking_in_it_books_rather_than_greets() {
    assertThat(chat(1).say("Hi, pedicure tomorrow at 10"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 10:00 is free. What name should I put the booking under?");
  }

  @Test
  void the_new_time_said_when_moving_is_kept_while_asking_which_booking() {
    Chat gus = chat(1);
    BookFlowTest.book(gus, "basic manicure tomorrow at 10", "Gus");
    BookFlowTest.book(gus, "gel manicure thursday at 11", "Gus");
    assertThat(gus.say("move my appointment to Friday at 3"))
        .startsWith("Which appointment would you like to move? 1) Basic Manicure");
    assertThat(gus.say("the first one"))
        .isEqualTo(
            "Move your Basic Manicure from Tue 24 Nov at 10:00 to Fri 27 Nov at 15:00 with Anna?");
    assertThat(gus.say("yes"))
        .startsWith("Done! Your Basic Manicure is now on Fri 27 Nov at 15:00");
  }

  /** "Move it to 3pm" means 3pm on the booking's own day; another day said then changes it. */
  @Test
  void a_time_said_when_moving_without_a_day_keeps_the_bookings_day() {
    Chat gus = chat(1);
    BookFlowTest.book(gus, "basic manicure tomorrow at 10", "Gus");
    BookFlowTest.book(gus, "gel manicure thursday at 11", "Gus");
    gus.say("I need to move my appointment to 3pm");
    assertThat(gus.say("the second one"))
        .isEqualTo(
            "Move your Gel Manicure from Thu 26 Nov at 11:00 to Thu 26 Nov at 15:00 with Anna?");
    assertThat(gus.say("friday"))
        .isEqualTo(
            "Move your Gel Manicure from Thu 26 Nov at 11:00 to Fri 27 Nov at 15:00 with Anna?");
  }
}
