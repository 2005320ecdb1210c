package io.bookline.understanding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A number that counts people: "two pedicures", "2 Pediküren", "dos pedicuras" book one appointment
 * per person (ADR 0058). A number right before a service word is often the hour or the date instead
 * ("tuesday at 2 pedicure", "viertel nach 3 Maniküre", "a las 2 pedicura", "am 2. Pediküre"), so it
 * counts only when it is no part of the day or time the message was read for and follows no word
 * that makes it a time, a date or a price (ADR 0103).
 */
final class CountedPeople {
  private CountedPeople() {}

  /**
   * Symbols ({@link DateWords#words}, or the word itself where a language maps none) of words after
   * which a number is an hour, a date or a minute: "at", "um", "a", "past", "nach", "halb",
   * "quarter", "viertel", "the", "las", "el", "am", "around", "gegen", "sobre", "from", "till"…
   */
  private static final Set<String> TIME_BEFORE =
      Set.of(
          "at",
          "on",
          "the",
          "el",
          "past",
          "to",
          "before",
          "after",
          "half",
          "quarter",
          "threequarter",
          "around",
          "about",
          "from",
          "till",
          "until",
          "between",
          "minus",
          "by");

  /**
   * A month ("december 2"). A weekday is not here: "monday 2 pedicures at 11" counts two people,
   * and where the parser reads "tuesday 2" as the hour the number is inside the time read.
   */
  private static final Pattern DAY_OR_MONTH = Pattern.compile("M1?[0-9]");

  /** Signs of a price before a number: "€2". */
  private static final Set<String> MONEY = Set.of("€", "$", "£");

  /**
   * How many people a number before a service word counts (2 to {@code most}); 0 when none does.
   *
   * @param message the message's words, with the tokens they come from
   * @param tokens the tokens, with their places in the text
   * @param found the day and time read from the message
   */
  static int beforeAService(
      MessageWords message,
      List<Tokenizer.Token> tokens,
      DateTimeParser.Found found,
      DateWords dates,
      List<Named> catalog,
      int most) {
    List<String> w = message.words();
    for (int i = 0; i + 1 < w.size(); i++) {
      Integer n = number(w.get(i), dates.numbers());
      if (n == null
          || n < 2
          || n > most
          || CatalogMatch.sharing(List.of(w.get(i + 1)), catalog).isEmpty()
          || readAsDayOrTime(message, i, tokens, found)
          || (i > 0 && timeWordBefore(w.get(i - 1), dates.words()))) {
        continue;
      }
      return n;
    }
    return 0;
  }

  /** Words after a number that make it a number of people: "3 people", "zwei Personen". */
  private static final Set<String> PEOPLE =
      Set.of(
          "people",
          "persons",
          "ladies",
          "girls",
          "personen",
          "leute",
          "damen",
          "personas",
          "chicas",
          "senoras",
          "amigas");

  /** Words before a number that make it a number of people: "for 2", "für 3", "para 2". */
  private static final Set<String> FOR = Set.of("for", "fur", "fuer", "para");

  /** "We are", as two words before a number: "we are 3", "wir sind 3". */
  private static final Set<List<String>> WE_ARE =
      Set.of(List.of("we", "are"), List.of("wir", "sind"));

  /** German "zu zweit", "zu dritt", "zu viert". */
  private static final Map<String, Integer> ZU = Map.of("zweit", 2, "dritt", 3, "viert", 4);

  /** Symbols after a number that make it a clock time: "for 2 pm", "für 2 Uhr". */
  private static final Set<String> CLOCK_AFTER = Set.of("am", "pm", "oclock", "h", "hour");

  /**
   * How many people a number said as people counts (2 to {@code most}): "3 people", "two of us",
   * "for 2", "für 3", "para 2", "we are 3", "wir sind 3", "somos 3", "zu dritt"; never the hour or
   * the date the message was read for ("for 2pm", "para las 2"). 0 when none is said.
   */
  static int saidAsPeople(
      MessageWords message,
      List<Tokenizer.Token> tokens,
      DateTimeParser.Found found,
      DateWords dates,
      int most) {
    List<String> w = message.words();
    for (int i = 0; i < w.size(); i++) {
      if (i > 0 && w.get(i - 1).equals("zu") && ZU.containsKey(w.get(i))) {
        return Math.min(ZU.get(w.get(i)), most);
      }
      Integer n = number(w.get(i), dates.numbers());
      if (n == null || n < 2 || n > most || readAsDayOrTime(message, i, tokens, found)) {
        continue;
      }
      String next = i + 1 < w.size() ? w.get(i + 1) : "";
      String before = i > 0 ? w.get(i - 1) : "";
      boolean clock = CLOCK_AFTER.contains(dates.words().getOrDefault(next, next));
      if (PEOPLE.contains(next)
          || next.equals("of") && i + 2 < w.size() && w.get(i + 2).equals("us")
          || FOR.contains(before) && !clock
          || before.equals("somos")
          || i > 1 && WE_ARE.contains(List.of(w.get(i - 2), before))) {
        return n;
      }
    }
    return 0;
  }

  private static Integer number(String word, Map<String, Integer> numbers) {
    return word.length() == 1 && Character.isDigit(word.charAt(0))
        ? Integer.valueOf(word.charAt(0) - '0')
        : numbers.get(word);
  }

  /** Whether word {@code i} stands inside the day or the time read from the message. */
  private static boolean readAsDayOrTime(
      MessageWords message, int i, List<Tokenizer.Token> tokens, DateTimeParser.Found found) {
    int token = message.tokens()[i];
    if (token < 0 || token >= tokens.size()) {
      return false;
    }
    int at = tokens.get(token).start();
    return inside(found.timeSpan(), at) || inside(found.dateSpan(), at);
  }

  private static boolean inside(Span span, int at) {
    return span != null && span.start() <= at && at < span.end();
  }

  /** Whether a number after {@code word} is a time, a date or a price. */
  private static boolean timeWordBefore(String word, Map<String, String> symbols) {
    String symbol = symbols.getOrDefault(word, word);
    return MONEY.contains(word)
        || TIME_BEFORE.contains(symbol)
        || DAY_OR_MONTH.matcher(symbol).matches();
  }
}
