package io.bookline.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a message into words, numbers and signs, each with where it stands in the text, the same
 * way for every language. Letters and digits written together are split ("4pm", "mar21", "16h45")
 * and the later parts marked as glued, so a language's words can join them again where that means
 * something ("2moro", "b4"). Numbers keep their separators ("4:15", "20/03/2024", "2024-03-20").
 * Accents are dropped from the words ({@link Folding}); offsets stay those of the text as typed.
 */
final class Tokenizer {

  /**
   * One piece of the text, lower-cased.
   *
   * @param glued written with no space after the piece before it
   */
  record Token(String text, int start, int end, boolean glued) {
    Token withText(String newText) {
      return new Token(newText, start, end, glued);
    }
  }

  private static final String SIGNS = "$€£@%&#+-";
  private static final Pattern MERIDIEM =
      Pattern.compile("(?<![\\p{L}])([ap])\\. ?m\\.?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

  private Tokenizer() {}

  static List<Token> tokenize(String raw) {
    return tokenize(raw, false);
  }

  /**
   * The tokens of a text.
   *
   * @param dotAfterNumber keep a dot that ends a number as a token of its own: German writes the
   *     20th as "20." and 20 March as "20.3."
   */
  static List<Token> tokenize(String raw, boolean dotAfterNumber) {
    char[] s = prepare(raw);
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length) {
      char c = s[i];
      if (Character.isLetterOrDigit(c)
          || (c == '/' && i + 1 < s.length && Character.isLetter(s[i + 1]))) {
        int end = chunkEnd(s, i);
        split(s, i, end, out);
        i = end;
      } else {
        if (dotAfterNumber && c == '.' && i > 0 && Character.isDigit(s[i - 1])) {
          out.add(new Token(".", i, i + 1, true));
        } else if (SIGNS.indexOf(c) >= 0) {
          out.add(new Token(String.valueOf(c), i, i + 1, false));
        }
        i++;
      }
    }
    return out;
  }

  /**
   * Lower-cases one character at a time and writes "a.m." as "am" padded with spaces, so every
   * offset stays that of the raw text.
   */
  private static char[] prepare(String raw) {
    char[] s = new char[raw.length()];
    for (int i = 0; i < s.length; i++) {
      char c = raw.charAt(i);
      s[i] = c == '\u2019' || c == '\u2018' || c == '`' ? '\'' : Character.toLowerCase(c);
    }
    if (raw.indexOf('.') >= 0) {
      Matcher m = MERIDIEM.matcher(raw);
      while (m.find()) {
        s[m.start()] = Character.toLowerCase(raw.charAt(m.start()));
        s[m.start() + 1] = 'm';
        for (int j = m.start() + 2; j < m.end(); j++) {
          s[j] = ' ';
        }
      }
    }
    return s;
  }

  private static int chunkEnd(char[] s, int start) {
    int i = start + 1;
    while (i < s.length) {
      if (Character.isLetterOrDigit(s[i])) {
        i++;
      } else if (joins(s, i)) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /** A separator inside a number ("4:15", "20/03") or an apostrophe inside a word ("o'clock"). */
  private static boolean joins(char[] s, int i) {
    if (i + 1 >= s.length || i == 0) {
      return false;
    }
    char c = s[i];
    if (c == ':' || c == '.' || c == '/' || c == '-') {
      return Character.isDigit(s[i - 1]) && Character.isDigit(s[i + 1]);
    }
    return c == '\'' && Character.isLetter(s[i - 1]) && Character.isLetter(s[i + 1]);
  }

  /** Emits the chunk, split where letters meet digits and where a dash is not part of a date. */
  private static void split(char[] s, int start, int end, List<Token> out) {
    String chunk = new String(s, start, end - start);
    if (chunk.indexOf('-') > 0 && !ISO.matcher(chunk).matches()) {
      int from = start;
      for (int i = start; i <= end; i++) {
        if (i == end || s[i] == '-') {
          if (i > from) {
            split(s, from, i, out);
          }
          if (i < end) {
            out.add(new Token("-", i, i + 1, true));
          }
          from = i + 1;
        }
      }
      return;
    }
    int from = start;
    boolean glued = false;
    for (int i = start + 1; i <= end; i++) {
      if (i == end || kind(s, i) != kind(s, i - 1)) {
        out.add(new Token(Folding.fold(new String(s, from, i - from)), from, i, glued));
        glued = true;
        from = i;
      }
    }
  }

  /** Digits with their separators are one kind, letters (with apostrophes) the other. */
  private static int kind(char[] s, int i) {
    char c = s[i];
    if (Character.isDigit(c)) {
      return 1;
    }
    boolean separator = c == ':' || c == '.' || c == '/' || c == '-';
    return separator && i > 0 && Character.isDigit(s[i - 1]) ? 1 : 0;
  }
}
