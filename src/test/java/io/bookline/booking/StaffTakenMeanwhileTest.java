package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.bookline.understanding.Language;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recap a customer says yes to names a staff member; when that one was taken meanwhile and
 * another is free then, the customer is asked again rather than booked with someone else silently
 * (QA chat review, finding 9).
 */
class StaffTakenMeanwhileTest {
  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  Chat chat(long customer) {
    return new Chat(dialogue, NailStudio.catalog(), port, () -> now, customer);
  }

  @Test
  void the_staff_member_confirmed_taken_meanwhile_asks_again_with_the_one_free() {
    Chat ov1 = chat(1);
    Chat ov2 = chat(2);
    ov1.say("pedicure tomorrow 9am");
    ov2.say("pedicure tomorrow 9am");
    ov1.say("Maria Lopez");
    ov1.say("yes");
    assertEquals(
        "Pedicure on Tue 24 Nov at 09:00 with Anna for Maria Lopez, 40.00 EUR. Shall I book it?",
        ov2.say("Maria Lopez"));
    assertEquals(
        "Sorry, Anna was just taken at 09:00, but Marta is free then. Pedicure on Tue 24 Nov at"
            + " 09:00 with Marta for Maria Lopez, 40.00 EUR. Shall I book it?",
        ov2.say("yes"));
    assertNull(ov2.lastBooking());
    assertEquals(1, port.confirmed().size());
    assertEquals(List.of("Yes", "No"), ov2.options());
    assertEquals(
        "Booked! Pedicure on Tue 24 Nov at 09:00 with Marta. See you then, Maria Lopez!",
        ov2.say("yes"));
    assertEquals(
        List.of(NailStudio.ANNA, NailStudio.MARTA),
        port.confirmed().stream().map(b -> b.slot().resourceId()).toList());
  }

  @Test
  void a_move_to_a_staff_member_taken_meanwhile_asks_again_too() {
    Chat mo = chat(1);
    BookFlowTest.book(mo, "basic manicure friday at 11", "Mo");
    mo.say("reschedule my appointment to thursday at 3pm");
    BookFlowTest.book(chat(2), "basic manicure thursday at 3pm", "Eve");
    assertEquals(
        "Sorry, Anna was just taken at 15:00, but Marta is free then. Move your Basic Manicure"
            + " from Fri 27 Nov at 11:00 to Thu 26 Nov at 15:00 with Marta instead of Anna?",
        mo.say("yes"));
    assertEquals(
        "Done! Your Basic Manicure is now on Thu 26 Nov at 15:00 with Marta.", mo.say("yes"));
  }

  @Test
  void german_and_spanish_say_it_in_their_words() {
    Chat de1 = chat(1).speaking(Language.DE);
    de1.say("Pediküre morgen um 9");
    de1.say("Maria");
    BookFlowTest.book(chat(2), "pedicure tomorrow 9am", "Eve");
    assertEquals(
        "Tut mir leid, Anna ist um 09:00 gerade vergeben worden, aber Marta hat dann Zeit."
            + " Pedicure am Dienstag, 24. November um 09:00 bei Marta für Maria, 40,00 €. Soll ich"
            + " das buchen?",
        de1.say("ja"));
    Chat es1 = chat(3).speaking(Language.ES);
    es1.say("pedicura mañana a las 10");
    es1.say("Lucía");
    BookFlowTest.book(chat(4), "pedicure tomorrow 10am", "Eve");
    assertEquals(
        "Lo siento, acaban de reservar a Marta a las 10:00, pero Anna está libre a esa hora."
            + " Pedicure el martes 24 de noviembre a las 10:00 con Anna a nombre de Lucía, 40,00"
            + " €. ¿Te lo reservo?",
        es1.say("sí"));
  }
}
