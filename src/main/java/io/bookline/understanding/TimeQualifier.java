package io.bookline.understanding;

/** How a stated time constrains the slot: "at 4", "after 4", "before 4", "around 4". */
public enum TimeQualifier {
  AT,
  AFTER,
  BEFORE,
  AROUND
}
