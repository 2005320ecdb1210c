package io.bookline.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * A yes or no said with its last letter held, as people type in chat: "yesss", "jaaa", "siii",
 * "noooo", "neee", "okkk". One rule for every language instead of a list of spellings: the first
 * word's repeated last letter is cut to one, else to two ("neee" → "ne"; "nooo" → "no"), and the
 * message counts as a yes or no only if that word then reads as one.
 */
final class DrawnOut {
  private DrawnOut() {}

  /** YES or NO when the message is a held yes or no in the language of these phrases; else null. */
  static Intent yesOrNo(Phrases<Intent> intents, MessageWords message) {
    List<String> words = message.words();
    if (words.isEmpty()) {
      return null;
    }
    String first = words.get(0);
    int run = 1;
    while (run < first.length()
        && first.charAt(first.length() - 1 - run) == first.charAt(first.length() - 1)) {
      run++;
    }
    if (run < 2 || !Character.isLetter(first.charAt(first.length() - 1))) {
      return null;
    }
    for (int keep = 1; keep <= 2 && keep < run; keep++) {
      List<String> shorter = new ArrayList<>(words);
      shorter.set(0, first.substring(0, first.length() - run + keep));
      Intent answer = intents.first(shorter, message.clauses());
      if (answer == Intent.YES || answer == Intent.NO) {
        return answer;
      }
    }
    return null;
  }
}
