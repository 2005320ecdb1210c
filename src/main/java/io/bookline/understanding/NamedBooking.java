package io.bookline.understanding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * "Can you make my saturday appointment an hour earlier?", "kann ich den Termin am Dienstag eine
 * Stunde später haben?", "puedes poner mi cita del lunes una hora más tarde": words that name a
 * booking the customer has ({@link BookingNames}), said with a new day or time or a shift by an
 * amount, ask to move that booking. A day or time said inside those words ("saturday", "am
 * Dienstag", "del lunes") is the booking's ({@link Evidence#booked()}), not the new one; only what
 * is said elsewhere is the wish.
 *
 * <p>The customer's own booking ("my appointment", "meinen Termin", "mi cita") is a move; the
 * definite one ("the appointment", "den Termin", "la cita") is a change ({@link Intent#CHANGE}):
 * while a booking is under way it may be that one. A message that also says "book" asks for a new
 * booking and is left as it is, and so is one that names nothing new.
 */
final class NamedBooking {

  /** Intents whose words leave a move to be decided by the booking named. */
  private static final Set<Intent> OPEN =
      Set.of(
          Intent.NONE, Intent.BOOK, Intent.YES, Intent.QUESTION, Intent.CHANGE, Intent.RESCHEDULE);

  private final Phrases<Boolean> names;
  private final Set<String> bookVerbs;
  private final Phrases<Boolean> rightAfter;
  private final Phrases<Boolean> serviceMoves;

  NamedBooking(BookingNames words) {
    this.serviceMoves = new Phrases<>(Map.of(true, words.serviceMoves()));
    this.rightAfter = new Phrases<>(Map.of(true, words.rightAfter()));
    this.names = new Phrases<>(Map.of(true, words.own(), false, words.definite()));
    this.bookVerbs = Set.copyOf(words.bookVerbs());
  }

  /** "Right after", "direkt danach", "justo después": the end of the booking just made. */
  Phrases<Boolean> rightAfter() {
    return rightAfter;
  }

  /**
   * The split of a message that names a booking to move, or null when it does not.
   *
   * @param message the message's words
   * @param tokens the message's tokens
   * @param first the first token dates are read from (after a greeting)
   * @param parse reads the days and times of some tokens
   * @param intent the intent the whole message was read with
   * @param shifted whether the message moves a time by an amount ("an hour later")
   * @param serviceId the service the message names, or null
   */
  CannotKeep.Split split(
      MessageWords message,
      List<Tokenizer.Token> tokens,
      int first,
      Function<List<Tokenizer.Token>, DateTimeParser.Found> parse,
      Intent intent,
      boolean shifted,
      Long serviceId) {
    List<String> words = message.words();
    if (!OPEN.contains(intent) || words.stream().anyMatch(bookVerbs::contains)) {
      return null;
    }
    int[] at = names.find(words, message.clauses());
    if (at == null) {
      return serviceMoved(message, tokens, first, parse, intent, shifted, serviceId);
    }
    if (message.tokens()[at[0]] < first) {
      return null;
    }
    boolean own = Boolean.TRUE.equals(names.first(words.subList(at[0], at[1])));
    int from = message.tokens()[at[0]];
    int to = message.tokens()[at[1] - 1];
    to = Math.max(to, dayRightAfter(message, tokens, at, parse));
    DateTimeParser.Found booked = parse.apply(tokens.subList(from, to + 1));
    List<Tokenizer.Token> rest = new ArrayList<>(tokens.subList(first, from));
    rest.addAll(tokens.subList(to + 1, tokens.size()));
    DateTimeParser.Found wish = parse.apply(rest);
    boolean anew = wish.date() != null || wish.time() != null || wish.partOfDay() != null;
    if (!anew && !shifted) {
      return null;
    }
    Intent meant = own ? Intent.RESCHEDULE : intent == Intent.RESCHEDULE ? intent : Intent.CHANGE;
    Slots said =
        new Slots(
            null,
            booked.date(),
            booked.time(),
            booked.time() == null ? null : booked.qualifier(),
            null,
            null);
    return new CannotKeep.Split(wish, said, meant, booked.dateByWeekday());
  }

  /**
   * "make the pedicure an hour later", "mach die Pediküre eine Stunde später", "pon la pedicura el
   * miércoles": a service named after a weak verb and its article, with a shift or a new day or
   * time, is the booked one moved: a change of the booking of that service ({@link
   * Evidence#booked()} names the service; with none booked the change is a new booking).
   */
  private CannotKeep.Split serviceMoved(
      MessageWords message,
      List<Tokenizer.Token> tokens,
      int first,
      Function<List<Tokenizer.Token>, DateTimeParser.Found> parse,
      Intent intent,
      boolean shifted,
      Long serviceId) {
    if (serviceId == null || serviceMoves.find(message.words(), message.clauses()) == null) {
      return null;
    }
    DateTimeParser.Found wish = parse.apply(tokens.subList(first, tokens.size()));
    boolean anew = wish.date() != null || wish.time() != null || wish.partOfDay() != null;
    return anew || shifted
        ? new CannotKeep.Split(
            wish,
            Slots.NONE.withService(serviceId),
            // "move my pedicure" is a move already; "the pedicure" may be one under way.
            intent == Intent.RESCHEDULE ? intent : Intent.CHANGE,
            false)
        : null;
  }

  /**
   * The last token of a day or time said right after the words ("den Termin am | Dienstag"), in
   * their clause; -1 when none follows them at once.
   */
  private static int dayRightAfter(
      MessageWords message,
      List<Tokenizer.Token> tokens,
      int[] at,
      Function<List<Tokenizer.Token>, DateTimeParser.Found> parse) {
    int next = message.tokens()[at[1] - 1] + 1;
    int clause = message.clauses()[at[1] - 1];
    int end = next - 1;
    for (int i = at[1]; i < message.words().size() && message.clauses()[i] == clause; i++) {
      end = Math.max(end, message.tokens()[i]);
    }
    if (next >= tokens.size() || end < next) {
      return -1;
    }
    // Read growing stretches: of several days the parser picks the one wished for ("am Montag auf
    // Mittwoch"), so the booking's day is the longest stretch whose pick starts right here.
    int last = -1;
    for (int e = next; e <= end; e++) {
      Span first = firstSpan(parse.apply(tokens.subList(next, e + 1)));
      if (first == null || first.start() > tokens.get(next).start()) {
        continue;
      }
      for (int t = next; t <= e; t++) {
        if (tokens.get(t).start() < first.end()) {
          last = Math.max(last, t);
        }
      }
    }
    return last;
  }

  /** The earlier of the day and the time read, or null when neither was. */
  private static Span firstSpan(DateTimeParser.Found found) {
    Span first = found.dateSpan();
    if (found.timeSpan() != null && (first == null || found.timeSpan().start() < first.start())) {
      first = found.timeSpan();
    }
    return first;
  }
}
