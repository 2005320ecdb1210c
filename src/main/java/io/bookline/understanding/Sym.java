package io.bookline.understanding;

/**
 * One word of a message in the shared notation the date and time rules read, with where it came
 * from in the text. Every language writes into the same notation: a weekday is {@code D1}–{@code
 * D7} (Monday first), a month {@code M1}–{@code M12}, an ordinal {@code #21}, a number {@code 4}, a
 * number written in words {@code ~4}, a clock time {@code 4:15}, a numeric date {@code 20/03}, a
 * number that counts something else ("4 people", "$20") {@code Q}; other words stay themselves in
 * the English spelling the shared rules use ("tomorrow", "morning", "am").
 */
record Sym(String text, Kind kind, int start, int end) {

  /** What sort of word a symbol is, so a rule that cannot match is skipped cheaply. */
  enum Kind {
    WEEKDAY,
    MONTH,
    ORDINAL,
    NUMBER,
    WORD_NUMBER,
    FOUR_DIGITS,
    CLOCK,
    DATE,
    ISO_DATE,
    QUANTITY,
    WORD;

    int bit() {
      return 1 << ordinal();
    }

    boolean numeric() {
      return this != WEEKDAY && this != MONTH && this != WORD && this != QUANTITY;
    }
  }

  static Sym weekday(int day, int start, int end) {
    return new Sym("D" + day, Kind.WEEKDAY, start, end);
  }

  static Sym month(int month, int start, int end) {
    return new Sym("M" + month, Kind.MONTH, start, end);
  }

  static Sym ordinal(int n, boolean inWords, int start, int end) {
    return new Sym((inWords ? "#~" : "#") + n, Kind.ORDINAL, start, end);
  }

  static Sym wordNumber(String digits, int start, int end) {
    return new Sym("~" + digits, Kind.WORD_NUMBER, start, end);
  }

  static Sym word(String text, int start, int end) {
    return new Sym(text, Kind.WORD, start, end);
  }
}
