package io.bookline.understanding;

import java.util.EnumMap;
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

  /** How one language is read: its words, date/time rules, speller and intent phrases. */
  private record Reader(
      Lexicon lexicon, DateTimeParser dates, Speller speller, Phrases<Intent> intents) {
    Reader(Lexicon lexicon) {
      this(
          lexicon,
          new DateTimeParser(lexicon.dates()),
          new Speller(lexicon.spelling(), lexicon.dates()),
          new Phrases<>(lexicon.intents()));
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
    List<String> phraseWords = Phrases.words(normalized);
    Intent intent = reader.intents().first(phraseWords);
    intent = intent == null ? Intent.NONE : intent;
    String personName = personName(lexicon, raw, context.expecting(), intent, found, serviceId);
    if (personName != null && context.expecting() == Expectation.NAME) {
      intent = Intent.NONE;
    }
    // A staff member's name is not the customer's, and vice versa.
    if (personName != null && resourceId != null) {
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
    // Lower-casing keeps offsets, so the prefix's end is also its end in the raw text.
    String lower = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    Matcher prefix = lexicon.namePrefixes().matcher(lower);
    String candidate = null;
    if (prefix.find()) {
      candidate = raw.substring(prefix.end());
    } else if (expecting == Expectation.NAME
        && found.date() == null
        && found.time() == null
        && serviceId == null
        && (intent == Intent.NONE || intent == Intent.GREETING)) {
      candidate = raw;
    }
    if (candidate == null) {
      return null;
    }
    candidate = candidate.replaceAll("[.!?,;:]+$", "").strip();
    if (!NAME_WORDS.matcher(candidate).matches()) {
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

  /** The words of a text: runs of letters and digits, apostrophes dropped ("i'd" → "id"). */
  static List<String> words(String normalized) {
    return CatalogMatch.words(normalized);
  }

  /** The catalog entry the words name, or null when none or several match equally well. */
  static Long bestMatch(List<String> words, List<Named> candidates) {
    return CatalogMatch.bestMatch(words, candidates);
  }
}
