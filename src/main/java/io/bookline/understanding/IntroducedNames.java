package io.bookline.understanding;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's name after a phrase that introduces it, anywhere in a message: "my name is Nora",
 * "…at 2pm, name Tom", "her name is Lily", "auf den Namen Helga Schulz", "a nombre de mi madre,
 * Pilar". Whether the words are a name is {@link PersonNames}'s business.
 */
final class IntroducedNames {
  private IntroducedNames() {}

  /** "for me (Claire)", "für mich (Claire)", "para mí (Claire)": the writer's name, in "n". */
  private static final Pattern FOR_ME_BRACKETED =
      Pattern.compile("\\b(?:for me|f(?:ü|u)r mich|para m(?:í|i)) ?\\((?<n>\\p{L}[\\p{L}' -]*)\\)");

  /** Relatives a booking may be for, named before their name ("a nombre de mi madre, Pilar"). */
  private static final Set<String> RELATIVES =
      Set.of(
          "mom",
          "mum",
          "mother",
          "dad",
          "father",
          "sister",
          "brother",
          "wife",
          "husband",
          "daughter",
          "son",
          "mama",
          "papa",
          "mamá",
          "papá",
          "mutter",
          "vater",
          "tochter",
          "sohn",
          "schwester",
          "bruder",
          "frau",
          "mann",
          "madre",
          "padre",
          "hija",
          "hijo",
          "hermana",
          "hermano",
          "mujer",
          "marido");

  /**
   * The name after an introducer: the rest of its clause when that looks like a name, else the
   * capitalised words right after it ("my name is Nora Lee and I'd like …"); never words the date
   * or time came from ("this is Monday, right?"). An introducer followed by no name ("it's for my
   * daughter, her name is Lily") leaves the next one to try; one naming a relative ("a nombre de mi
   * madre, Pilar") takes the name in the clause right after it.
   */
  static String find(Lexicon lexicon, String raw, DateTimeParser.Found found) {
    // "pedicure for me (Claire) and a gel for my friend": the name in brackets (ADR 0122).
    Matcher bracketed = FOR_ME_BRACKETED.matcher(raw.toLowerCase(Locale.ROOT));
    if (bracketed.find()) {
      String name = raw.substring(bracketed.start("n"), bracketed.end("n"));
      if (PersonNames.nameWords(lexicon, name)) {
        return name;
      }
    }
    for (Span clause = introduced(lexicon, raw, 0);
        clause != null;
        clause = introduced(lexicon, raw, clause.start())) {
      String candidate = nameIn(lexicon, raw, clause, found);
      if (candidate == null && relative(raw.substring(clause.start(), clause.end()))) {
        candidate = nameIn(lexicon, raw, nextClause(raw, clause), found);
      }
      if (candidate != null) {
        return candidate;
      }
    }
    return null;
  }

  /** The name the words of {@code clause} are, or start with; null when none. */
  private static String nameIn(
      Lexicon lexicon, String raw, Span clause, DateTimeParser.Found found) {
    if (clause == null) {
      return null;
    }
    String candidate =
        raw.substring(clause.start(), clause.end()).replaceAll("[.!?,;:]+$", "").strip();
    if (!PersonNames.nameWords(lexicon, PersonNames.withoutCourtesy(candidate))) {
      candidate = PersonNames.capitalisedRun(candidate);
    } else {
      candidate = PersonNames.withoutCourtesy(candidate);
    }
    if (candidate.isEmpty()) {
      return null;
    }
    int start = raw.indexOf(candidate, clause.start());
    Span words = new Span(start, start + candidate.length());
    return PersonNames.overlaps(words, found.dateSpan())
            || PersonNames.overlaps(words, found.timeSpan())
        ? null
        : candidate;
  }

  /** Whether the words name a relative ("my mom", "mi madre", "meine Tochter"). */
  private static boolean relative(String words) {
    for (String w : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (RELATIVES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The clause after {@code clause}, when a comma ends it; null otherwise. */
  private static Span nextClause(String raw, Span clause) {
    int from = clause.end();
    if (from >= raw.length() || raw.charAt(from) != ',') {
      return null;
    }
    int end = from + 1;
    while (end < raw.length() && CLAUSE_ENDS.indexOf(raw.charAt(end)) < 0) {
      end++;
    }
    return new Span(from + 1, end);
  }

  /**
   * The words after a name introducer ("my name is", "I'm") that opens the message or one of its
   * clauses ("…tomorrow at 2pm, my name is Nora Lee"), at or after {@code from}, up to the end of
   * that clause; null if none.
   */
  private static Span introduced(Lexicon lexicon, String raw, int from) {
    // Lower-casing keeps offsets, so the prefix's end is also its end in the raw text.
    String lower = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    Matcher prefix = lexicon.namePrefixes().matcher(lower);
    for (int start = from; start < lower.length(); start++) {
      if (!clauseStart(lower, start) && !nameAhead(lower, start)) {
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

  /**
   * Introducers that name a booking's name wherever they stand, not only where a clause opens:
   * "Gelnägel am Mittwoch um 14 Uhr auf den Namen Jonas", "una pedicura a nombre de Lucía", "…3pm
   * my name is Ruth" (ADR 0097), "…at 16:00 i'm Gail", "…10 name Klaus" (ADR 0122).
   */
  private static final Pattern ANYWHERE =
      Pattern.compile(
          "(?:auf den namen|unter dem namen|a nombre de|under the name|my name is|mein name ist"
              + "|ich hei(?:ß|ss)e|me llamo|mi nombre es"
              // "pedicure 8 dec at 16:00 i'm Gail", "…um 16 Uhr Name Klaus", "…16h nombre
              // Carlos": said without a comma before them (ADR 0122).
              + "|i'm|i am|name|nombre)\\s");

  /** Whether an introducer said anywhere starts at word {@code i}. */
  private static boolean nameAhead(String lower, int i) {
    return (i == 0 || !Character.isLetter(lower.charAt(i - 1)))
        && ANYWHERE.matcher(lower).region(i, lower.length()).lookingAt();
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
}
