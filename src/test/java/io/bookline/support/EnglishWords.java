package io.bookline.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds English words in a German or Spanish reply: everyday English function words and the words
 * Bookline's English bundle uses, minus those that are also German or Spanish words ("in", "am",
 * "so", "no", "me", "a"). The business's own names (services, staff, the business, its address) are
 * removed first, as the bot may say them as they are.
 */
public final class EnglishWords {
  private static final Set<String> WORDS =
      Set.of(
          // function words
          "the",
          "and",
          "or",
          "of",
          "to",
          "at",
          "on",
          "for",
          "with",
          "your",
          "you",
          "you're",
          "we",
          "we're",
          "our",
          "is",
          "are",
          "was",
          "be",
          "it",
          "that",
          "this",
          "these",
          "which",
          "what",
          "who",
          "when",
          "where",
          "how",
          "would",
          "like",
          "can",
          "could",
          "shall",
          "should",
          "will",
          "please",
          "yes",
          "sorry",
          "thanks",
          "thank",
          "hi",
          "hello",
          "not",
          "nothing",
          "no",
          "only",
          "already",
          "other",
          "another",
          "than",
          "then",
          "there",
          "here",
          "from",
          "until",
          "after",
          "before",
          "around",
          "into",
          "just",
          "any",
          "anyone",
          "i",
          "i'm",
          "i've",
          "i'll",
          "let's",
          "it's",
          "don't",
          "doesn't",
          "didn't",
          "hasn't",
          // Bookline's own vocabulary
          "book",
          "booked",
          "booking",
          "bookings",
          "appointment",
          "appointments",
          "cancel",
          "cancelled",
          "move",
          "moved",
          "reschedule",
          "free",
          "times",
          "time",
          "day",
          "days",
          "today",
          "tomorrow",
          "morning",
          "afternoon",
          "evening",
          "open",
          "closed",
          "prices",
          "price",
          "services",
          "service",
          "hours",
          "hour",
          "opening",
          "name",
          "start",
          "over",
          "ok",
          "okay",
          "done",
          "got",
          "see",
          "soon",
          "again",
          "suits",
          "suit",
          "nearest",
          "next",
          "taken",
          "fully",
          "passed",
          "ahead",
          "left",
          "works",
          "work",
          "does",
          "team",
          "member",
          "reply",
          "messages",
          "text",
          "upcoming",
          "kept",
          "changed",
          "pick",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "wed",
          "thu",
          "fri",
          "sat",
          "sun",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "oct",
          "nov",
          "dec",
          "eur");

  private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

  private final Set<String> alsoNative;
  private final List<String> ownNames;

  /**
   * @param alsoNative words that are English but also words of the language checked ("no" in
   *     Spanish, "so" in German)
   * @param ownNames the business's names, removed before looking
   */
  public EnglishWords(Set<String> alsoNative, List<String> ownNames) {
    this.alsoNative = Set.copyOf(alsoNative);
    this.ownNames = List.copyOf(ownNames);
  }

  /** For German replies: "man", "so", "hat" are German too. */
  public static EnglishWords inGerman(List<String> ownNames) {
    return new EnglishWords(
        Set.of(
            "so",
            "man",
            "hat",
            "was",
            "will",
            "an",
            "am",
            "in",
            "name",
            "team",
            "april",
            "august",
            "september",
            "november"),
        ownNames);
  }

  /** For Spanish replies: "no", "a", "me", "te" are Spanish too. */
  public static EnglishWords inSpanish(List<String> ownNames) {
    return new EnglishWords(Set.of("no", "a", "me", "te", "de", "en", "la"), ownNames);
  }

  /** The English words in {@code reply}, in order; empty when there are none. */
  public List<String> in(String reply) {
    String text = reply;
    for (String name : ownNames) {
      text = text.replace(name, " ");
    }
    List<String> found = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (WORDS.contains(w) && !alsoNative.contains(w)) {
        found.add(m.group());
      }
    }
    return found;
  }
}
