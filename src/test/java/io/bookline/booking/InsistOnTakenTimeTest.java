package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.understanding.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * QA chat review 2, F16: Thursday at 15:00 is taken and one of the times offered instead is Friday
 * at 15:00. A customer who insists on "thursday at 3pm" means Thursday: the day named is kept, the
 * time is still taken and that is said again, never Friday's 15:00 picked silently. Today is Monday
 * 23 Nov 2026; Anna and Marta both have a pedicure on Thursday 26 Nov at 15:00.
 */
class InsistOnTakenTimeTest {
  static final String TAKEN =
      "Pedicure on Thu 26 Nov at 15:00 is already taken. The nearest free times: Thu 26 Nov at"
          + " 13:45, Thu 26 Nov at 14:00, Thu 26 Nov at 16:00, Fri 27 Nov at 15:00. Which time"
          + " suits you?";

  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  InsistOnTakenTimeTest() {
    for (long other = 10; other < 12; other++) {
      Chat taker = chat(other);
      taker.say("pedicure thursday at 3pm, my name is Ann");
      taker.say("yes");
    }
  }

  Chat chat(long customer) {
    return new Chat(dialogue, NailStudio.catalog(), port, () -> now, customer);
  }

  @Test
  void the_day_named_again_is_still_taken_not_the_offer_at_that_time_on_another_day() {
    Chat ada = chat(1);
    assertEquals(TAKEN, ada.say("pedicure thursday at 3pm"));
    assertEquals(TAKEN, ada.say("thursday at 3pm"));
    assertEquals(TAKEN, ada.say("I really need thursday at 15:00"));
    assertEquals(null, ada.state().pending());
  }

  @Test
  void a_day_named_with_an_offered_time_picks_that_days_offer() {
    Chat bo = chat(1);
    bo.say("pedicure thursday at 3pm");
    assertEquals(
        "Pedicure on Fri 27 Nov at 15:00 is free. What name should I put the booking under?",
        bo.say("friday at 3pm"));
    Chat cy = chat(2);
    cy.say("pedicure thursday at 3pm");
    assertEquals(
        "Pedicure on Thu 26 Nov at 14:00 is free. What name should I put the booking under?",
        cy.say("thursday at 2pm"));
  }

  @Test
  void the_taken_day_named_after_the_other_days_offer_was_picked_is_not_that_offer() {
    Chat dee = chat(1);
    dee.say("pedicure thursday at 3pm");
    // A bare time picks the one offer at that time, Friday's, and the reply names its day.
    dee.say("3pm");
    assertEquals(TAKEN, dee.say("thursday at 3pm"));
    Chat ed = chat(2);
    ed.say("pedicure thursday at 3pm");
    ed.say("3pm");
    assertEquals(
        "Pedicure on Fri 27 Nov at 15:00 with Anna for Ed, 40.00 EUR. Shall I book it?",
        ed.say("Ed"));
    assertEquals(TAKEN, ed.say("no, thursday at 3pm"));
  }

  @Test
  void in_german_too() {
    Chat jonas = chat(1).speaking(Language.DE);
    String taken =
        "Pedicure am Donnerstag, 26. November um 15:00 ist leider schon vergeben. Die nächsten"
            + " freien Termine: Donnerstag, 26. November um 13:45, Donnerstag, 26. November um"
            + " 14:00, Donnerstag, 26. November um 16:00, Freitag, 27. November um 15:00. Welche"
            + " Uhrzeit passt Ihnen?";
    assertEquals(taken, jonas.say("Pediküre Donnerstag um 15 Uhr"));
    assertEquals(taken, jonas.say("Donnerstag um 15 Uhr"));
  }
}
