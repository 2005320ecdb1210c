package io.bookline.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the customer's name in a message, for {@link RuleUnderstanding}. */
final class PersonNames {
  private PersonNames() {}

  private static final Pattern NAME_WORDS =
      Pattern.compile("^[\\p{L}][\\p{L}'\\-]*(\\s+[\\p{L}][\\p{L}'\\-]*){0,3}$");

  /**
   * The customer's name in a message: after an introducer ("my name is", "ich heiße") anywhere, or,
   * when the bot asked for a name, the whole message if it could be one. A question ("geht auch
   * später?"), a part of day or an unplaced date ("another day"), a later or earlier time asked for
   * ("a bit later", "etwas früher") or a first word the language never opens a name with
   * ("vielleicht", "mejor", "wait") is not a name.
   *
   * @param shifted the message asks for a time later or earlier than the one under discussion
   */
  static String personName(
      Lexicon lexicon,
      String raw,
      Expectation expecting,
      Intent intent,
      DateTimeParser.Found found,
      Long serviceId,
      boolean shifted) {
    String candidate = introducedName(lexicon, raw, found);
    if (candidate == null
        && expecting == Expectation.NAME
        && !shifted
        && found.date() == null
        && found.time() == null
        && found.partOfDay() == null
        && found.unresolved().isEmpty()
        && serviceId == null
        && (intent == Intent.NONE || intent == Intent.GREETING)
        // A name is told, not asked: "geht auch später?" is a question about the time.
        && raw.indexOf('?') < 0) {
      candidate = raw.replaceAll("[.!,;:]+$", "").strip();
    }
    if (candidate == null || !NAME_WORDS.matcher(candidate).matches()) {
      return null;
    }
    String[] parts = candidate.split("\\s+");
    if (lexicon.notNames().contains(Folding.fold(parts[0].toLowerCase(Locale.ROOT)))) {
      return null;
    }
    // "I'm free on Friday" is not a name: outside a name question accept only capitalised words.
    if (expecting != Expectation.NAME && !Character.isUpperCase(parts[0].charAt(0))) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String part : parts) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }

  /**
   * The name after an introducer: the rest of its clause when that looks like a name, else the
   * capitalised words right after it ("my name is Nora Lee and I'd like …"); never words the date
   * or time came from ("this is Monday, right?").
   */
  private static String introducedName(Lexicon lexicon, String raw, DateTimeParser.Found found) {
    Span clause = introduced(lexicon, raw);
    if (clause == null) {
      return null;
    }
    String candidate =
        raw.substring(clause.start(), clause.end()).replaceAll("[.!?,;:]+$", "").strip();
    if (!NAME_WORDS.matcher(candidate).matches()) {
      candidate = capitalisedRun(candidate);
    }
    if (candidate.isEmpty()) {
      return null;
    }
    int start = raw.indexOf(candidate, clause.start());
    Span words = new Span(start, start + candidate.length());
    return overlaps(words, found.dateSpan()) || overlaps(words, found.timeSpan())
        ? null
        : candidate;
  }

  /**
   * The words after a name introducer ("my name is", "I'm") that opens the message or one of its
   * clauses ("…tomorrow at 2pm, my name is Nora Lee"), up to the end of that clause; null if none.
   */
  private static Span introduced(Lexicon lexicon, String raw) {
    // Lower-casing keeps offsets, so the prefix's end is also its end in the raw text.
    String lower = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    Matcher prefix = lexicon.namePrefixes().matcher(lower);
    for (int start = 0; start < lower.length(); start++) {
      if (!clauseStart(lower, start)) {
        continue;
      }
      prefix.region(start, lower.length());
      if (prefix.lookingAt()) {
        int end = prefix.end();
        while (end < raw.length() && CLAUSE_ENDS.indexOf(raw.charAt(end)) < 0) {
          end++;
        }
        return new Span(prefix.end(), end);
      }
    }
    return null;
  }

  private static final String CLAUSE_ENDS = ",;.!?";

  /** "and" in the languages understood: a name may follow it ("… friday and my name is Ann"). */
  private static final Set<String> AND = Set.of("and", "und", "y");

  /** The message's start, or a word after a clause's end or after "and". */
  private static boolean clauseStart(String lower, int i) {
    if (i == 0) {
      return true;
    }
    if (!Character.isLetter(lower.charAt(i)) || Character.isLetter(lower.charAt(i - 1))) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && Character.isWhitespace(lower.charAt(j))) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    if (CLAUSE_ENDS.indexOf(lower.charAt(j)) >= 0) {
      return true;
    }
    int k = j;
    while (k >= 0 && Character.isLetter(lower.charAt(k))) {
      k--;
    }
    return j < i - 1 && AND.contains(lower.substring(k + 1, j + 1));
  }

  /** The leading capitalised words of a text (at most four), or "" when it starts lower-case. */
  private static String capitalisedRun(String text) {
    List<String> run = new ArrayList<>();
    for (String word : text.split("\\s+")) {
      if (run.size() == 4 || word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        break;
      }
      run.add(word);
    }
    return String.join(" ", run);
  }

  private static boolean overlaps(Span a, Span b) {
    return b != null && a.start() < b.end() && b.start() < a.end();
  }
}
