package io.bookline.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Before the next question the bot says what it understood from the message, so a misreading shows
 * at once; it does not repeat what the question itself names, and says nothing new when nothing new
 * was said.
 */
class RecapTest {
  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  Chat chat() {
    return new Chat(dialogue, NailStudio.catalog(), port, () -> now, 1);
  }

  @Test
  void an_exact_time_that_is_free_is_said_before_asking_the_name() {
    assertThat(chat().say("gel manicure on friday at 2pm"))
        .isEqualTo(
            "Gel Manicure on Fri 27 Nov at 14:00 is free. What name should I put the booking"
                + " under?");
  }

  @Test
  void a_day_and_time_without_a_service_are_said_before_asking_the_service() {
    Chat ada = chat();
    assertThat(ada.say("friday at 2pm"))
        .isEqualTo(
            "Got it: Fri 27 Nov at 14:00. Which service would you like? Basic Manicure (30 min,"
                + " 25.00 EUR); Gel Manicure (45 min, 35.00 EUR); Pedicure (60 min, 40.00 EUR).");
    assertThat(ada.options()).isEqualTo(List.of("Basic Manicure", "Gel Manicure", "Pedicure"));
  }

  @Test
  void a_service_and_time_without_a_day_are_said_before_asking_the_day() {
    Chat bea = chat();
    assertThat(bea.say("pedicure after 4pm with Marta"))
        .isEqualTo("Got it: Pedicure after 16:00 with Marta. Which day would you like?");
    assertThat(bea.options()).isEqualTo(List.of("Today", "Tomorrow", "Wednesday", "Thursday"));
  }

  @Test
  void a_question_that_names_the_service_is_not_preceded_by_it_again() {
    assertThat(chat().say("pedicure")).isEqualTo("Which day would you like your Pedicure?");
  }

  @Test
  void the_offer_of_free_times_names_service_day_and_window() {
    assertThat(chat().say("basic manicure wednesday morning"))
        .startsWith("Free times for Basic Manicure on Wed 25 Nov in the morning: 09:00,");
    assertThat(chat().say("basic manicure wednesday around 3:10pm"))
        .startsWith("Free times for Basic Manicure on Wed 25 Nov around 15:10: 14:30,");
  }

  @Test
  void a_time_picked_from_the_offer_is_said_back() {
    Chat cy = chat();
    cy.say("pedicure tomorrow");
    assertThat(cy.say("the third one"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 12:15 is free. What name should I put the booking under?");
  }

  @Test
  void nothing_is_said_back_when_the_message_changed_nothing() {
    Chat di = chat();
    di.say("gel manicure on friday at 2pm");
    assertThat(di.say("what are your opening hours?"))
        .isEqualTo(
            "We're open Mon–Fri 09:00–18:00, Sat 10:00–14:00, Sun closed. What name should I put"
                + " the booking under?");
  }
}
