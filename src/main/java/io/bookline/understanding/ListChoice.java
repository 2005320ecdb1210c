package io.bookline.understanding;

import java.util.List;

/** "the second one", "option 2", "la primera": the position a customer picks from a list. */
final class ListChoice {
  private ListChoice() {}

  /** The position picked from a list (1 to 9), or null. */
  static Integer of(Lexicon lexicon, List<String> words) {
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
}
