package io.bookline.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small things said wrong (QA chat review, finding 13): the reason a day is closed said twice, and
 * the offered times losing their days when asked again.
 */
class SaidOnceTest {
  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  Chat chat(long customer) {
    return new Chat(dialogue, NailStudio.catalog(), port, () -> now, customer);
  }

  @Test
  void a_closure_added_before_the_yes_is_said_once() {
    Chat h1 = chat(1);
    h1.say("basic manicure on 25 december at 10");
    h1.say("Hanna Berg");
    h1.catalog(
        NailStudio.catalog(
            false,
            List.of(
                new Closure(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 26), "Christmas"))));
    String reply = h1.say("yes");
    assertThat(reply)
        .startsWith("We're closed on Fri 25 Dec (Christmas). The next free day is Mon 28 Dec:");
    assertThat(reply.split("closed", -1)).hasSize(2);
  }

  @Test
  void offered_times_on_several_days_keep_their_days_when_asked_again() {
    BookFlowTest.book(chat(2), "basic manicure tomorrow at 10", "Ann");
    BookFlowTest.book(chat(3), "basic manicure tomorrow at 10", "Bea");
    Chat ro1 = chat(1);
    ro1.say("basic manicure tomorrow at 10");
    List<String> days =
        List.of(
            "Tue 24 Nov at 09:15",
            "Tue 24 Nov at 09:30",
            "Tue 24 Nov at 10:30",
            "Wed 25 Nov at 10:00");
    assertEquals(days, ro1.options());
    assertEquals("Sorry, I didn't catch that. Which time would you like?", ro1.say("hmm"));
    assertEquals(days, ro1.options());
    ro1.say("where are you?");
    assertEquals(days, ro1.options());
    assertThat(ro1.say("Wed 25 Nov at 10:00"))
        .startsWith("Basic Manicure on Wed 25 Nov at 10:00 is free.");
  }

  @Test
  void offered_times_on_one_day_stay_times_when_asked_again() {
    Chat ro2 = chat(1);
    ro2.say("basic manicure tomorrow afternoon");
    List<String> shown = ro2.options();
    assertThat(shown).allMatch(o -> o.matches("\\d\\d:\\d\\d"));
    ro2.say("hmm");
    assertEquals(shown, ro2.options());
  }
}
