package io.bookline.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A customer booking a second appointment at a time they already have one (QA chat review, finding
 * 8): it may be meant (a manicure and a pedicure side by side), so the confirmation says so and the
 * customer decides.
 */
class OwnOverlapTest {
  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  @Test
  void the_confirmation_mentions_an_appointment_the_customer_already_has_then() {
    Chat eva = new Chat(dialogue, NailStudio.catalog(), port, () -> now, 7);
    eva.say("pedicure tomorrow at 16:30");
    eva.say("Eva Klein");
    assertThat(eva.say("yes")).startsWith("Booked!");

    // The name is known now: the recap comes at once.
    String recap = eva.say("gel manicure tomorrow at 16:30");
    assertThat(recap)
        .startsWith("Just so you know: you already have Pedicure at 16:30 then.")
        .endsWith("Shall I book it?");
    assertThat(eva.say("yes")).startsWith("Booked!");

    // Another time, or another customer at the same time: nothing to mention.
    assertThat(eva.say("basic manicure tomorrow at 9")).doesNotContain("already have");
    Chat other = new Chat(dialogue, NailStudio.catalog(), port, () -> now, 8);
    assertThat(other.say("basic manicure tomorrow at 16:30")).doesNotContain("already have");
    assertThat(other.say("Ola")).doesNotContain("already have");
  }
}
