package io.bookline.understanding;

import java.util.List;

/**
 * A question no phrase answers ("is there parking?", "do you take cards?", "kann ich mit Karte
 * zahlen?"): a message with a question mark or opening with a question's words, that names nothing
 * the bot can use and has a word the language's phrases do not know. A booking phrase that is only
 * the question's opening ("is there", "kann ich", "puedo") does not make it a booking.
 */
final class UnknownQuestion {
  private UnknownQuestion() {}

  /** QUESTION for a message that names nothing and asks what no phrase knows; else its intent. */
  static Intent of(LanguageReader reader, String raw, MessageWords message, Intent intent) {
    if (intent != Intent.NONE && intent != Intent.BOOK && intent != Intent.QUESTION) {
      return intent;
    }
    List<String> words = message.words();
    // "wo kann ich parken?": "wo" then "kann ich", both only the question's opening.
    int opener = AsideQuestions.openers(reader, words);
    boolean asked = opener > 0 || raw.indexOf('?') >= 0 || raw.indexOf('¿') >= 0;
    List<String> rest = words.subList(opener, words.size());
    Intent restIntent =
        intent == Intent.BOOK && opener > 0 ? reader.intents().first(rest) : unlessQuestion(intent);
    boolean unknown =
        rest.stream()
            .anyMatch(
                w ->
                    w.length() > 2
                        && Character.isLetter(w.charAt(0))
                        && !reader.known().contains(w));
    if (asked && unknown && (restIntent == null || unlessQuestion(restIntent) == Intent.NONE)) {
      return Intent.QUESTION;
    }
    return unlessQuestion(intent);
  }

  /** Words that open a question are no intent by themselves. */
  static Intent unlessQuestion(Intent intent) {
    return intent == Intent.QUESTION ? Intent.NONE : intent;
  }
}
