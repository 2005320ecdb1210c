package io.bookline.understanding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Offline understanding: patterns from a {@link Lexicon}, fuzzy catalog matching and {@link
 * DateTimeParser}. The default when no LLM is configured and the fallback when it fails, so it must
 * never throw and never be slow.
 */
public final class RuleUnderstanding implements Understanding {

  private static final Pattern CHOICE =
      Pattern.compile(
          "\\b(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)(?:\\s+one)?\\b"
              + "|\\boption\\s+(\\d|one|two|three|four|five|six)\\b");
  private static final Pattern NAME_WORDS =
      Pattern.compile("^[\\p{L}][\\p{L}'\\-]*(\\s+[\\p{L}][\\p{L}'\\-]*){0,3}$");

  private final Lexicon lexicon;
  private final DateTimeParser dates;
  private final Speller speller;

  public RuleUnderstanding(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.dates = new DateTimeParser(lexicon.dates());
    this.speller = new Speller(lexicon.spelling(), lexicon.dates());
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
    List<Tokenizer.Token> tokens =
        speller.correct(Tokenizer.tokenize(raw), ownWords(context.services(), context.resources()));
    String normalized = joined(tokens);
    DateTimeParser.Found found =
        dates.parse(
            tokens,
            raw,
            context.now(),
            // 8/3 is August 3rd in the US and 8 March nearly everywhere else.
            "US".equals(context.locale().getCountry()),
            // A lone "9" is an hour unless the bot asked for something else.
            context.expecting() == Expectation.TIME
                || context.expecting() == Expectation.CHOICE
                || context.expecting() == Expectation.NOTHING);
    List<String> words = words(normalized);
    Long serviceId = bestMatch(words, context.services());
    Long resourceId = bestMatch(words, context.resources());
    Intent intent = intent(normalized);
    String personName = personName(raw, context.expecting(), intent, found, serviceId);
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
            ? choice(normalized)
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

  /** The business's own words, which the speller leaves as typed. */
  private static Set<String> ownWords(List<Named> services, List<Named> resources) {
    Set<String> out = new HashSet<>();
    for (List<Named> list : List.of(services, resources)) {
      for (Named n : list) {
        for (String phrase : phrases(n)) {
          out.addAll(words(phrase.toLowerCase(Locale.ROOT)));
        }
      }
    }
    return out;
  }

  private Intent intent(String normalized) {
    for (Map.Entry<Intent, Pattern> e : lexicon.intents().entrySet()) {
      if (e.getValue().matcher(normalized).find()) {
        return e.getKey();
      }
    }
    return Intent.NONE;
  }

  private Integer choice(String normalized) {
    Matcher m = CHOICE.matcher(normalized);
    if (!m.find()) {
      return null;
    }
    if (m.group(1) != null) {
      return lexicon.choiceWords().get(m.group(1));
    }
    String n = m.group(2);
    return Character.isDigit(n.charAt(0)) ? Integer.valueOf(n) : lexicon.dates().numbers().get(n);
  }

  private String personName(
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
    if (lexicon.notNames().contains(parts[0].toLowerCase(Locale.ROOT))) {
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
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= normalized.length(); i++) {
      char c = i < normalized.length() ? normalized.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(c);
      } else if (c != '\'' || word.isEmpty()) {
        if (!word.isEmpty()) {
          out.add(word.toString());
          word.setLength(0);
        }
      }
    }
    return out;
  }

  /**
   * The catalog entry the words name, or null when none or several match equally well. A phrase
   * (name or synonym) scores by how many of its words appear (typos and prefixes allowed); a word
   * that only one entry has is enough on its own ("gel" → Gel Manicure).
   */
  static Long bestMatch(List<String> words, List<Named> candidates) {
    if (candidates.isEmpty() || words.isEmpty()) {
      return null;
    }
    Map<String, Integer> tokenOwners = new HashMap<>();
    for (Named n : candidates) {
      for (String t : distinctTokens(n)) {
        tokenOwners.merge(t, 1, Integer::sum);
      }
    }
    double best = 0;
    Long bestId = null;
    boolean tie = false;
    for (Named n : candidates) {
      double score = 0;
      for (String phrase : phrases(n)) {
        List<String> tokens = words(phrase.toLowerCase(Locale.ROOT));
        int hits = 0;
        boolean distinctive = false;
        for (String token : tokens) {
          if (containsFuzzy(words, token)) {
            hits++;
            if (tokenOwners.getOrDefault(token, 0) == 1 && !STOP.contains(token)) {
              distinctive = true;
            }
          }
        }
        double phraseScore;
        if (hits == tokens.size() && hits > 0) {
          phraseScore = hits + 1;
        } else if (distinctive) {
          phraseScore = hits;
        } else {
          phraseScore = 0;
        }
        score = Math.max(score, phraseScore);
      }
      if (score > best) {
        best = score;
        bestId = n.id();
        tie = false;
      } else if (score > 0 && score == best) {
        tie = true;
      }
    }
    return tie ? null : bestId;
  }

  private static final Set<String> STOP =
      Set.of("the", "a", "an", "and", "of", "with", "for", "to", "in", "on");

  private static List<String> phrases(Named n) {
    List<String> all = new ArrayList<>();
    all.add(n.name());
    all.addAll(n.synonyms());
    return all;
  }

  private static Set<String> distinctTokens(Named n) {
    Set<String> set = new HashSet<>();
    for (String phrase : phrases(n)) {
      set.addAll(words(phrase.toLowerCase(Locale.ROOT)));
    }
    return set;
  }

  private static boolean containsFuzzy(List<String> words, String token) {
    for (String w : words) {
      if (similar(w, token)) {
        return true;
      }
    }
    return false;
  }

  /** Same word, a typo of it, a plural, or a clear prefix ("mani" for "manicure"). */
  static boolean similar(String word, String token) {
    if (word.equals(token)) {
      return true;
    }
    if (STOP.contains(word) || STOP.contains(token)) {
      return false;
    }
    if (word.equals(token + "s") || word.equals(token + "es")) {
      return true;
    }
    if (word.length() >= 4 && token.length() >= 5 && token.startsWith(word)) {
      return true;
    }
    if (token.length() < 4 || word.length() < 4) {
      return false;
    }
    int allowed = token.length() >= 8 ? 2 : 1;
    return (Math.abs(word.length() - token.length()) <= allowed
            && Fuzzy.distance(word, token, allowed + 1) <= allowed)
        || Fuzzy.near(word, token);
  }
}
