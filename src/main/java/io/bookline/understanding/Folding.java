package io.bookline.understanding;

/**
 * Writes lower-case letters without their accents, the way many people type on a phone: "mañana"
 * and "manana", "übermorgen" and "ubermorgen", "miércoles" and "miercoles" become one word. "ß" is
 * written "ss". Language data is folded the same way, so a word is found however it was typed.
 */
final class Folding {
  private Folding() {}

  /** The lower-case text without accents; the same string when it has none. */
  static String fold(String lower) {
    int i = 0;
    while (i < lower.length() && lower.charAt(i) < 0x80) {
      i++;
    }
    if (i == lower.length()) {
      return lower;
    }
    StringBuilder out = new StringBuilder(lower.length() + 2).append(lower, 0, i);
    for (; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c == 'ß') {
        out.append("ss");
      } else {
        out.append(plain(c));
      }
    }
    return out.toString();
  }

  private static char plain(char c) {
    return switch (c) {
      case 'à', 'á', 'â', 'ã', 'ä', 'å' -> 'a';
      case 'ç' -> 'c';
      case 'è', 'é', 'ê', 'ë' -> 'e';
      case 'ì', 'í', 'î', 'ï' -> 'i';
      case 'ñ' -> 'n';
      case 'ò', 'ó', 'ô', 'õ', 'ö' -> 'o';
      case 'ù', 'ú', 'û', 'ü' -> 'u';
      case 'ý', 'ÿ' -> 'y';
      case 'º', '°' -> 'o';
      default -> c;
    };
  }
}
