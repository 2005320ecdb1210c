package io.bookline.understanding;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number word that is also an article or a pronoun ("the tuesday one", "es sobre una alergia",
 * "eine Frage") is an hour only with its cue: a word before it that asks for a time ("at one",
 * "around one", "a la una", "sobre la una"), a word after it that makes it one ("one o'clock", "one
 * pm", "ein Uhr"), or minutes beside it ("one thirty"); before a unit it counts ("in one hour").
 * Without one it names nothing, so "cancel my wednesday one" asks about no 13:00.
 */
final class ArticleHours {
  private ArticleHours() {}

  private static final Set<String> ENGLISH_BEFORE =
      Set.of(
          "at",
          "@",
          "around",
          "about",
          "by",
          "after",
          "before",
          "from",
          "till",
          "til",
          "until",
          "past",
          "between",
          "round",
          "starting",
          "and",
          "to");
  private static final Set<String> ENGLISH_AFTER = Set.of("oclock", "o", "am", "pm", "ish", "h");

  /** Units after the number: it counts them ("in one hour", "dentro de una hora"). */
  private static final Set<String> UNITS =
      Set.of(
          "hour", "hours", "hr", "minute", "minutes", "min", "hora", "horas", "minuto", "minutos",
          "stunde", "stunden", "minuten");

  /** Words after "one" that make it a pronoun even after a cue: "about one thing". */
  private static final Set<String> ENGLISH_NOUNS =
      Set.of(
          "thing",
          "things",
          "question",
          "more",
          "other",
          "of",
          "last",
          "quick",
          "small",
          "little",
          "issue",
          "problem",
          "person",
          "friend",
          "day",
          "week");

  private static final Set<String> SPANISH_BEFORE = Set.of("la", "las");
  private static final Set<String> SPANISH_AFTER = Set.of("am", "pm", "h");
  private static final Set<String> GERMAN_AFTER = Set.of("uhr", "h");

  /** Each article word with the words that may stand before it and after it to make it an hour. */
  private static final Map<String, List<Set<String>>> CUES =
      Map.of(
          "one", List.of(ENGLISH_BEFORE, ENGLISH_AFTER),
          "una", List.of(SPANISH_BEFORE, SPANISH_AFTER),
          "uno", List.of(SPANISH_BEFORE, SPANISH_AFTER),
          "un", List.of(SPANISH_BEFORE, SPANISH_AFTER),
          "ein", List.of(Set.of(), GERMAN_AFTER),
          "eine", List.of(Set.of(), GERMAN_AFTER),
          "einer", List.of(Set.of(), GERMAN_AFTER),
          "einen", List.of(Set.of(), GERMAN_AFTER),
          "einem", List.of(Set.of(), GERMAN_AFTER));

  private static final Pattern WORD = Pattern.compile("[\\p{L}@']+");

  /**
   * Whether the symbols {@code from} to {@code to} (a time read from them) stand on an article word
   * without its cue, so the time is no time.
   */
  static boolean cueless(List<Sym> syms, int from, int to, String raw) {
    int numbers = 0;
    Sym article = null;
    for (int i = from; i < to; i++) {
      Sym s = syms.get(i);
      if (s.kind().numeric()) {
        numbers++;
      }
      if (s.kind() == Sym.Kind.WORD_NUMBER && CUES.containsKey(text(raw, s.start(), s.end()))) {
        article = s;
      }
    }
    if (article == null || numbers > 1) {
      return false;
    }
    String word = text(raw, article.start(), article.end());
    List<Set<String>> cues = CUES.get(word);
    String after = wordAfter(raw, article.end());
    // "in one hour", "en una hora": an amount of time from now, read as such.
    if (cues.get(1).contains(after) || UNITS.contains(after)) {
      return false;
    }
    return !cues.get(0).contains(wordBefore(raw, article.start()))
        || word.equals("one") && ENGLISH_NOUNS.contains(after);
  }

  private static String text(String raw, int start, int end) {
    if (start < 0 || end > raw.length() || start >= end) {
      return "";
    }
    return raw.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static String wordBefore(String raw, int start) {
    Matcher m = WORD.matcher(raw.substring(0, Math.min(start, raw.length())));
    String last = "";
    while (m.find()) {
      last = m.group();
    }
    return last.toLowerCase(Locale.ROOT);
  }

  private static String wordAfter(String raw, int end) {
    if (end >= raw.length()) {
      return "";
    }
    Matcher m = WORD.matcher(raw.substring(end));
    return m.find() ? m.group().toLowerCase(Locale.ROOT).replace("'", "") : "";
  }
}
