package io.bookline.understanding;

import java.util.Set;
import java.util.regex.Matcher;

/** The words a rule captured by name, read as the {@link Resolver}s need them. */
final class Captures {
  private final Matcher m;
  private final Set<String> names;

  Captures(Matcher m, Set<String> names) {
    this.m = m;
    this.names = names;
  }

  boolean has(String name) {
    return names.contains(name) && m.group(name) != null;
  }

  /** The captured symbol, or null. */
  String captured(String name) {
    return has(name) ? m.group(name).strip() : null;
  }

  /** The number in a captured symbol: "~21", "#21", "D4", "M3" and "21" all give their digits. */
  int number(String name) {
    String s = captured(name);
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        n = n * 10 + (c - '0');
      }
    }
    return n;
  }

  /** The count in {@code name}, or 1 when the words said "a" or "an" instead. */
  int count(String name) {
    return has(name) ? number(name) : 1;
  }

  /** Whether a captured number was written with a leading zero ("09:30", "0930"). */
  boolean leadingZero(String name) {
    String s = captured(name);
    return s != null && s.length() > 1 && s.charAt(0) == '0';
  }
}
