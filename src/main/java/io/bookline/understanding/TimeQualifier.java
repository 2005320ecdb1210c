package io.bookline.understanding;

/**
 * How a stated time constrains the slot: "at 4", "after 4", "before 4", "around 4", and "I work
 * until 4" ({@link #PAST}).
 */
public enum TimeQualifier {
  AT,
  AFTER,
  BEFORE,
  AROUND,
  /**
   * Only after the time, never at it: "I work till 3 so anytime after" (the customer is still at
   * work at 3:00, ADR 0109).
   */
  PAST
}
