package io.bookline.understanding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offline understanding: keyword phrases from a {@link Lexicon}, fuzzy catalog matching and {@link
 * DateTimeParser}, in the language the context names (the first lexicon's when it has none of
 * them). The default when no LLM is configured and the fallback when it fails, so it must never
 * throw and never be slow.
 */
public final class RuleUnderstanding implements Understanding {

  private static final Pattern NAME_WORDS =
      Pattern.compile("^[\\p{L}][\\p{L}'\\-]*(\\s+[\\p{L}][\\p{L}'\\-]*){0,3}$");

  /**
   * The intents a negation takes back: "I don't want to cancel" is no cancellation. Asking for a
   * booking in the negative still asks for one ("¿no tenéis hueco el viernes?").
   */
  private static final Set<Intent> NEGATABLE = Set.of(Intent.CANCEL, Intent.RESCHEDULE);

  /** How one language is read: its words, date/time rules, speller and intent phrases. */
  private record Reader(
      Lexicon lexicon, DateTimeParser dates, Speller speller, Phrases<Intent> intents) {
    Reader(Lexicon lexicon) {
      this(
          lexicon,
          new DateTimeParser(lexicon.dates()),
          new Speller(lexicon.spelling(), lexicon.dates()),
          new Phrases<>(lexicon.intents(), lexicon.negations(), NEGATABLE));
    }
  }

  private final Map<Language, Reader> readers = new EnumMap<>(Language.class);
  private final Reader fallback;

  /** One language only; every message is read in it. */
  public RuleUnderstanding(Lexicon lexicon) {
    this(List.of(lexicon));
  }

  /** Several languages; a message is read in its context's language. */
  public RuleUnderstanding(List<Lexicon> lexicons) {
    for (Lexicon l : lexicons) {
      readers.put(l.language(), new Reader(l));
    }
    this.fallback = readers.get(lexicons.getFirst().language());
  }

  /** The languages this understanding reads. */
  public Set<Language> languages() {
    return Set.copyOf(readers.keySet());
  }

  @Override
  public String name() {
    return "rules";
  }

  @Override
  public Reading interpret(String text, UnderstandingContext context) {
    String raw = text == null ? "" : text.strip();
    if (raw.isEmpty()) {
      return Reading.nothing(name());
    }
    Reader reader = readers.getOrDefault(context.language(), fallback);
    Lexicon lexicon = reader.lexicon();
    boolean dots = lexicon.dates().afterNumber().containsKey(".");
    List<Tokenizer.Token> tokens =
        reader
            .speller()
            .correct(
                Tokenizer.tokenize(raw, dots),
                CatalogMatch.ownWords(context.services(), context.resources()));
    MessageWords message = MessageWords.of(raw, tokens);
    DateTimeParser.Found found =
        reader
            .dates()
            .parse(
                tokens,
                raw,
                context.now(),
                // 8/3 is August 3rd in the US and 8 March nearly everywhere else.
                "US".equals(context.locale().getCountry()),
                // A lone "9" is an hour unless the bot asked for something else.
                context.expecting() == Expectation.TIME
                    || context.expecting() == Expectation.CHOICE
                    || context.expecting() == Expectation.NOTHING);
    String normalized = joined(tokens);
    List<String> words = CatalogMatch.words(normalized);
    Long serviceId = CatalogMatch.bestMatch(words, context.services());
    Long resourceId = CatalogMatch.bestMatch(words, context.resources());
    List<String> phraseWords = message.words();
    Intent intent = reader.intents().first(phraseWords, message.clauses());
    if (intent == Intent.ASK_HOURS) {
      // "in a few hours", "in 3 hours": those hours are a time, not a question about ours.
      MessageWords rest = message.without(dateTimeWords(raw, found));
      intent = reader.intents().first(rest.words(), rest.clauses());
    }
    intent = intent == null ? Intent.NONE : intent;
    String personName = personName(lexicon, raw, context.expecting(), intent, found, serviceId);
    if (personName != null && context.expecting() == Expectation.NAME) {
      intent = Intent.NONE;
    }
    // A staff member's name is not the customer's, and vice versa ("I'm Jo" with Marta is both).
    if (personName != null
        && resourceId != null
        && CatalogMatch.bestMatch(
                CatalogMatch.words(personName.toLowerCase(Locale.ROOT)), context.resources())
            != null) {
      resourceId = context.expecting() == Expectation.NAME ? null : resourceId;
      personName = context.expecting() == Expectation.NAME ? personName : null;
    }
    Integer choice =
        context.expecting() == Expectation.CHOICE || context.expecting() == Expectation.TIME
            ? choice(lexicon, phraseWords)
            : null;
    Slots slots =
        new Slots(
            serviceId,
            found.date(),
            found.time(),
            found.time() == null ? null : found.qualifier(),
            found.partOfDay(),
            resourceId);
    return new Reading(
        intent,
        slots,
        personName,
        choice,
        name(),
        new Evidence(found.dateSpan(), found.timeSpan(), found.unresolved()));
  }

  /** The words the message's dates and times (placed or not) were read from. */
  private static Set<String> dateTimeWords(String raw, DateTimeParser.Found found) {
    List<Span> spans = new ArrayList<>();
    if (found.dateSpan() != null) {
      spans.add(found.dateSpan());
    }
    if (found.timeSpan() != null) {
      spans.add(found.timeSpan());
    }
    found.unresolved().forEach(u -> spans.add(u.span()));
    Set<String> claimed = new HashSet<>();
    for (Span s : spans) {
      claimed.addAll(Phrases.words(raw.substring(s.start(), s.end()).toLowerCase(Locale.ROOT)));
    }
    return claimed;
  }

  private static String joined(List<Tokenizer.Token> tokens) {
    StringBuilder out = new StringBuilder();
    for (Tokenizer.Token t : tokens) {
      out.append(out.isEmpty() ? "" : " ").append(t.text());
    }
    return out.toString();
  }

  /** "the second one", "option 2", "la primera": the position picked from a list, or null. */
  private static Integer choice(Lexicon lexicon, List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      Integer pick = lexicon.choiceWords().get(words.get(i));
      if (pick != null) {
        return pick;
      }
      if (lexicon.optionWords().contains(words.get(i)) && i + 1 < words.size()) {
        String n = words.get(i + 1);
        Integer number =
            n.length() == 1 && Character.isDigit(n.charAt(0))
                ? Integer.valueOf(n.charAt(0) - '0')
                : lexicon.dates().numbers().get(n);
        if (number != null && number >= 1 && number <= 9) {
          return number;
        }
      }
    }
    return null;
  }

  private static String personName(
      Lexicon lexicon,
      String raw,
      Expectation expecting,
      Intent intent,
      DateTimeParser.Found found,
      Long serviceId) {
    String candidate = introducedName(lexicon, raw, found);
    if (candidate == null
        && expecting == Expectation.NAME
        && found.date() == null
        && found.time() == null
        && serviceId == null
        && (intent == Intent.NONE || intent == Intent.GREETING)) {
      candidate = raw.replaceAll("[.!?,;:]+$", "").strip();
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

  /** The words of a text: runs of letters and digits, apostrophes dropped ("i'd" → "id"). */
  static List<String> words(String normalized) {
    return CatalogMatch.words(normalized);
  }

  /** The catalog entry the words name, or null when none or several match equally well. */
  static Long bestMatch(List<String> words, List<Named> candidates) {
    return CatalogMatch.bestMatch(words, candidates);
  }
}
