package io.bookline.understanding;

import java.util.Locale;
import java.util.Set;

/**
 * The classes a date/time rule can ask for by name ({@code <dow>}, {@code <num:h>}): the regular
 * expression a symbol of the class matches, and which symbol kinds or words can be one, so a rule
 * whose classes are absent from a message is not even tried.
 */
enum SymClass {
  DOW("D[1-7]", Set.of(Sym.Kind.WEEKDAY), Set.of()),
  MONTH("M1[0-2]|M[1-9]", Set.of(Sym.Kind.MONTH), Set.of()),
  ORD("#~?\\d{1,2}", Set.of(Sym.Kind.ORDINAL), Set.of()),
  DORD("#\\d{1,2}", Set.of(Sym.Kind.ORDINAL), Set.of()),
  NUM("~?\\d{1,2}", Set.of(Sym.Kind.NUMBER, Sym.Kind.WORD_NUMBER), Set.of()),
  DNUM("\\d{1,2}", Set.of(Sym.Kind.NUMBER), Set.of()),
  WNUM("~\\d{1,2}", Set.of(Sym.Kind.WORD_NUMBER), Set.of()),
  /** Two-digit minutes: "15", "05", "~40". */
  MM("~?[0-5]\\d", Set.of(Sym.Kind.NUMBER, Sym.Kind.WORD_NUMBER), Set.of()),
  HHMM("\\d{3,4}", Set.of(Sym.Kind.FOUR_DIGITS), Set.of()),
  YEAR("(?:19|20)\\d\\d", Set.of(Sym.Kind.FOUR_DIGITS), Set.of()),
  CLOCK("\\d{1,2}:\\d{2}", Set.of(Sym.Kind.CLOCK), Set.of()),
  DATE("\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?", Set.of(Sym.Kind.DATE), Set.of()),
  ISO("\\d{4}-\\d{1,2}-\\d{1,2}", Set.of(Sym.Kind.ISO_DATE), Set.of()),
  AMPM("am|pm", Set.of(), Set.of("am", "pm")),
  PART(
      "morning|afternoon|evening|night",
      Set.of(),
      Set.of("morning", "afternoon", "evening", "night")),
  REL(
      "today|tomorrow|tonight|yesterday",
      Set.of(),
      Set.of("today", "tomorrow", "tonight", "yesterday")),
  /** An hour to count minutes from: a number, noon or midnight. */
  HR(
      "~?\\d{1,2}|noon|midnight",
      Set.of(Sym.Kind.NUMBER, Sym.Kind.WORD_NUMBER),
      Set.of("noon", "midnight"));

  final String regex;
  final int kinds;
  final Set<String> words;

  SymClass(String regex, Set<Sym.Kind> kinds, Set<String> words) {
    this.regex = regex;
    int bits = 0;
    for (Sym.Kind k : kinds) {
      bits |= k.bit();
    }
    this.kinds = bits;
    this.words = words;
  }

  static SymClass named(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("no symbol class <" + name + ">", e);
    }
  }
}
