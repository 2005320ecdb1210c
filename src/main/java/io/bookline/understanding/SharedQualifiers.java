package io.bookline.understanding;

import java.util.Map;

/**
 * The qualifier words of the shared notation, for languages whose words are first written as these
 * symbols ("ab" and "a partir de" become {@code from}, "gegen" and "sobre" {@code around}).
 */
final class SharedQualifiers {
  private SharedQualifiers() {}

  /** Before a time: "from 4", "before 4", "around 4". */
  static Map<String, TimeQualifier> before() {
    return Map.ofEntries(
        Map.entry("after", TimeQualifier.AFTER),
        Map.entry("from", TimeQualifier.AFTER),
        Map.entry("past", TimeQualifier.AFTER),
        Map.entry("earliest", TimeQualifier.AFTER),
        Map.entry("between", TimeQualifier.AFTER),
        Map.entry("not before", TimeQualifier.AFTER),
        Map.entry("before", TimeQualifier.BEFORE),
        Map.entry("till", TimeQualifier.BEFORE),
        Map.entry("latest", TimeQualifier.BEFORE),
        Map.entry("not after", TimeQualifier.BEFORE),
        Map.entry("no later than", TimeQualifier.BEFORE),
        Map.entry("around", TimeQualifier.AROUND));
  }

  /** After a time: "4 or later", "4ish", "4 at the latest". */
  static Map<String, TimeQualifier> after() {
    return Map.ofEntries(
        Map.entry("ish", TimeQualifier.AROUND),
        Map.entry("or so", TimeQualifier.AROUND),
        Map.entry("or later", TimeQualifier.AFTER),
        Map.entry("or earlier", TimeQualifier.BEFORE),
        Map.entry("latest", TimeQualifier.BEFORE));
  }
}
