package io.bookline.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bookline.understanding.Language;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * "How much is a gel manicure?" then "ok book it for Tuesday": the service just asked about is the
 * one booked (QA chat review, finding 12).
 */
class AskedServiceCarriesTest {
  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  Chat chat(Language language) {
    return new Chat(dialogue, NailStudio.catalog(), port, () -> now, 1).speaking(language);
  }

  @Test
  void book_it_after_a_price_question_books_that_service() {
    Chat pb1 = chat(Language.EN);
    assertEquals("Gel Manicure (45 min, 35.00 EUR).", pb1.say("how much is a gel manicure?"));
    assertEquals(
        "Gel Manicure on Tue 24 Nov at 16:30 is free. What name should I put the booking under?",
        pb1.say("ok book it for tuesday at 4:30pm"));
  }

  @Test
  void one_after_a_price_question_means_that_service() {
    Chat pb2 = chat(Language.EN);
    pb2.say("how much is a pedicure");
    assertEquals(
        "Pedicure on Wed 25 Nov at 10:00 is free. What name should I put the booking under?",
        pb2.say("great, can i get one on wednesday at 10"));
  }

  @Test
  void another_service_named_wins_over_the_one_asked_about() {
    Chat pb3 = chat(Language.EN);
    pb3.say("how much is a pedicure");
    assertThat(pb3.say("book a basic manicure on wednesday at 10"))
        .startsWith("Basic Manicure on Wed 25 Nov at 10:00 is free.");
  }

  @Test
  void the_whole_price_list_settles_no_service() {
    Chat pb4 = chat(Language.EN);
    pb4.say("what are your prices?");
    assertThat(pb4.say("book it for tuesday at 4:30pm"))
        .startsWith("Got it: Tue 24 Nov at 16:30. Which service would you like?");
  }

  @Test
  void spanish_reservarla_after_a_price_question_books_that_service() {
    Chat es1 = chat(Language.ES);
    es1.say("cuánto cuesta la manicura de gel?");
    assertThat(es1.say("vale, quiero reservarla el próximo martes a las cuatro y media"))
        .startsWith("Gel Manicure el martes");
  }
}
