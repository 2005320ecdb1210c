package io.bookline.understanding;

import java.util.List;

/**
 * What a message names besides the slots it fills: a service or a staff member the business does
 * not have, and further services asked for in the same breath. The dialogue answers these rather
 * than letting them pass unheard.
 *
 * @param unknownService the customer's words for a kind of service the catalog has none of
 *     ("haircuts", "cortes de pelo"), as written; null when none
 * @param moreServices catalog services named after the first one ("manicure and pedicure"), in the
 *     order named; the reading's service is the first
 * @param unknownStaff a name the customer asked to be booked with that is no staff member's ("with
 *     Sarah"), as written; null when none
 */
public record Mentions(String unknownService, List<Long> moreServices, String unknownStaff) {
  public static final Mentions NONE = new Mentions(null, List.of(), null);

  public Mentions {
    moreServices = moreServices == null ? List.of() : List.copyOf(moreServices);
  }

  public boolean isEmpty() {
    return unknownService == null && moreServices.isEmpty() && unknownStaff == null;
  }
}
