package io.bookline.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A yes or no said with its last letter held, as people type in chat: "yesss", "jaaa", "siii",
 * "noooo", "neee", "okkk". One rule for every language instead of a list of spellings: the first
 * word's repeated last letter is cut to one, else to two ("neee" → "ne"; "nooo" → "no"), and the
 * message counts as a yes or no only if that word then reads as one. A greeting is held the same
 * way ("Holaa", "Hallooo", "Hiii", "heyyy"), in the chat's own language only.
 */
final class DrawnOut {
  private DrawnOut() {}

  /** YES or NO when the message is a held yes or no in the language of these phrases; else null. */
  static Intent yesOrNo(Phrases<Intent> intents, MessageWords message) {
    return held(intents, message, Set.of(Intent.YES, Intent.NO));
  }

  /**
   * YES, NO or GREETING when the message is a held yes, no or hello ("Holaa", "Hallooo", "Hiii",
   * "heyyy") in the language of these phrases; else null.
   */
  static Intent yesNoOrHello(Phrases<Intent> intents, MessageWords message) {
    return held(intents, message, Set.of(Intent.YES, Intent.NO, Intent.GREETING));
  }

  /**
   * The word with its held last letter cut to one, then to two ("holaa" → "hola", "neee" → "ne",
   * "nee"); none when its last letter is not held.
   */
  static List<String> shortened(String word) {
    int run = 1;
    while (run < word.length()
        && word.charAt(word.length() - 1 - run) == word.charAt(word.length() - 1)) {
      run++;
    }
    if (run < 2 || !Character.isLetter(word.charAt(word.length() - 1))) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    for (int keep = 1; keep <= 2 && keep < run; keep++) {
      out.add(word.substring(0, word.length() - run + keep));
    }
    return out;
  }

  private static Intent held(Phrases<Intent> intents, MessageWords message, Set<Intent> wanted) {
    List<String> words = message.words();
    if (words.isEmpty() || words.get(0).isEmpty()) {
      return null;
    }
    for (String shorter : shortened(words.get(0))) {
      List<String> said = new ArrayList<>(words);
      said.set(0, shorter);
      Intent answer = intents.first(said, message.clauses());
      if (answer != null && wanted.contains(answer)) {
        return answer;
      }
    }
    return null;
  }
}
