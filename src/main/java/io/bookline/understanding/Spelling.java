package io.bookline.understanding;

import java.util.Map;
import java.util.Set;

/**
 * How one language is typed on a phone: shorthand and the words a typo is bent back to. Data, not
 * code, like {@link DateWords}.
 *
 * @param shorthand chat forms and their words ("ur" → "your", "wat" → "what", "b4" → "before")
 * @param keywords the words intents are recognised by ("cancel", "appointment", "prices"); a typo
 *     of one of them, or of a date or time word, is read as the word
 * @param protectedWords real words that lie within a typo of a keyword and must stay themselves
 *     ("cancer" is not "cancel", "match" is not "march")
 */
public record Spelling(
    Map<String, String> shorthand, Set<String> keywords, Set<String> protectedWords) {
  public Spelling {
    shorthand = Map.copyOf(shorthand);
    keywords = Set.copyOf(keywords);
    protectedWords = Set.copyOf(protectedWords);
  }
}
