package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.understanding.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * QA chat review 2, F18 and F14: what is a name at "What name should I put the booking under?", and
 * how a wrong one is corrected. Names of up to seven words with particles, hyphens, apostrophes and
 * titles are taken; a word typed all in lower case gets its capital, particles stay as typed. A
 * phrase about the booking ("it's for my mom", "same as last time") is no name and the question is
 * asked again. "no, the name is Eva" at "Shall I book it?" changes the name and asks again, with
 * the same time. Today is Monday 23 Nov 2026.
 */
class NamesTest {
  static final String ASK_AGAIN =
      "Sorry, I didn't catch that. What name should I put the booking under?";

  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  Chat atNameStep() {
    Chat c = new Chat(dialogue, NailStudio.catalog(), port, () -> now, 1);
    assertEquals(
        "Gel Manicure on Tue 24 Nov at 10:00 is free. What name should I put the booking under?",
        c.say("gel manicure tomorrow at 10"));
    return c;
  }

  static String confirmation(String name) {
    return "Gel Manicure on Tue 24 Nov at 10:00 with Anna for "
        + name
        + ", 35.00 EUR. Shall I book it?";
  }

  @ParameterizedTest
  @ValueSource(strings = {"it's for my mom", "I'd rather not say", "same as last time", "me llamo"})
  void a_phrase_at_the_name_step_is_no_name(String said) {
    Chat c = atNameStep();
    assertEquals(ASK_AGAIN, c.say(said));
    assertEquals(null, c.state().customerName());
    assertEquals(confirmation("Eva"), c.say("Eva"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "María José García de la Vega|María José García de la Vega",
        "Zoë Anne-Marie Lefèvre-Castellanos de la Vega|Zoë Anne-Marie Lefèvre-Castellanos de la Vega",
        "Dr. Schmidt|Dr. Schmidt",
        "Frau Meier|Frau Meier",
        "Sr. García|Sr. García",
        "Sam, thanks|Sam",
        "Lucía de la Vega|Lucía de la Vega",
        "Jan van der Berg|Jan van der Berg",
        "jan van der berg|Jan van der Berg",
        "anne-marie o'neil|Anne-Marie O'Neil",
        "Ahmad bin Ali|Ahmad bin Ali",
        "my name is María José García de la Vega|María José García de la Vega",
        "Will|Will"
      })
  void long_and_compound_names_are_taken_as_typed(String said, String name) {
    assertEquals(confirmation(name), atNameStep().say(said));
  }

  @Test
  void a_name_said_at_the_confirmation_changes_the_name_and_keeps_the_time() {
    Chat c = atNameStep();
    assertEquals(confirmation("Ann"), c.say("Ann"));
    assertEquals(confirmation("Eva"), c.say("no, the name is Eva"));
    assertEquals(confirmation("Ida"), c.say("change the name to Ida"));
    assertEquals(confirmation("Bea"), c.say("under Bea"));
    assertEquals(
        "Booked! Gel Manicure on Tue 24 Nov at 10:00 with Anna. See you then, Bea!", c.say("yes"));
    assertEquals("Bea", port.name(1));
  }

  @Test
  void a_returning_customer_puts_a_booking_under_another_name() {
    Chat c = atNameStep();
    c.say("Ana");
    c.say("yes");
    assertEquals(
        "Gel Manicure on Tue 24 Nov at 12:00 with Marta for Ana, 35.00 EUR. Shall I book it?",
        c.say("gel manicure tuesday at 12"));
    assertEquals(
        "Gel Manicure on Tue 24 Nov at 12:00 with Marta for Eva, 35.00 EUR. Shall I book it?",
        c.say("no, put it under Eva this time"));
  }

  @Test
  void in_german_and_spanish_too() {
    Chat jonas = new Chat(dialogue, NailStudio.catalog(), port, () -> now, 2);
    jonas.speaking(Language.DE);
    jonas.say("Gel-Maniküre morgen um 10");
    assertEquals(
        "Gel Manicure am Dienstag, 24. November um 10:00 bei Anna für Eva, 35,00 €. Soll ich"
            + " das buchen?",
        jonas.say("Eva"));
    assertEquals("Ida", nameAfter(jonas, "nein, auf den Namen Ida"));
    assertEquals("Lucía de la Vega", nameAfter(jonas, "der Name ist Lucía de la Vega"));
    Chat lucia = new Chat(dialogue, NailStudio.catalog(), port, () -> now, 3);
    lucia.speaking(Language.ES);
    lucia.say("manicura de gel mañana a las 10");
    lucia.say("Lucía");
    assertEquals(
        "Gel Manicure el martes 24 de noviembre a las 10:00 con Anna a nombre de Eva, 35,00 €."
            + " ¿Te lo reservo?",
        lucia.say("no, a nombre de Eva"));
    assertEquals("Ida", nameAfter(lucia, "el nombre es Ida"));
  }

  private static String nameAfter(Chat c, String said) {
    c.say(said);
    assertEquals(Step.CONFIRM, c.state().awaiting());
    return c.state().customerName();
  }
}
