package io.bookline.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * "I can't make it on Monday, can we do Wednesday instead?": where a customer says they cannot keep
 * a booking, the day and time said with it are the booking's (which one), and only what is said
 * elsewhere is the new wish. Such a message asks to move the booking when the rest of it names a
 * new day or time or asks for a change ("¿me la cambias?"); said alone ("I can't make it on
 * Monday") it keeps the intent its words have.
 *
 * <p>The part about the booking is the clause the phrase stands in, up to the end of the first day
 * or time in it; the rest of the message is read on its own.
 */
final class CannotKeep {
  private CannotKeep() {}

  /** Intents of the rest of a message that leave a move to be decided by the days it names. */
  private static final Set<Intent> OPEN =
      Set.of(Intent.NONE, Intent.BOOK, Intent.YES, Intent.QUESTION);

  /**
   * What the message means once the booking's part is taken out.
   *
   * @param wish the day and time read from the rest of the message
   * @param booked the day and time of the booking the customer cannot keep
   * @param intent the message's intent, a change when the rest asks for one
   * @param byWeekday the booking's day was named by its weekday alone ("on Saturday"), so it may
   *     mean the booking a week on; a date ("on 28 November") means that day only
   */
  record Split(DateTimeParser.Found wish, Slots booked, Intent intent, boolean byWeekday) {}

  /**
   * The split of a message that says a booking cannot be kept, or null when it does not.
   *
   * @param phrases the language's cannot-keep phrases
   * @param intents the language's intent phrases, to read the rest of the message
   * @param message the message's words
   * @param tokens the message's tokens
   * @param first the first token dates are read from (after a greeting)
   * @param parse reads the days and times of some tokens
   * @param intent the intent the whole message was read with
   */
  static Split split(
      Phrases<Boolean> phrases,
      Phrases<Intent> intents,
      MessageWords message,
      List<Tokenizer.Token> tokens,
      int first,
      Function<List<Tokenizer.Token>, DateTimeParser.Found> parse,
      Intent intent) {
    int[] at = phrases.find(message.words(), message.clauses());
    if (at == null) {
      return null;
    }
    int clause = message.clauses()[at[0]];
    int from = Integer.MAX_VALUE;
    int to = -1;
    for (int i = 0; i < message.words().size(); i++) {
      if (message.clauses()[i] == clause && message.tokens()[i] >= 0) {
        from = Math.min(from, message.tokens()[i]);
        to = Math.max(to, message.tokens()[i]);
      }
    }
    from = Math.max(from, first);
    if (from > to) {
      return null;
    }
    DateTimeParser.Found booked = parse.apply(tokens.subList(from, to + 1));
    // "I can't make it on monday can we do wednesday instead": the day turned down is the
    // booking's.
    boolean passedOver = booked.declined() != null;
    int end =
        Math.max(
            message.tokens()[at[1] - 1],
            passedOver
                ? lastToken(tokens, booked.declinedSpan())
                : lastToken(tokens, booked.dateSpan(), booked.timeSpan()));
    List<Tokenizer.Token> rest = new ArrayList<>(tokens.subList(first, from));
    rest.addAll(tokens.subList(Math.min(end + 1, tokens.size()), tokens.size()));
    DateTimeParser.Found wish = parse.apply(rest);
    Intent restIntent = restIntent(intents, message, from, end);
    Intent meant = intent;
    if (intent == Intent.CANCEL || intent == Intent.CHANGE) {
      if (restIntent == Intent.CHANGE || restIntent == Intent.RESCHEDULE) {
        meant = restIntent;
      } else if (OPEN.contains(restIntent)
          && (wish.date() != null || wish.time() != null || wish.partOfDay() != null)) {
        meant = Intent.CHANGE;
      }
    }
    Slots said =
        passedOver
            ? Slots.NONE.withDate(booked.declined())
            : new Slots(
                null,
                booked.date(),
                booked.time(),
                booked.time() == null ? null : booked.qualifier(),
                booked.partOfDay(),
                null);
    // The day passed over is read again alone to tell how it was named.
    boolean byWeekday =
        passedOver
            ? parse.apply(tokensIn(tokens, booked.declinedSpan())).dateByWeekday()
            : booked.dateByWeekday();
    return new Split(wish, said, meant, byWeekday);
  }

  /** The tokens that stand within {@code span}. */
  private static List<Tokenizer.Token> tokensIn(List<Tokenizer.Token> tokens, Span span) {
    return tokens.stream()
        .filter(t -> t.start() >= span.start() && t.start() < span.end())
        .toList();
  }

  /** The last token the spans (a day's, a time's) stand on; -1 when none. */
  private static int lastToken(List<Tokenizer.Token> tokens, Span... spans) {
    int end = -1;
    for (Span s : spans) {
      end = s == null ? end : Math.max(end, s.end());
    }
    int last = -1;
    for (int t = 0; t < tokens.size(); t++) {
      if (tokens.get(t).start() < end) {
        last = t;
      }
    }
    return last;
  }

  /** The intent of the words outside tokens {@code from} to {@code end}; NONE when none. */
  private static Intent restIntent(
      Phrases<Intent> intents, MessageWords message, int from, int end) {
    List<String> words = new ArrayList<>();
    List<Integer> clauses = new ArrayList<>();
    for (int i = 0; i < message.words().size(); i++) {
      int t = message.tokens()[i];
      if (t < from || t > end) {
        words.add(message.words().get(i));
        clauses.add(message.clauses()[i]);
      }
    }
    Intent found = intents.first(words, clauses.stream().mapToInt(Integer::intValue).toArray());
    return found == null ? Intent.NONE : found;
  }
}
