package io.bookline.booking;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A business and its booking rules.
 *
 * @param minNotice how far ahead a booking must start (default 2 h)
 * @param horizonDays how many days ahead a booking may start (default 60)
 * @param slotInterval the grid start times are offered on (default 15 min)
 * @param askForResource whether the customer is asked which staff member they want
 * @param changeNotice how late before its start a customer may still cancel or move a booking in
 *     the chat (0: until it starts); the owner is not bound by it
 * @param dailyTokenBudget the model tokens the business's conversations may spend a day before they
 *     are understood by the rules only; null: no limit
 */
public record Business(
    long id,
    String slug,
    String name,
    ZoneId zone,
    Locale locale,
    String currency,
    String address,
    Duration minNotice,
    int horizonDays,
    Duration slotInterval,
    boolean askForResource,
    Duration changeNotice,
    Long dailyTokenBudget) {

  /** A business without a token budget. */
  public Business(
      long id,
      String slug,
      String name,
      ZoneId zone,
      Locale locale,
      String currency,
      String address,
      Duration minNotice,
      int horizonDays,
      Duration slotInterval,
      boolean askForResource,
      Duration changeNotice) {
    this(
        id,
        slug,
        name,
        zone,
        locale,
        currency,
        address,
        minNotice,
        horizonDays,
        slotInterval,
        askForResource,
        changeNotice,
        null);
  }
}
