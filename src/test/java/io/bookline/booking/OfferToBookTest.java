package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.understanding.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "You have no upcoming appointments to change. Would you like to book one?": a yes starts the
 * booking, a no leaves (QA chat review, finding 11).
 */
class OfferToBookTest {
  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  Chat chat(Language language) {
    return new Chat(dialogue, NailStudio.catalog(), port, () -> now, 1).speaking(language);
  }

  @Test
  void yes_to_the_offer_to_book_starts_a_booking() {
    Chat nb1 = chat(Language.EN);
    assertEquals(
        "You have no upcoming appointments to change. Would you like to book one?",
        nb1.say("cancel my appointment"));
    assertEquals(
        "Which service would you like? Basic Manicure (30 min, 25.00 EUR); Gel Manicure (45 min,"
            + " 35.00 EUR); Pedicure (60 min, 40.00 EUR).",
        nb1.say("yes"));
    assertEquals(Goal.BOOK, nb1.state().goal());
    assertEquals(List.of("Basic Manicure", "Gel Manicure", "Pedicure"), nb1.options());
  }

  @Test
  void yes_please_after_a_reschedule_with_nothing_booked_starts_one_too() {
    Chat nb2 = chat(Language.EN);
    nb2.say("I want to reschedule");
    assertEquals(Goal.BOOK, goalAfter(nb2, "yes please"));
    Chat nb3 = chat(Language.EN);
    nb3.say("cancel my appointment");
    assertEquals("Which day would you like your Pedicure?", nb3.say("yes, a pedicure"));
  }

  @Test
  void no_to_the_offer_changes_nothing() {
    Chat nb4 = chat(Language.EN);
    nb4.say("cancel my appointment");
    assertEquals("OK.", nb4.say("no"));
    assertEquals(Goal.NONE, nb4.state().goal());
  }

  @Test
  void spanish_si_starts_the_booking() {
    Chat es2 = chat(Language.ES);
    assertEquals(
        "No tienes citas próximas que cambiar. ¿Quieres reservar una?",
        es2.say("quiero cancelar mi cita"));
    es2.say("sí");
    assertEquals(Goal.BOOK, es2.state().goal());
    assertEquals(Step.SERVICE, es2.state().awaiting());
  }

  private static Goal goalAfter(Chat chat, String text) {
    chat.say(text);
    return chat.state().goal();
  }
}
