package io.bookline.understanding;

import java.util.List;

/**
 * Two questions in one message ("whats ur opening hours? and who works there", "¿a qué hora abren
 * el sábado y quién trabaja ese día?"), or a question beside a name ("I'm Sam, and where are you
 * located?"): each question the catalog answers, in the order asked, so that none goes unanswered.
 */
final class Questions {
  private Questions() {}

  /**
   * The questions the words ask, in order.
   *
   * @param rest the message less the words its dates and times were read from ("in 3 hours")
   */
  static List<Intent> asked(Phrases<Intent> intents, MessageWords rest) {
    return intents.inOrder(rest.words(), rest.clauses(), Mentions.QUESTIONS);
  }

  /**
   * For {@link Mentions#questions}: the questions asked when there are two or more, or when the
   * reading's {@code intent} is none of them (a name took the message); else none.
   */
  static List<Intent> beyond(List<Intent> asked, Intent intent) {
    return asked.size() > 1 || !asked.isEmpty() && !asked.contains(intent) ? asked : List.of();
  }
}
