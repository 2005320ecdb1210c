package io.bookline.understanding;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What a customer wants, slot by slot: the same six fields whether a message proposes them ({@link
 * Reading}) or the conversation has settled them (the booking dialogue's state). Every field may be
 * null (not said, not known). Service and resource ids refer to the business's catalog.
 *
 * @param serviceId the catalog service named
 * @param date the day, in the business's calendar
 * @param time the clock time, business local time
 * @param qualifier how {@code time} constrains the slot (at, after, before, around)
 * @param partOfDay a window named instead of, or as well as, a time
 * @param resourceId the staff member named
 */
public record Slots(
    Long serviceId,
    LocalDate date,
    LocalTime time,
    TimeQualifier qualifier,
    PartOfDay partOfDay,
    Long resourceId) {

  /** Nothing said yet. */
  public static final Slots NONE = new Slots(null, null, null, null, null, null);

  /** Whether no slot is filled; a qualifier alone says nothing without its time. */
  public boolean isEmpty() {
    return serviceId == null
        && date == null
        && time == null
        && partOfDay == null
        && resourceId == null;
  }

  public Slots withService(Long id) {
    return new Slots(id, date, time, qualifier, partOfDay, resourceId);
  }

  public Slots withDate(LocalDate d) {
    return new Slots(serviceId, d, time, qualifier, partOfDay, resourceId);
  }

  /** A clock time and how it constrains the slot; both null forget the time. */
  public Slots withTime(LocalTime t, TimeQualifier q) {
    return new Slots(serviceId, date, t, q, partOfDay, resourceId);
  }

  public Slots withPartOfDay(PartOfDay p) {
    return new Slots(serviceId, date, time, qualifier, p, resourceId);
  }

  public Slots withResource(Long id) {
    return new Slots(serviceId, date, time, qualifier, partOfDay, id);
  }
}
