package io.bookline.understanding;

import io.bookline.understanding.Sym.Kind;
import io.bookline.understanding.Tokenizer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a message's tokens in the shared {@link Sym} notation using one language's {@link
 * DateWords}: number words become numbers ("twenty-five" → {@code ~25}), ordinals and weekdays and
 * months become their symbols, glued forms are read ("21st", "16h45", "4p"), and numbers that count
 * or label something else are set aside ("4 people", "$20", "room 1115").
 */
final class Symbolizer {
  private final DateWords w;

  Symbolizer(DateWords words) {
    this.w = words;
  }

  List<Sym> symbols(List<Token> tokens, String raw) {
    List<Sym> out = new ArrayList<>(tokens.size() + 2);
    int i = 0;
    while (i < tokens.size()) {
      int used = phrase(tokens, i, out);
      if (used == 0) {
        used = numberWord(tokens, i, out);
      }
      if (used == 0) {
        used = digits(tokens, i, raw, out);
      }
      if (used == 0) {
        word(tokens, i, out);
        used = 1;
      }
      i += used;
    }
    setAsideQuantities(out, raw);
    confirmWeakWeekdays(out, raw);
    return out;
  }

  /** Several words the language reads as one, or a glued pair it knows ("2moro", "b4"). */
  private int phrase(List<Token> t, int i, List<Sym> out) {
    for (int len = Math.min(4, t.size() - i); len >= 2; len--) {
      StringBuilder key = new StringBuilder(t.get(i).text());
      boolean glued = true;
      for (int k = 1; k < len; k++) {
        key.append(' ').append(t.get(i + k).text());
        glued &= t.get(i + k).glued();
      }
      String canonical = w.phrases().get(key.toString());
      if (canonical == null && len == 2 && glued) {
        canonical = w.words().get(key.toString().replace(" ", ""));
      }
      if (canonical != null) {
        emit(canonical, t.get(i).start(), t.get(i + len - 1).end(), out);
        return len;
      }
    }
    return 0;
  }

  private int numberWord(List<Token> t, int i, List<Sym> out) {
    String s = t.get(i).text();
    int start = t.get(i).start();
    Integer tens = w.tens().get(s);
    if (tens != null) {
      int j = i + 1 < t.size() && t.get(i + 1).text().equals("-") ? i + 2 : i + 1;
      String next = j < t.size() ? t.get(j).text() : "";
      Integer unit = w.numbers().get(next);
      Integer ord = w.ordinals().get(next);
      if (unit != null && unit >= 1 && unit <= 9) {
        out.add(Sym.wordNumber(String.valueOf(tens + unit), start, t.get(j).end()));
        return j - i + 1;
      }
      if (ord != null && ord <= 9) {
        out.add(Sym.ordinal(tens + ord, true, start, t.get(j).end()));
        return j - i + 1;
      }
      out.add(Sym.wordNumber(String.valueOf(tens), start, t.get(i).end()));
      return 1;
    }
    if (w.zeroWords().contains(s) && !out.isEmpty() && out.getLast().kind().numeric()) {
      Integer unit = i + 1 < t.size() ? w.numbers().get(t.get(i + 1).text()) : null;
      if (unit != null && unit <= 9) {
        out.add(Sym.wordNumber("0" + unit, start, t.get(i + 1).end()));
        return 2;
      }
    }
    Integer n = w.numbers().get(s);
    if (n != null) {
      out.add(Sym.wordNumber(String.valueOf(n), start, t.get(i).end()));
      return 1;
    }
    Integer ord = w.ordinals().get(s);
    if (ord != null) {
      out.add(Sym.ordinal(ord, true, start, t.get(i).end()));
      return 1;
    }
    return 0;
  }

