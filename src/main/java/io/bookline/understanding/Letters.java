package io.bookline.understanding;

import java.util.Map;

/** Letters and signs only one of our languages writes: a point for it, once per message. */
final class Letters {
  private Letters() {}

  private static final String GERMAN = "äöüßÄÖÜ";
  private static final String SPANISH = "ñ¿¡áíóúÑÁÍÓÚ";

  static void score(String text, Map<Language, Double> scores) {
    boolean german = false;
    boolean spanish = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      german |= GERMAN.indexOf(c) >= 0;
      spanish |= SPANISH.indexOf(c) >= 0;
    }
    if (german) {
      scores.merge(Language.DE, 1.0, Double::sum);
    }
    if (spanish) {
      scores.merge(Language.ES, 1.0, Double::sum);
    }
  }
}
