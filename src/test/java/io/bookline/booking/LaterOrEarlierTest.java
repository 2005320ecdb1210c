package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.understanding.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA chat review (offered times): "is there anything later?", "a bit earlier", "etwas später",
 * "¿más tarde?" while a time is offered or held ask for the free times later (earlier) than that
 * one, on its day: than the time picked at the name and the confirmation, than the last (first) of
 * the times offered at the time question. With nothing left that day, it is said so and the next
 * day's times are offered. In memory, Monday 23 Nov 2026, 08:00, the demo studio.
 */
class LaterOrEarlierTest {
  final InMemoryStudio studio = new InMemoryStudio();

  @Test
  void at_the_time_question_later_is_later_than_the_last_time_offered() {
    Chat ada = studio.chat(1);
    ada.say("pedicure tomorrow around 10:55");
    assertEquals(List.of("10:15", "10:30", "10:45", "11:00", "11:15", "11:30"), ada.options());
    assertEquals(
        "Free times for Pedicure on Tue 24 Nov after 11:30: 11:45, 12:45, 13:45, 15:00, 16:00,"
            + " 17:00. Which time suits you?",
        ada.say("is there anything later?"));
    assertEquals(
        "Pedicure on Tue 24 Nov at 12:45 is free. What name should I put the booking under?",
        ada.say("12:45"));
  }

  @Test
  void with_nothing_later_that_day_it_says_so_and_offers_the_next_days_times() {
    Chat bo = studio.chat(1);
    assertEquals(InMemoryStudio.PEDICURE_TIMES_ON_TUESDAY, bo.say("pedicure tomorrow"));
    assertEquals(
        "Nothing later than 17:00 is free on Tue 24 Nov. The next free day is Wed 25 Nov: 09:00,"
            + " 10:30, 12:15, 13:45, 15:30, 17:00. Which time suits you?",
        bo.say("anything later?"));
    assertEquals(
        "Pedicure on Wed 25 Nov at 10:30 is free. What name should I put the booking under?",
        bo.say("10:30"));
  }

  @Test
  void at_the_name_question_earlier_is_earlier_than_the_time_picked() {
    Chat cy = studio.chat(1);
    cy.say("pedicure tomorrow at 10");
    assertEquals(
        "Free times for Pedicure on Tue 24 Nov before 10:00: 09:00, 09:15, 09:30, 09:45. Which"
            + " time suits you?",
        cy.say("anything earlier?"));
    assertEquals(
        "Pedicure on Tue 24 Nov at 09:15 is free. What name should I put the booking under?",
        cy.say("09:15"));
    assertEquals(
        "Pedicure on Tue 24 Nov at 09:15 with Anna for Cy, 40.00 EUR. Shall I book it?",
        cy.say("Cy"));
  }

  @Test
  void at_the_confirmation_a_later_time_asked_for_books_nothing_and_offers_later_times() {
    Chat dee = studio.chat(1);
    dee.say("pedicure tomorrow at 10");
    dee.say("Dee");
    String later =
        "Free times for Pedicure on Tue 24 Nov after 10:00: 10:15, 11:30, 13:00, 14:15, 15:45,"
            + " 17:00. Which time suits you?";
    // "is there …" asks for a booking; at "Shall I book it?" it used to count as "book it".
    assertEquals(later, dee.say("is there anything later?"));
    assertTrue(studio.port.confirmed().isEmpty());
    dee.say("10:00");
    assertEquals(later, dee.say("no, later"));
    dee.say("10:00");
    assertEquals(later, dee.say("something later"));
    assertEquals(
        "Pedicure on Tue 24 Nov at 13:00 with Anna for Dee, 40.00 EUR. Shall I book it?",
        dee.say("13:00"));
    assertEquals(
        "Booked! Pedicure on Tue 24 Nov at 13:00 with Anna. See you then, Dee!", dee.say("yes"));
  }

  @Test
  void a_move_asks_for_an_earlier_time_than_the_new_one() {
    Chat gus = studio.chat(1);
    BookFlowTest.book(gus, "basic manicure tomorrow at 10", "Gus");
    assertEquals(
        "Move your Basic Manicure from Tue 24 Nov at 10:00 to Thu 26 Nov at 11:00 with Anna?",
        gus.say("can I reschedule to Thursday at 11?"));
    assertEquals(
        "Free times for Basic Manicure on Thu 26 Nov before 11:00: 09:00, 09:15, 09:45, 10:00,"
            + " 10:30, 10:45. Which time suits you?",
        gus.say("a bit earlier please"));
  }

  @Test
  void in_german_and_spanish_too() {
    Chat jonas = studio.chat(1).speaking(Language.DE);
    jonas.say("Pediküre morgen um 10");
    assertEquals(
        "Freie Termine für Pedicure am Dienstag, 24. November nach 10:00: 10:15, 11:30, 13:00,"
            + " 14:15, 15:45, 17:00. Welche Uhrzeit passt Ihnen?",
        jonas.say("etwas später"));
    Chat lucia = studio.chat(2).speaking(Language.ES);
    lucia.say("pedicura mañana a las 10");
    assertEquals(
        "Horas libres para Pedicure el martes 24 de noviembre antes de las 10:00: 09:00, 09:15,"
            + " 09:30, 09:45. ¿Qué hora te viene bien?",
        lucia.say("¿hay algo más temprano?"));
    Chat mia = studio.chat(3).speaking(Language.DE);
    mia.say("Pediküre morgen um 17 Uhr");
    assertEquals(
        "Am Dienstag, 24. November ist nach 17:00 nichts mehr frei. Der nächste freie Tag ist"
            + " Mittwoch, 25. November: 09:00, 10:30, 12:15, 13:45, 15:30, 17:00. Welche Uhrzeit"
            + " passt Ihnen?",
        mia.say("gibt es was Späteres?"));
  }

  @Test
  void with_no_time_offered_or_held_there_is_nothing_to_be_later_than() {
    Chat eve = studio.chat(1);
    eve.say("pedicure");
    assertEquals("Sorry, I didn't catch that. Which day would you like?", eve.say("later?"));
  }
}
