package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.understanding.Language;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * QA chat review: "no, tuesday" while another day is discussed. The rule: a weekday said alone
 * while a day is under discussion is that weekday of the discussed day's week (Monday to Sunday);
 * if that one has passed, the first one from today. "next Tuesday", "this Tuesday", "Tuesday the
 * 8th" say which one themselves and are read as before. Today is Wednesday 25 Nov 2026.
 */
class WeekdayCorrectionTest {
  Instant now = Instant.parse("2026-11-25T08:00:00Z");
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  Chat chat(long customer) {
    return new Chat(dialogue, NailStudio.catalog(), port, () -> now, customer);
  }

  @Test
  void a_weekday_said_while_a_later_weeks_day_is_discussed_is_that_weeks() {
    Chat ada = chat(1);
    assertEquals(
        "Free times for Pedicure on Fri 11 Dec: 09:00, 10:30, 12:15, 13:45, 15:30, 17:00. Which"
            + " time suits you?",
        ada.say("pedicure on friday december 11"));
    assertEquals(
        "Free times for Pedicure on Tue 8 Dec: 09:00, 10:30, 12:15, 13:45, 15:30, 17:00. Which"
            + " time suits you?",
        ada.say("no, tuesday"));
    assertEquals(LocalDate.of(2026, 12, 8), ada.state().slots().date());
    ada.say("what about sunday?");
    // Sunday of that week; closed, so the next open day is offered.
    assertEquals(LocalDate.of(2026, 12, 14), ada.state().slots().date());
  }

  @Test
  void a_weekday_of_this_week_that_has_passed_is_next_weeks() {
    Chat bo = chat(1);
    bo.say("pedicure friday");
    assertEquals(LocalDate.of(2026, 11, 27), bo.state().slots().date());
    bo.say("no, tuesday");
    assertEquals(LocalDate.of(2026, 12, 1), bo.state().slots().date());
    bo.say("thursday");
    assertEquals(LocalDate.of(2026, 12, 3), bo.state().slots().date());
  }

  @Test
  void a_time_held_moves_with_the_day_corrected() {
    Chat cy = chat(1);
    cy.say("gel manicure on dec 11 at 10");
    assertEquals(
        "Gel Manicure on Tue 8 Dec at 10:00 is free. What name should I put the booking under?",
        cy.say("what about tuesday?"));
  }

  @Test
  void a_weekday_that_says_which_one_is_read_as_said() {
    Chat dee = chat(1);
    dee.say("pedicure on friday december 11");
    dee.say("no, next tuesday");
    assertEquals(LocalDate.of(2026, 12, 1), dee.state().slots().date());
    dee.say("friday december 11");
    dee.say("this tuesday");
    assertEquals(LocalDate.of(2026, 12, 1), dee.state().slots().date());
  }

  @Test
  void in_german_and_spanish_too() {
    Chat jonas = chat(1).speaking(Language.DE);
    jonas.say("Pediküre am 11. Dezember");
    assertEquals(LocalDate.of(2026, 12, 11), jonas.state().slots().date());
    jonas.say("lieber Dienstag");
    assertEquals(LocalDate.of(2026, 12, 8), jonas.state().slots().date());
    Chat lucia = chat(2).speaking(Language.ES);
    lucia.say("pedicura el 11 de diciembre");
    assertEquals(LocalDate.of(2026, 12, 11), lucia.state().slots().date());
    lucia.say("mejor el martes");
    assertEquals(LocalDate.of(2026, 12, 8), lucia.state().slots().date());
  }
}
