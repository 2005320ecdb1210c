package io.bookline.booking;

import java.time.Instant;

/**
 * The demo studio ({@link NailStudio}) in memory, as the dialogue tests talk to it: one booking
 * port and one dialogue for all its customers, and a clock at Monday 23 Nov 2026, 08:00 that a test
 * may move by setting {@link #now}. Build one per test: {@code final InMemoryStudio studio = new
 * InMemoryStudio();}.
 */
final class InMemoryStudio {
  /** What the studio says to "pedicure tomorrow" on Monday: Tuesday's Pedicure times. */
  static final String PEDICURE_TIMES_ON_TUESDAY =
      "Free times for Pedicure on Tue 24 Nov: 09:00, 10:30, 12:15, 13:45, 15:30, 17:00. Which"
          + " time suits you?";

  Instant now = NailStudio.MONDAY_8AM;
  final InMemoryBookingPort port = new InMemoryBookingPort();
  private final BookingDialogue dialogue = new BookingDialogue();

  /** A new chat with {@code customer}, who talks to the studio as it is then. */
  Chat chat(long customer) {
    return new Chat(dialogue, NailStudio.catalog(), port, () -> now, customer);
  }
}
