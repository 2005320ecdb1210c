package io.bookline.understanding;

import java.util.ArrayList;
import java.util.List;

/**
 * "One for me and one for my daughter", "una para mí y otra para mi hija", "eine für mich und eine
 * für meine Tochter": one service each, said as two shares, books for the customer and one more
 * person, as {@link OtherPeople}'s phrases do ("for me and my daughter"). Added to them by {@link
 * Lexicon}; written folded (no accents), as messages are read.
 */
final class OneEach {
  private OneEach() {}

  /** The language's party phrases with the one-each ones added. */
  static List<String> addedTo(List<String> party, Language language) {
    List<String> all = new ArrayList<>(party);
    all.addAll(phrases(language));
    return List.copyOf(all);
  }

  private static List<String> phrases(Language language) {
    return switch (language) {
      case EN ->
          List.of(
              "for me and one|another for my|a _",
              "for me and one|another more for my|a _",
              "for my _ and one|another for me|myself",
              // "for my mum Helen on friday at 10, and one for me" (ADR 0115)
              "and one|another for me|myself");
      case DE ->
          List.of(
              "fur mich und eine|einen|eins|einmal|noch fur meine|meinen|meiner|meinem|mein _",
              "fur meine|meinen|meiner|meinem|mein _ und eine|einen|eins|einmal|noch fur mich",
              "und eine|einen|eins|einmal|noch fur mich");
      case ES ->
          List.of(
              "para mi y otra|otro|una|uno para mi|mis|una|un _",
              "para mi y otra|otro mas para mi|mis|una|un _",
              "para mi _ y otra|otro|una|uno para mi",
              "y otra|otro|una|uno para mi$");
    };
  }
}
