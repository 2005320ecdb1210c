package io.bookline.understanding;

import io.bookline.understanding.Sym.Kind;
import io.bookline.understanding.Tokenizer.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A day and month written with a dot ("1.12") is a date, in every language, when a dot ends it ("on
 * 1.12.", "am 1.12.", "el 1.12.") or a weekday follows it ("1.12 monday", "1.12. Dienstag"); said
 * after "at" / "um" / "a las", "around" / "gegen" / "sobre las" and other words that qualify a time
 * it stays a clock time ("at 1.12.", "um 14.30.", "gegen 9.10."), as does "1.12" alone and any
 * "d.m" whose month could not be one ("1.30", "2.45"). Written dates in Germany, Spain and the UK
 * put the day first, so the dotted form is never month-first.
 */
final class DottedDates {
  private DottedDates() {}

  /**
   * How many tokens from {@code i} make a dotted date (its glued dot included), or 0 when the token
   * is none.
   *
   * @param out the symbols read so far, to see whether a time word stands right before
   */
  static int length(DateWords w, List<Token> t, int i, String raw, List<Sym> out) {
    Token tok = t.get(i);
    String[] p = tok.text().split("\\.");
    if (p.length != 2
        || p[0].isEmpty()
        || p[0].length() > 2
        || p[1].isEmpty()
        || p[1].length() > 2
        || !digits(p[0])
        || !digits(p[1])) {
      return 0;
    }
    int day = Integer.parseInt(p[0]);
    int month = Integer.parseInt(p[1]);
    if (day < 1 || day > 31 || month < 1 || month > 12 || afterTimeWord(w, out, raw)) {
      return 0;
    }
    boolean dotToken = i + 1 < t.size() && t.get(i + 1).glued() && t.get(i + 1).text().equals(".");
    boolean dotted =
        dotToken
            || tok.end() < raw.length()
                && raw.charAt(tok.end()) == '.'
                && (tok.end() + 1 == raw.length() || !Character.isDigit(raw.charAt(tok.end() + 1)));
    int next = dotToken ? i + 2 : i + 1;
    boolean weekday =
        next < t.size()
            && w.words().get(t.get(next).text()) instanceof String canonical
            && Symbolizer.kindOf(canonical.split(" ")[0]) == Kind.WEEKDAY;
    if (!dotted && !weekday && !DottedDayFirst.isDate(w, t, i, day, out)) {
      return 0;
    }
    return dotToken ? 2 : 1;
  }

  /**
   * Words before a time that keep a dotted number a clock time when they stand right before it
   * ("around 10.10.", "gegen 9.10.", "ab 9.10.", "sobre las 10.10.", "hasta las 9.10."), as "at"
   * does with small words between ("at 1.12.", "um 1.12.", "a las 1.12."). "vom 1.12." and "desde
   * el 1.12." stay dates: "from" keeps a time only as "ab", "from" or "desde las" (ADR 0093).
   */
  private static final Set<String> QUALIFIERS =
      Set.of("around", "after", "before", "till", "past", "from");

  /** The words of "from" that keep a time standing right before it. */
  private static final Set<String> FROM_TIME = Set.of("ab", "from");

  /** The small words a qualifier may stand before the time with ("sobre las 10.10."). */
  private static final Set<String> ARTICLES = Set.of("las", "la");

  /** "at 1.12.", "around 10.10.", "gegen 9.10.", "sobre las 10.10.": a time word before it. */
  private static boolean afterTimeWord(DateWords w, List<Sym> out, String raw) {
    boolean onlyArticles = true;
    for (int j = out.size() - 1; j >= 0; j--) {
      Sym sym = out.get(j);
      String s = sym.text();
      String word =
          sym.end() <= raw.length()
              ? raw.substring(sym.start(), sym.end()).toLowerCase(Locale.ROOT)
              : s;
      if (s.equals("at")) {
        return true;
      }
      if (onlyArticles && QUALIFIERS.contains(s)) {
        // "ab 9.10.", "desde las 9.10.", never "vom 1.12." nor "desde el 1.12.".
        boolean rightBefore = j == out.size() - 1;
        return !s.equals("from") || (rightBefore ? FROM_TIME.contains(word) : word.equals("desde"));
      }
      if (!w.fillers().contains(s)) {
        return false;
      }
      onlyArticles &= ARTICLES.contains(word);
    }
    return false;
  }

  private static boolean digits(String s) {
    return s.chars().allMatch(Character::isDigit);
  }
}
