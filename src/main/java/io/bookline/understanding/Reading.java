package io.bookline.understanding;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One reading of one customer message: a proposal, never a decision. Every field but {@code intent}
 * may be null (not said). Service and resource ids refer to the catalog the reading was made
 * against; the dialogue checks them again.
 *
 * @param intent what the message asks for
 * @param serviceId the catalog service named, if any
 * @param date the day named, in the business's calendar
 * @param time the clock time named, business local time
 * @param qualifier how {@code time} constrains the slot (at, after, before, around)
 * @param partOfDay a window named instead of, or as well as, a time
 * @param resourceId the staff member named, if any
 * @param personName the customer's own name, when they gave it
 * @param choice a 1-based pick from a list just offered ("the second one")
 * @param source which understanding produced this ("rules" or "llm")
 */
public record Reading(
    Intent intent,
    Long serviceId,
    LocalDate date,
    LocalTime time,
    TimeQualifier qualifier,
    PartOfDay partOfDay,
    Long resourceId,
    String personName,
    Integer choice,
    String source) {

  public static Reading nothing(String source) {
    return new Reading(Intent.NONE, null, null, null, null, null, null, null, null, source);
  }

  public boolean hasSlots() {
    return serviceId != null
        || date != null
        || time != null
        || partOfDay != null
        || resourceId != null
        || personName != null;
  }

  public Reading withIntent(Intent newIntent) {
    return new Reading(
        newIntent,
        serviceId,
        date,
        time,
        qualifier,
        partOfDay,
        resourceId,
        personName,
        choice,
        source);
  }
}
