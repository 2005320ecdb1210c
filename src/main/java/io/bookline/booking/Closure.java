package io.bookline.booking;

import java.time.LocalDate;

/**
 * Days the business is closed, inclusive (holidays, vacations), or with a resource one staff
 * member's leave: then only that person does not work those days.
 */
public record Closure(LocalDate firstDay, LocalDate lastDay, String reason, Long resourceId) {
  /** A closure of the whole business. */
  public Closure(LocalDate firstDay, LocalDate lastDay, String reason) {
    this(firstDay, lastDay, reason, null);
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }

  /** Whether the whole business closes, not one person. */
  public boolean wholeBusiness() {
    return resourceId == null;
  }
}
