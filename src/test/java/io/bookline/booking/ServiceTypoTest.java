package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.understanding.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA chat review: "pedicrue" while a Basic Manicure is held switched the service without a word. A
 * service found only through a typo (or a cut-off word) that is not the one held is asked about;
 * its exact name, typed or tapped, switches as before. In memory, Monday 23 Nov 2026, 08:00.
 */
class ServiceTypoTest {
  final InMemoryStudio studio = new InMemoryStudio();

  @Test
  void a_typo_of_another_service_is_asked_about_and_its_name_switches() {
    Chat ada = studio.chat(1);
    ada.say("basic manicure tomorrow");
    assertEquals(
        "Which service would you like: Pedicure instead, or Basic Manicure as before?",
        ada.say("pedicrue"));
    assertEquals(List.of("Pedicure", "Basic Manicure"), ada.options());
    assertEquals(NailStudio.BASIC, ada.state().slots().serviceId());
    assertEquals(InMemoryStudio.PEDICURE_TIMES_ON_TUESDAY, ada.say("Pedicure"));
  }

  @Test
  void keeping_the_service_held_offers_its_times_again() {
    Chat bo = studio.chat(1);
    bo.say("basic manicure tomorrow at 10");
    assertEquals(
        "Which service would you like: Gel Manicure instead, or Basic Manicure as before?",
        bo.say("gel manicrue"));
    assertEquals(
        "Basic Manicure on Tue 24 Nov at 10:00 is free. What name should I put the booking under?",
        bo.say("Basic Manicure"));
  }

  @Test
  void the_exact_name_of_another_service_switches_at_once() {
    Chat cy = studio.chat(1);
    cy.say("basic manicure tomorrow");
    assertEquals(InMemoryStudio.PEDICURE_TIMES_ON_TUESDAY, cy.say("pedicure"));
    assertEquals(
        "Free times for Gel Manicure on Tue 24 Nov: 09:00, 10:45, 12:15, 14:00, 15:30, 17:15."
            + " Which time suits you?",
        cy.say("gel"));
  }

  @Test
  void a_typo_with_no_service_held_is_taken_as_before() {
    assertEquals(InMemoryStudio.PEDICURE_TIMES_ON_TUESDAY, studio.chat(1).say("pedicrue tomorrow"));
  }

  @Test
  void at_the_confirmation_a_typo_books_nothing_and_a_yes_asks_to_confirm_again() {
    Chat dee = studio.chat(1);
    dee.say("basic manicure tomorrow at 10");
    dee.say("Dee");
    assertEquals(
        "Which service would you like: Pedicure instead, or Basic Manicure as before?",
        dee.say("pedicrue"));
    assertEquals(
        "Basic Manicure on Tue 24 Nov at 10:00 with Anna for Dee, 25.00 EUR. Shall I book it?",
        dee.say("yes"));
    assertTrue(studio.port.confirmed().isEmpty());
  }

  @Test
  void in_german_and_spanish_too() {
    Chat jonas = studio.chat(1).speaking(Language.DE);
    jonas.say("Basic Manicure morgen");
    assertEquals(
        "Welche Leistung möchten Sie: stattdessen Pedicure oder wie bisher Basic Manicure?",
        jonas.say("Pedicrue"));
    Chat lucia = studio.chat(2).speaking(Language.ES);
    lucia.say("Basic Manicure mañana");
    assertEquals(
        "¿Qué servicio quieres: Pedicure en su lugar, o Basic Manicure como hasta ahora?",
        lucia.say("pedicrue"));
  }
}
