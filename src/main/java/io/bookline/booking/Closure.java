package io.bookline.booking;

import java.time.LocalDate;

/** Days the business is closed, inclusive (holidays, vacations). */
public record Closure(LocalDate firstDay, LocalDate lastDay, String reason) {
  public boolean covers(LocalDate day) {
    return !day.isBefore(firstDay) && !day.isAfter(lastDay);
  }
}
