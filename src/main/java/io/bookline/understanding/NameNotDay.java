package io.bookline.understanding;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A short weekday right after the customer introduces themselves is their name: "ich bin Di", "I'm
 * Mo", "soy Lu", "mein Name ist Do". Read as Tuesday, "maniküre in zwei wochen am montag um 10, ich
 * bin Di" named three days, and the Monday of that week was lost for the day two weeks on.
 */
final class NameNotDay {
  private NameNotDay() {}

  private static final Pattern INTRODUCED =
      Pattern.compile(
          "(?:^|[^\\p{L}])(?:ich bin(?: die| der)?|bin die|bin der|ich heiße|ich heisse|heiße"
              + "|mein name ist|i'm|i’m|i am|im|my name is|soy|me llamo|mi nombre es)\\s+$");

  /** Whether the text before {@code at} ends with words that introduce a name. */
  static boolean after(String raw, int at) {
    return INTRODUCED.matcher(raw.substring(0, at).toLowerCase(Locale.ROOT)).find();
  }
}
