package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.understanding.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Are you open on 24 December?" is answered for that day: closed (with the closure's reason) or
 * that day's hours; without a day, the week's hours (QA chat review, finding 4).
 */
class HoursOnDayTest {
  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();
  Catalog catalog =
      NailStudio.catalog(
          false,
          List.of(
              new Closure(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26), "Christmas"),
              new Closure(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 8), "Staff training"),
              new Closure(LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31), " ")));

  Chat chat(Language language) {
    return new Chat(dialogue, catalog, port, () -> now, 1).speaking(language);
  }

  @Test
  void a_closure_on_the_day_asked_is_said_with_its_reason() {
    Chat h2 = chat(Language.EN);
    assertEquals("We're closed on Thu 24 Dec (Christmas).", h2.say("are you open on december 24"));
    assertEquals("We're closed on Tue 8 Dec (Staff training).", h2.say("hours on dec 8?"));
    assertEquals("We're closed on Thu 31 Dec.", h2.say("are you open on december 31?"));
  }

  @Test
  void an_open_day_gets_its_own_hours_and_a_closed_weekday_says_closed() {
    Chat h6 = chat(Language.EN);
    assertEquals("On Tue 24 Nov we're open 09:00–18:00.", h6.say("are you open tomorrow?"));
    assertEquals("On Sat 28 Nov we're open 10:00–14:00.", h6.say("are you open on saturday?"));
    assertEquals("We're closed on Sun 29 Nov.", h6.say("are you open on sunday?"));
  }

  @Test
  void without_a_day_the_weekly_hours_are_said() {
    assertEquals(
        "We're open Mon–Fri 09:00–18:00, Sat 10:00–14:00, Sun closed.",
        chat(Language.EN).say("what are your opening hours?"));
  }

  @Test
  void german_and_spanish_answer_for_the_day_too() {
    Chat h3 = chat(Language.DE);
    assertEquals(
        "Am Donnerstag, 24. Dezember haben wir geschlossen (Christmas).",
        h3.say("habt ihr am 24.12. offen?"));
    assertEquals(
        "Am Samstag, 28. November haben wir 10:00–14:00 geöffnet.",
        h3.say("habt ihr am samstag offen?"));
    Chat h4 = chat(Language.ES);
    assertEquals(
        "El jueves 24 de diciembre estamos cerrados (Christmas).",
        h4.say("¿abren el 24 de diciembre?"));
    assertEquals("El martes 24 de noviembre abrimos de 09:00 a 18:00.", h4.say("¿abren mañana?"));
  }
}
