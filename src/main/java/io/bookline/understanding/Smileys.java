package io.bookline.understanding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Emoji and emoticons in a message: no part of a name ("Kim 🙂", "Kim :)"). */
final class Smileys {
  private Smileys() {}

  /**
   * Emoticons typed as signs (":)", ";-)", ":D", "<3", "^^", "xD") standing as words of their own.
   */
  private static final Pattern EMOTICON =
      Pattern.compile(
          "(?<=^|\\s)(?:[:;=][-'^o]?[)(\\]\\[DPpOo3*|/\\\\]+|<3+|\\^_*\\^|[xX]D+)(?=$|\\s|[.!,])");

  /**
   * The message with its emoji and emoticons blanked out ("Kim 🙂", "Kim :)" → "Kim"), each
   * character by a space, so that offsets into the message (the date's and time's words) still
   * hold.
   */
  static String blanked(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); ) {
      int c = raw.codePointAt(i);
      int n = Character.charCount(c);
      int type = Character.getType(c);
      boolean sign =
          type == Character.OTHER_SYMBOL
              || type == Character.MODIFIER_SYMBOL && c > 0x7F
              || type == Character.SURROGATE
              || c == 0xFE0F
              || c == 0x200D
              || c == 0x20E3;
      out.append(sign ? " ".repeat(n) : raw.substring(i, i + n));
      i += n;
    }
    Matcher m = EMOTICON.matcher(out);
    while (m.find()) {
      for (int i = m.start(); i < m.end(); i++) {
        out.setCharAt(i, ' ');
      }
    }
    return out.toString();
  }
}
