package io.bookline.booking;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * A member of staff (or a chair), the services they can perform and their own working hours. With
 * no hours of its own a resource works whenever the business is open.
 */
public record Resource(long id, String name, Set<Long> serviceIds, List<OpeningInterval> hours) {
  public Resource {
    serviceIds = Set.copyOf(serviceIds);
    hours = List.copyOf(hours);
  }

  public Resource(long id, String name, Set<Long> serviceIds) {
    this(id, name, serviceIds, List.of());
  }

  /** This resource's windows on a weekday, or null when it follows the business hours. */
  List<OpeningInterval> hoursOn(DayOfWeek day) {
    if (hours.isEmpty()) {
      return null;
    }
    return hours.stream().filter(h -> h.day() == day).toList();
  }
}
