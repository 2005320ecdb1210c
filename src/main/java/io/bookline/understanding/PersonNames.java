package io.bookline.understanding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the customer's name in a message, for {@link RuleUnderstanding}. */
final class PersonNames {
  private PersonNames() {}

  /**
   * Up to seven words of letters, apostrophes and hyphens ("O'Neil", "Anne-Marie"); a title may end
   * in a dot ("Dr.", "Sr."). Which words may stand where is {@link #nameWords}'s business.
   */
  private static final Pattern NAME_WORDS =
      Pattern.compile(
          "^[\\p{L}][\\p{L}'\u2019\\-]*\\.?(\\s+[\\p{L}][\\p{L}'\u2019\\-]*\\.?){0,6}$");

  /**
   * Words inside a name that are kept as typed: "Lucía de la Vega", "Jan van der Berg", "Ahmad bin
   * Ali". They never end a name and never make one alone.
   */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "del", "della", "la", "las", "los", "le", "les", "du", "des", "da", "das", "do",
          "dos", "di", "van", "der", "den", "ter", "ten", "von", "zu", "vom", "y", "e", "bin",
          "binti", "ibn", "bint", "al", "el", "st");

  /** Titles before a name ("Dr. Schmidt", "Frau Meier", "Sr. García"); never a name alone. */
  private static final Set<String> TITLES =
      Set.of(
          "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "frau", "herr", "sr", "sra", "srta", "dra",
          "don", "doña", "dona");

  /**
   * Words that make a message no name, besides every language's small everyday words and the
   * lexicon's {@code notNames}: who the booking is for, and ways of not saying a name ("it's for my
   * mom", "same as last time", "I'd rather not say"). "Will" is a name as well as a word.
   */
  private static final Set<String> NOT_IN_NAMES =
      Set.of(
          "for",
          "as",
          "same",
          "last",
          "time",
          "rather",
          "say",
          "tell",
          "name",
          "mom",
          "mum",
          "mother",
          "dad",
          "father",
          "sister",
          "brother",
          "wife",
          "husband",
          "friend",
          "daughter",
          "son",
          "someone",
          "somebody",
          "else",
          "nombre",
          "llamo",
          "namen",
          "heiße",
          "heisse",
          "mama",
          "papa",
          "mamá",
          "papá",
          "mutter",
          "vater",
          "hija",
          "hijo",
          "madre",
          "padre",
          "tochter",
          "sohn",
          "freundin",
          "amiga",
          "amigo",
          "wrong",
          "falsch",
          "mal");

  /** Courtesy words a name may be followed by ("Sam, thanks"). */
  private static final Set<String> COURTESY =
      Set.of(
          "thanks", "thank", "you", "please", "ty", "cheers", "danke", "bitte", "gracias", "por",
          "favor");

  private static final Set<String> EVERYDAY = everyday();

  private static Set<String> everyday() {
    Set<String> out = new HashSet<>();
    for (Language l : Language.values()) {
      StopWords.of(l).forEach(w -> out.add(Folding.fold(w)));
    }
    out.remove("will");
    out.removeAll(PARTICLES);
    return Set.copyOf(out);
  }

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
    raw = Smileys.blanked(raw);
    String candidate = IntroducedNames.find(lexicon, raw, found);
    if (candidate == null && expecting != Expectation.NAME && serviceId != null) {
      candidate = closingFor(raw, found);
      if (candidate != null && lexicon != null && Occasions.named(candidate, lexicon.language())) {
        candidate = null; // "for Christmas", "für Weihnachten", "para Navidad"
      }
    }
    if (candidate == null && expecting != Expectation.NAME && serviceId != null) {
      candidate = signed(raw, found);
    }
    if (candidate == null
        && expecting == Expectation.NAME
        && !shifted
        && found.date() == null
        && found.time() == null
        && found.partOfDay() == null
        && found.unresolved().isEmpty()
        && serviceId == null
        && (intent == Intent.NONE || intent == Intent.GREETING || intent == Intent.THANKS)
        // A name is told, not asked: "geht auch später?" is a question about the time.
        && raw.indexOf('?') < 0) {
      candidate = withoutFor(withoutCourtesy(raw));
    }
    if (candidate == null || !nameWords(lexicon, candidate)) {
      return null;
    }
    String[] parts = candidate.split("\\s+");
    // "I'm free on Friday" is not a name: outside a name question accept only capitalised words.
    if (expecting != Expectation.NAME && !Character.isUpperCase(parts[0].charAt(0))) {
      return null;
    }
    return capitalised(parts);
  }

  /**
   * Whether a message could be a name said alone, in any language: then it says nothing about the
   * language it is written in ("María José García de la Vega" in an English chat).
   */
  static boolean couldBeName(String raw) {
    raw = raw == null ? null : Smileys.blanked(raw);
    String candidate = withoutCourtesy(raw == null ? "" : raw);
    return raw != null && raw.indexOf('?') < 0 && nameWords(null, candidate);
  }

  /** "for", "für", "para" before a name told at the name step: "for Amy", "für Frau Braun". */
  private static final Pattern FOR = Pattern.compile("(?iu)^(?:for|f(?:ü|ue|u)r|para)\\s+");

  /**
   * A capitalised name closing a request for a service: "basic manicure wed 12:00 for Tom",
   * "Pediküre am Montag für Jonas Weber", "pedicura el lunes para Lucía".
   */
  private static final Pattern CLOSING_FOR =
      Pattern.compile(
          "(?u)(?:^|\\s)(?:for|f(?:ü|ue)r|para)\\s+(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)?)"
              + "[\\s.!]*$");

  /** The name a request closes with after "for" (see {@link #CLOSING_FOR}); null if none. */
  private static String closingFor(String raw, DateTimeParser.Found found) {
    Matcher m = CLOSING_FOR.matcher(raw.strip());
    if (!m.find()) {
      return null;
    }
    int start = raw.indexOf(m.group(1));
    Span words = new Span(start, start + m.group(1).length());
    return overlaps(words, found.dateSpan()) || overlaps(words, found.timeSpan())
        ? null
        : m.group(1);
  }

  /**
   * A capitalised name signing a request for a service after its last sentence: "… kann ich mit
   * Karte zahlen? Claudia", "… el lunes por la tarde. Raquel" (ADR 0113).
   */
  private static final Pattern SIGNED =
      Pattern.compile("(?u)[?!.]\\s*(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)?)[\\s.!]*$");

  /** The name a request is signed with (see {@link #SIGNED}); null if none. */
  private static String signed(String raw, DateTimeParser.Found found) {
    String text = raw.strip();
    Matcher m = SIGNED.matcher(text);
    if (!m.find()) {
      return null;
    }
    int offset = raw.indexOf(text);
    Span words = new Span(offset + m.start(1), offset + m.end(1));
    return overlaps(words, found.dateSpan()) || overlaps(words, found.timeSpan())
        ? null
        : m.group(1);
  }

  /** The words without a "for" that opens them (ADR 0097). */
  private static String withoutFor(String candidate) {
    return FOR.matcher(candidate).replaceFirst("");
  }

  /** The message without its end punctuation and without a closing "thanks" or "please". */
  static String withoutCourtesy(String raw) {
    String text = raw.replaceAll("[.!,;:]+$", "").strip();
    int comma = text.lastIndexOf(',');
    if (comma > 0) {
      String tail = text.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
      if (!tail.isEmpty() && COURTESY.containsAll(List.of(tail.split("\\s+")))) {
        return text.substring(0, comma).strip();
      }
    }
    return text;
  }

  /**
   * Whether the words can be a name: up to seven of them, particles only before a name word, titles
   * only first, at least one name word, and no everyday word of any language ("for my mom", "me
   * llamo", "I'd rather not say") nor one the lexicon knows is never a name.
   */
  static boolean nameWords(Lexicon lexicon, String candidate) {
    if (!NAME_WORDS.matcher(candidate).matches()) {
      return false;
    }
    String[] parts = candidate.split("\\s+");
    boolean named = false;
    for (int i = 0; i < parts.length; i++) {
      String word = Folding.fold(parts[i].toLowerCase(Locale.ROOT).replace('\u2019', '\''));
      String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
      boolean last = i == parts.length - 1;
      if (TITLES.contains(bare) && i == 0 && !last) {
        continue;
      }
      if (word.endsWith(".")) {
        return false;
      }
      if (PARTICLES.contains(word) && i > 0 && !last) {
        continue;
      }
      if (EVERYDAY.contains(word)
          || NOT_IN_NAMES.contains(word)
          || NOT_IN_NAMES.contains(parts[i].toLowerCase(Locale.ROOT))
          || (lexicon != null && lexicon.notNames().contains(word))) {
        return false;
      }
      named = true;
    }
    return named;
  }

  /**
   * The name as the customer wrote it, except that a word written all in lower case gets capitals
   * ("anne-marie o'neil" → "Anne-Marie O'Neil"); particles stay as typed ("Lucía de la Vega").
   */
  private static String capitalised(String[] parts) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (!out.isEmpty()) {
        out.append(' ');
      }
      boolean particle = i > 0 && PARTICLES.contains(part.toLowerCase(Locale.ROOT));
      if (particle || !part.equals(part.toLowerCase(Locale.ROOT))) {
        out.append(part);
        continue;
      }
      boolean start = true;
      for (char c : part.toCharArray()) {
        out.append(start ? Character.toUpperCase(c) : c);
        start = c == '-' || c == '\'' || c == '\u2019';
      }
    }
    return out.toString();
  }

  /**
   * The leading capitalised words of a text (at most seven, with particles between them: "María
   * José García de la Vega and …"), or "" when it starts lower-case or is no name.
   */
  static String capitalisedRun(String text) {
    List<String> run = new ArrayList<>();
    int named = 0;
    for (String word : text.split("\\s+")) {
      if (run.size() == 7 || word.isEmpty()) {
        break;
      }
      if (Character.isUpperCase(word.charAt(0))) {
        run.add(word);
        named = run.size();
      } else if (named > 0 && PARTICLES.contains(word)) {
        run.add(word);
      } else {
        break;
      }
    }
    String name = String.join(" ", run.subList(0, named));
    return name.isEmpty() || !nameWords(null, name) ? "" : name;
  }

  static boolean overlaps(Span a, Span b) {
    return b != null && a.start() < b.end() && b.start() < a.end();
  }
}
