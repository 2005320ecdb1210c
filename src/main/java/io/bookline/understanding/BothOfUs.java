package io.bookline.understanding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spanish "las dos" / "los dos" is "both of us" as often as "two o'clock": "una pedicura para mí y
 * una manicura de gel para mi hija, las dos el martes a las 10" means both on Tuesday at 10 (ADR
 * 0122). It is an hour only with a word before it that asks for a time ("a las dos", "sobre las
 * dos", "hasta las dos") or when it is all there is ("las dos" answering "¿a qué hora?").
 */
final class BothOfUs {
  private BothOfUs() {}

  /** Words before "las dos" that make it a time. */
  private static final Set<String> TIME_BEFORE =
      Set.of(
          "a", "sobre", "hacia", "desde", "hasta", "entre", "de", "y", "o", "tipo", "eso", "para");

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  /** Whether the time read from symbols {@code from} to {@code to} is "las dos" meaning both. */
  static boolean both(List<Sym> syms, int from, int to, String raw) {
    if (to <= from || to > syms.size()) {
      return false;
    }
    // "las dos y media", "a las dos de la tarde": more after the number makes it a time.
    Sym s = syms.get(to - 1);
    if (!text(raw, s.start(), s.end()).equals("dos")) {
      return false;
    }
    String before = raw.substring(0, Math.max(0, Math.min(s.start(), raw.length())));
    Matcher m = WORD.matcher(before.toLowerCase(Locale.ROOT));
    String article = "";
    String first = "";
    while (m.find()) {
      first = article;
      article = m.group();
    }
    return (article.equals("las") || article.equals("los"))
        && !first.isEmpty()
        && !TIME_BEFORE.contains(first);
  }

  private static String text(String raw, int start, int end) {
    if (start < 0 || end > raw.length() || start >= end) {
      return "";
    }
    return raw.substring(start, end).toLowerCase(Locale.ROOT);
  }
}
