package io.bookline.session;

import io.bookline.booking.DialogueState;
import io.bookline.booking.Offer;
import io.bookline.understanding.HistoryLine;
import io.bookline.understanding.Slots;

/**
 * About how much heap one session takes in the memory tier, for its weigher (ADR 0038). Object
 * sizes are those of a 64-bit JVM with compressed references and class pointers (12-byte headers,
 * 8-byte alignment; any heap under 32 GB), strings stored one byte a character when they are
 * Latin-1. It counts what a session holds alone (its strings, instants, lists and the cache's
 * entry), not what sessions share (enum constants, the role strings, empty lists). {@code
 * load-tests/heap-per-session.sh} prints it beside the measured figure.
 */
final class SessionFootprint {
  /**
   * Session, DialogueState, Slots, the expiry Instant, the history list, the cache's entry (its
   * node, the map's node, about 16 bytes of the map's table and the cache's frequency sketch).
   */
  static final int PER_SESSION = 56 + 56 + 40 + 24 + (24 + 16) + 48 + 32 + 16;

  /** A HistoryLine and its text's String, and its slot in the list; the text's bytes apart. */
  static final int PER_LINE = 24 + 24 + 4;

  /** An Offer, its four instants, its key's String, its slot in the list; the key's bytes apart. */
  static final int PER_OFFER = 40 + 4 * 24 + 24 + 4;

  private static final int BOXED = 16;
  private static final int DATE_OR_TIME = 24;
  private static final int LIST = 24 + 16;

  private SessionFootprint() {}

  static long bytes(Session s) {
    long total = PER_SESSION + string(s.key());
    for (HistoryLine line : s.history()) {
      total += PER_LINE + array(line.text());
    }
    return total + state(s.state());
  }

  private static long state(DialogueState d) {
    long total = string(d.customerName()) + (d.bookingId() == null ? 0 : BOXED);
    Slots slots = d.slots();
    total += slots.date() == null ? 0 : DATE_OR_TIME;
    total += slots.time() == null ? 0 : DATE_OR_TIME;
    total += (slots.serviceId() == null ? 0 : BOXED) + (slots.resourceId() == null ? 0 : BOXED);
    if (!d.choices().isEmpty()) {
      total += LIST + d.choices().size() * (BOXED + 4L);
    }
    if (!d.offers().isEmpty()) {
      total += LIST;
    }
    for (Offer o : d.offers()) {
      total += PER_OFFER + array(o.key());
    }
    return total + (d.pending() == null ? 0 : PER_OFFER + array(d.pending().key()));
  }

  /** A String object and its bytes; nothing for null. */
  private static long string(String s) {
    return s == null ? 0 : 24 + array(s);
  }

  /** The byte array behind a string: a 16-byte header and one or two bytes a character. */
  private static long array(String s) {
    if (s == null) {
      return 0;
    }
    long bytes = latin1(s) ? s.length() : 2L * s.length();
    return (16 + bytes + 7) & ~7L;
  }

  private static boolean latin1(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }
}
