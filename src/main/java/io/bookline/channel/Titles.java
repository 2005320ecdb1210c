package io.bookline.channel;

/**
 * Shortens an option's title to a platform's limit legibly: at a word boundary where there is one,
 * and always with a mark ("…"), so a shortened title never looks like a whole one. A tap still
 * sends the whole option (its id carries it).
 */
public final class Titles {
  /** The mark a shortened title ends with. */
  public static final String MARK = "…";

  private Titles() {}

  /** {@code title} itself when it fits in {@code max} characters, else a shortened, marked one. */
  public static String shorten(String title, int max) {
    String t = title.strip();
    if (t.codePointCount(0, t.length()) <= max) {
      return t;
    }
    int room = t.offsetByCodePoints(0, max - 1);
    int space = t.lastIndexOf(' ', room);
    // A word boundary in the latter half keeps whole words; else the word is cut, with the mark.
    int cut = space >= room / 2 ? space : room;
    return t.substring(0, cut).stripTrailing() + MARK;
  }

  /**
   * {@code text} in at most {@code max} UTF-8 bytes, shortened the same way when it does not fit.
   */
  public static String shortenBytes(String text, int max) {
    String t = text;
    int chars = t.length();
    while (t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > max && chars > 1) {
      chars--;
      t = shorten(text, chars);
    }
    return t;
  }
}
