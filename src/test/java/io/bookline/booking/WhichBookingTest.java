package io.bookline.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Language;
import io.bookline.understanding.Reading;
import io.bookline.understanding.Slots;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Which appointment would you like to cancel?" never traps the customer: another goal switches, a
 * list in between asks the same question again, a yes that picks nothing says how to pick, and two
 * appointments at the same time get buttons that tell them apart (QA chat review, finding 10).
 */
class WhichBookingTest {
  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();
  Chat mc1 = new Chat(dialogue, NailStudio.catalog(), port, () -> now, 1);

  static final String LIST =
      "1) Basic Manicure on Tue 24 Nov at 10:00 with Anna; 2) Pedicure on Fri 27 Nov at 11:00"
          + " with Anna.";

  void twoBookings() {
    BookFlowTest.book(mc1, "basic manicure tomorrow at 10", "Mia");
    BookFlowTest.book(mc1, "pedicure friday at 11", "Mia");
    assertEquals(
        "Which appointment would you like to cancel? " + LIST, mc1.say("cancel my appointment"));
  }

  @Test
  void the_list_in_between_asks_again_which_one_not_yes_or_no() {
    twoBookings();
    assertEquals(
        "Your upcoming appointments: Basic Manicure on Tue 24 Nov at 10:00 with Anna; Pedicure on"
            + " Fri 27 Nov at 11:00 with Anna. Which appointment would you like to cancel?",
        mc1.say("my appointments"));
    assertEquals(List.of("Tue 24 Nov 10:00", "Fri 27 Nov 11:00"), mc1.options());
  }

  @Test
  void a_yes_that_picks_nothing_says_how_to_pick() {
    twoBookings();
    assertEquals(
        "Sorry, I couldn't tell which one you mean. Please tap one, or tell me its number, service"
            + " or day: "
            + LIST,
        mc1.say("yes"));
    assertEquals(List.of("Tue 24 Nov 10:00", "Fri 27 Nov 11:00"), mc1.options());
    assertEquals("Cancel your Pedicure on Fri 27 Nov at 11:00 with Anna?", mc1.say("the pedicure"));
  }

  @Test
  void move_instead_switches_to_moving_the_booking_named() {
    twoBookings();
    // "move my manicure to monday at 11", as the parser reads it once it knows "move my <service>"
    Reading move =
        new Reading(
            Intent.RESCHEDULE,
            new Slots(
                NailStudio.BASIC,
                LocalDate.of(2026, 11, 30),
                LocalTime.of(11, 0),
                null,
                null,
                null),
            null,
            null,
            "rules");
    assertEquals(
        "Move your Basic Manicure from Tue 24 Nov at 10:00 to Mon 30 Nov at 11:00 with Anna?",
        mc1.read(move));
    assertEquals(Goal.RESCHEDULE, mc1.state().goal());
  }

  @Test
  void a_new_booking_asked_for_instead_starts_it() {
    twoBookings();
    assertThat(mc1.say("book a gel manicure on thursday at 2pm"))
        .isEqualTo(
            "Gel Manicure on Thu 26 Nov at 14:00 with Anna for Mia, 35.00 EUR. Shall I book it?");
    assertEquals(Goal.BOOK, mc1.state().goal());
    assertEquals(2, port.confirmed().size());
  }

  @Test
  void two_appointments_at_the_same_time_get_buttons_with_their_service() {
    BookFlowTest.book(mc1, "pedicure tomorrow at 10", "Mia");
    BookFlowTest.book(mc1, "gel manicure tomorrow at 10", "Mia");
    BookFlowTest.book(mc1, "basic manicure friday at 11", "Mia");
    mc1.say("cancel my appointment");
    assertEquals(
        List.of(
            "Pedicure on Tue 24 Nov 10:00", "Gel Manicure on Tue 24 Nov 10:00", "Fri 27 Nov 11:00"),
        mc1.options());
    assertEquals(
        "Cancel your Gel Manicure on Tue 24 Nov at 10:00 with Marta?",
        mc1.say("Gel Manicure on Tue 24 Nov 10:00"));
  }

  @Test
  void german_buttons_for_the_same_time_name_the_service_too() {
    Chat mb1 = new Chat(dialogue, NailStudio.catalog(), port, () -> now, 2);
    BookFlowTest.book(mb1, "pedicure monday at 4:30pm", "Eva");
    BookFlowTest.book(mb1, "gel manicure monday at 4:30pm", "Eva");
    mb1.speaking(Language.DE);
    mb1.say("ich möchte meinen Termin absagen");
    assertEquals(
        List.of(
            "Pedicure am Montag, 23. November, 16:30 Uhr",
            "Gel Manicure am Montag, 23. November, 16:30 Uhr"),
        mb1.options());
    assertEquals(
        "Möchten Sie Gel Manicure am Montag, 23. November um 16:30 bei Marta absagen?",
        mb1.say("Gel Manicure am Montag, 23. November, 16:30 Uhr"));
  }
}
