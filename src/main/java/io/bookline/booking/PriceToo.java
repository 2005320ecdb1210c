package io.bookline.booking;

import io.bookline.understanding.Intent;
import io.bookline.understanding.Reading;
import java.util.Optional;

/**
 * "and thursday? how much is it?", "und Donnerstag? was kostet das?", "¿y el jueves? ¿cuánto
 * cuesta?" while a booking is set up: the day goes on with the booking, and the price asked with it
 * is said first, never dropped (ADR 0092). A price question alone is {@link AskFlow}'s.
 */
final class PriceToo {
  private PriceToo() {}

  /** Says the price line when the reading asks a price beside a day or time for the booking. */
  static void say(Turn t, Reading r) {
    if (r.intent() != Intent.ASK_PRICE || t.state().goal() != Goal.BOOK) {
      return;
    }
    if (r.date() == null && r.time() == null && r.partOfDay() == null) {
      return;
    }
    Long id = r.serviceId() != null ? r.serviceId() : t.state().slots().serviceId();
    Optional<Service> service = t.catalog().service(id);
    service.ifPresent(s -> t.say("list.sentence", t.phrases().priceOf(s)));
  }
}
