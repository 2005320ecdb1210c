package io.bookline.understanding;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "The name is wrong", "that's not my name", "der Name ist falsch", "el nombre está mal": the
 * customer says the name being confirmed is not theirs. Read on folded text (no accents, lower
 * case) in every language the chat speaks, since a customer may answer in another one.
 */
final class NameDisputes {
  private NameDisputes() {}

  private static final List<Pattern> SAID =
      List.of(
          // English
          Pattern.compile(
              "\\bname(?:'s| is| was)? (?:is |was )?(?:wrong|incorrect|not right|misspelt|misspelled"
                  + "|spelt wrong|spelled wrong|not correct)\\b"),
          Pattern.compile("\\b(?:wrong|incorrect) name\\b"),
          Pattern.compile("\\bnot my name\\b"),
          Pattern.compile("\\bthat'?s not me\\b"),
          // German
          Pattern.compile("\\bname (?:ist|war|stimmt) (?:falsch|nicht)\\b"),
          Pattern.compile("\\bfalsche[rn]? name"),
          Pattern.compile("\\bnicht mein name\\b"),
          Pattern.compile("\\bso heisse ich nicht\\b"),
          // Spanish
          Pattern.compile("\\bnombre (?:esta|es) (?:mal|incorrecto|equivocado)\\b"),
          Pattern.compile("\\bnombre (?:mal|incorrecto|equivocado)\\b"),
          Pattern.compile("\\bno es mi nombre\\b"),
          Pattern.compile("\\bno me llamo asi\\b"));

  /** Whether {@code raw} says the name is wrong (whether or not it also gives the right one). */
  static boolean said(String raw) {
    String text = Folding.fold(raw.toLowerCase(Locale.ROOT)).replace('\u2019', '\'');
    return SAID.stream().anyMatch(p -> p.matcher(text).find());
  }
}
