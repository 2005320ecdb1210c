package io.bookline.owner;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sites a business lets embed its web chat (ADR 0021): origins as a Content-Security-Policy
 * {@code frame-ancestors} source takes them, and nothing else, since they go into a header.
 */
public final class FrameAncestors {
  /** Most origins one business may list. */
  public static final int MAX = 10;

  /**
   * {@code https://salon.example}, {@code https://*.salon.example}, {@code http://localhost:3000}.
   */
  private static final Pattern ORIGIN =
      Pattern.compile(
          "https?://(\\*\\.)?[a-z0-9]([a-z0-9-]{0,62})(\\.[a-z0-9]([a-z0-9-]{0,62}))*(:[0-9]{1,5})?");

  private FrameAncestors() {}

  /** Adds a problem for each entry that is not an origin; returns the list lower-cased. */
  public static List<String> check(List<String> origins, Problems problems) {
    if (origins.size() > MAX) {
      problems.add("frameAncestors", "lists at most " + MAX + " sites");
    }
    for (int i = 0; i < origins.size(); i++) {
      String o = origins.get(i).strip().toLowerCase(Locale.ROOT);
      if (o.endsWith("/")) {
        o = o.substring(0, o.length() - 1);
      }
      if (!ORIGIN.matcher(o).matches()) {
        problems.add(
            "frameAncestors[" + i + "]",
            "'"
                + origins.get(i)
                + "' is not a site's origin; expected e.g. https://salon.example or"
                + " https://*.salon.example, without a path");
      }
    }
    return origins.stream()
        .map(o -> o.strip().toLowerCase(Locale.ROOT))
        .map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o)
        .distinct()
        .toList();
  }
}