  private int digits(List<Token> t, int i, String raw, List<Sym> out) {
    Token tok = t.get(i);
    String s = tok.text();
    if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
      return 0;
    }
    String known = w.words().get(s);
    if (known != null) {
      emit(known, tok.start(), tok.end(), out);
      return 1;
    }
    Token next = i + 1 < t.size() && t.get(i + 1).glued() ? t.get(i + 1) : null;
    if (s.indexOf(':') > 0 || s.indexOf('.') > 0 || s.indexOf('/') > 0 || s.indexOf('-') > 0) {
      int dated = DottedDates.length(w, t, i, raw, out);
      if (dated > 0) {
        // "20.3.", "1.12 monday" are dates, where "14.30" and "at 1.12." are clock times.
        int end = dated == 2 ? next.end() : tok.end();
        out.add(new Sym(s.replace('.', '/'), Kind.DATE, tok.start(), end));
        return dated;
      }
      out.add(new Sym(separated(s), kindOf(separated(s)), tok.start(), tok.end()));
      return 1;
    }
    String suffix = next == null ? null : w.afterNumber().get(next.text());
    if ("#".equals(suffix) && s.length() <= 2) {
      out.add(Sym.ordinal(Integer.parseInt(s), false, tok.start(), next.end()));
      return 2;
    }
    Token third = i + 2 < t.size() && t.get(i + 2).glued() ? t.get(i + 2) : null;
    if ("h".equals(suffix) && third != null && third.text().matches("\\d{2}")) {
      String clock = Integer.parseInt(s) + ":" + third.text();
      out.add(new Sym(clock, Kind.CLOCK, tok.start(), third.end()));
      return 3;
    }
    out.add(new Sym(s, kindOf(s), tok.start(), tok.end()));
    if (suffix != null && !"#".equals(suffix)) {
      emit(suffix, next.start(), next.end(), out);
      return 2;
    }
    return 1;
  }

  /** "4.15" is a clock time, "20.03.2024" a date, "25.50" an amount. */
  private static String separated(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    String[] p = s.split("\\.");
    if (p.length == 3) {
      return p[0] + "/" + p[1] + "/" + p[2];
    }
    if (p.length == 2 && p[1].length() == 2 && Integer.parseInt(p[0]) <= 23) {
      return Integer.parseInt(p[0]) + ":" + p[1];
    }
    return "Q";
  }

  private void word(List<Token> t, int i, List<Sym> out) {
    Token tok = t.get(i);
    String s = tok.text();
    if (s.equals("-")
        && i > 0
        && i + 1 < t.size()
        && isWord(t.get(i - 1))
        && isWord(t.get(i + 1))) {
      return;
    }
    if (s.equals(".")) {
      return;
    }
    String canonical = w.words().get(s);
    if (canonical == null && s.endsWith("'s")) {
      canonical = w.words().get(s.substring(0, s.length() - 2));
    }
    if (canonical != null) {
      emit(canonical, tok.start(), tok.end(), out);
    } else {
      out.add(Sym.word(s, tok.start(), tok.end()));
    }
  }

  private static boolean isWord(Token t) {
    return !t.text().isEmpty() && Character.isLetter(t.text().charAt(0));
  }

  private static void emit(String canonical, int start, int end, List<Sym> out) {
    for (String part : canonical.split(" ")) {
      out.add(new Sym(part, kindOf(part), start, end));
    }
  }

  static Kind kindOf(String s) {
    char c = s.charAt(0);
    if (s.length() > 1 && Character.isDigit(s.charAt(1))) {
      switch (c) {
        case 'D':
          return Kind.WEEKDAY;
        case 'M':
          return Kind.MONTH;
        default:
          break;
      }
    }
    if (c == '#') {
      return Kind.ORDINAL;
    }
    if (c == '~') {
      return Kind.WORD_NUMBER;
    }
    if (!Character.isDigit(c)) {
      return s.equals("Q") ? Kind.QUANTITY : Kind.WORD;
    }
    if (s.indexOf(':') > 0) {
      return Kind.CLOCK;
    }
    if (s.indexOf('/') > 0) {
      return Kind.DATE;
    }
    if (s.indexOf('-') > 0) {
      return Kind.ISO_DATE;
    }
    return s.length() <= 2 ? Kind.NUMBER : s.length() <= 4 ? Kind.FOUR_DIGITS : Kind.QUANTITY;
  }

  /** "4 people", "2 of us", "$20", "room 1115", "0412 345 678": not dates or times. */
  private void setAsideQuantities(List<Sym> s, String raw) {
    int run = 0;
    for (int i = 0; i < s.size(); i++) {
      Sym x = s.get(i);
      boolean number =
          x.kind() == Kind.NUMBER
              || x.kind() == Kind.WORD_NUMBER
              || x.kind() == Kind.FOUR_DIGITS
              || x.kind() == Kind.CLOCK;
      run = number || x.kind() == Kind.QUANTITY ? run + 1 : 0;
      if (!number) {
        continue;
      }
      String next = i + 1 < s.size() ? s.get(i + 1).text() : "";
      String next2 = i + 2 < s.size() ? next + " " + s.get(i + 2).text() : "";
      String before = i > 0 ? s.get(i - 1).text() : "";
      if (w.countedNouns().contains(next)
          || w.countedNouns().contains(next2)
          || (w.labelNouns().contains(before) && labels(s.get(i - 1), x, next, raw))
          || run >= 3) {
        for (int k = i - Math.min(run, 3) + 1; k <= i; k++) {
          s.set(k, new Sym("Q", Kind.QUANTITY, s.get(k).start(), s.get(k).end()));
        }
      }
    }
  }

  /**
   * Whether a label word labels the number after it: written right before it ("room 1115", "$20",
   * "no. 5"), not across a comma ("no, 3pm" answers a question), and not a number marked as a time
   * ("no 2pm", "no 14:00": nobody's room or ticket is 2pm; "$12.50" is still an amount).
   */
  private static boolean labels(Sym label, Sym number, String next, String raw) {
    if (SymClass.AMPM.words.contains(next)
        || next.equals("oclock")
        || raw.substring(number.start(), number.end()).indexOf(':') >= 0) {
      return false;
    }
    for (int k = label.end(); k < number.start(); k++) {
      char c = raw.charAt(k);
      if (!Character.isWhitespace(c) && c != '.' && c != '#') {
        return false;
      }
    }
    return true;
  }

  /**
   * "sat", "sun", "wed", "mon" are days only when something says so: a cue word before ("on sat"),
   * a capital letter, or a date or time next to them; never as a name ("ich bin Di").
   */
  private void confirmWeakWeekdays(List<Sym> s, String raw) {
    for (int i = 0; i < s.size(); i++) {
      Sym x = s.get(i);
      String t = x.text();
      if (t.length() != 2 || t.charAt(0) != 'd' || !Character.isDigit(t.charAt(1))) {
        continue;
      }
      boolean day =
          !NameNotDay.after(raw, x.start())
              && (Character.isUpperCase(raw.charAt(x.start()))
                  || (i > 0 && w.weekdayCues().contains(s.get(i - 1).text()))
                  || (i > 0 && datish(s.get(i - 1)))
                  || (i + 1 < s.size() && datish(s.get(i + 1)))
                  || (i + 2 < s.size() && s.get(i + 1).text().equals("at") && datish(s.get(i + 2)))
                  || lastAfterAWish(s, i));
      s.set(
          i,
          day
              ? Sym.weekday(t.charAt(1) - '0', x.start(), x.end())
              : Sym.word(
                  raw.substring(x.start(), x.end()).toLowerCase(Locale.ROOT), x.start(), x.end()));
    }
  }

  /**
   * "gel nails sat": a weak weekday closing a message after other words names the day; after a
   * pronoun or article it is the common word ("I sat", "in the sun").
   */
  private static boolean lastAfterAWish(List<Sym> s, int i) {
    for (int k = i + 1; k < s.size(); k++) {
      if (s.get(k).text().chars().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return i > 0 && !NOT_BEFORE_A_WEAK_DAY.contains(s.get(i - 1).text());
  }

  /** Words after which "sat", "sun", "wed", "mon" are the common words. */
  private static final Set<String> NOT_BEFORE_A_WEAK_DAY =
      Set.of(
          "i", "you", "he", "she", "we", "they", "it", "who", "that", "the", "a", "have", "has",
          "had", "just", "never", "always", "and", "ich", "du", "er", "sie", "es", "wir", "ihr",
          "der", "die", "das");

  private static boolean datish(Sym x) {
    return (x.kind().numeric() && x.kind() != Kind.QUANTITY)
        || x.kind() == Kind.MONTH
        || SymClass.PART.words.contains(x.text())
        || SymClass.AMPM.words.contains(x.text());
  }
}
