package io.bookline.understanding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads what is no booking request, whatever else the message names (ADR 0092): a complaint ("my
 * gel already chipped, not happy", "ich möchte mich beschweren", "quiero poner una queja") is
 * {@link Intent#COMPLAINT}; a wish to speak to a staff member ("I want to speak to Anna", "quiero
 * hablar con Marta") is {@link Intent#HANDOFF}; "I don't want to book" is a {@link Intent#NO} to
 * the booking under way at any step ({@link Evidence#thatOne()}); a farewell ("bye", "tschüss",
 * "gracias, adiós") is {@link Intent#GOODBYE}. The service, day or staff member said with them is
 * dropped, so none of it starts a booking; displeasure with the time alone is a wish to move
 * ({@link TimeNotLiked}). It wraps whichever understanding runs.
 */
public final class NotABooking extends ReadingWrapper {
  /** What a farewell may have been read as before: nothing that says yes or asks anything. */
  private static final Set<Intent> FAREWELL_OVER =
      Set.of(Intent.NONE, Intent.THANKS, Intent.GREETING, Intent.NO, Intent.STOP);

  /**
   * What a decline may have been read as before: nothing asked, no service (ADR 0092, addendum: "I
   * don't want to book yet, how much is a pedicure?" asks the price).
   */
  private static final Set<Intent> DECLINE_OVER =
      Set.of(Intent.NONE, Intent.NO, Intent.STOP, Intent.BOOK);

  public NotABooking(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (context == null) {
      return read(text, r, Expectation.NOTHING);
    }
    // "I don't want to book a pedicure, I want to book a gel manicure": the wish after it counts.
    String wished = wishAfterDecline(plain(text));
    if (wished != null) {
      return read(
          wished,
          innerReading(wished, context),
          context.expecting(),
          context.now().toLocalDate(),
          botAnswered(context));
    }
    Reading read =
        read(text, r, context.expecting(), context.now().toLocalDate(), botAnswered(context));
    // "Servus", "Ciao" again while the customer has only greeted: a second hello, not a goodbye;
    // once they asked or booked anything, it ends the chat (ADR 0110).
    if (read.intent() == Intent.GOODBYE
        && context.expecting() == Expectation.NOTHING
        && NotABookingLimits.HELLO_OR_BYE.matcher(plain(text)).find()
        && onlyGreeted(context)) {
      return only(Intent.GREETING, r);
    }
    // A wave alone: right after "thanks" or "bye", with nothing asked, a goodbye; else marked, so
    // the dialogue says goodbye after a booking and hello otherwise (ADR 0115).
    if (read.intent() == Intent.GREETING
        && NotABookingLimits.WAVE_ONLY.matcher(text.strip()).matches()) {
      return context.expecting() == Expectation.NOTHING && afterThanks(context)
          ? only(Intent.GOODBYE, r)
          : new Reading(
              read.intent(),
              read.slots(),
              read.personName(),
              read.choice(),
              read.source(),
              read.evidence().with(Evidence.Sign.WAVE),
              read.shift(),
              read.shiftBy());
    }
    return read;
  }

  /** Whether the customer's last words before the waves thanked or said goodbye. */
  private static boolean afterThanks(UnderstandingContext context) {
    List<HistoryLine> lines = context.history() == null ? List.of() : context.history();
    for (int i = lines.size() - 1; i >= 0; i--) {
      HistoryLine l = lines.get(i);
      if (HistoryLine.CUSTOMER.equals(l.role())
          && !NotABookingLimits.WAVE_ONLY.matcher(l.text().strip()).matches()) {
        String said = plain(l.text());
        return NotABookingWords.THANKS.matcher(said).find()
            || NotABookingWords.FAREWELL.matcher(said).find();
      }
    }
    return false;
  }

  /** Whether every message the customer wrote before this one was a greeting (or there is none). */
  private static boolean onlyGreeted(UnderstandingContext context) {
    return context.history() == null
        || context.history().stream()
            .filter(l -> HistoryLine.CUSTOMER.equals(l.role()))
            .allMatch(l -> NotABookingLimits.GREETING_ONLY.matcher(plain(l.text())).matches());
  }

  /** The reading of {@code text} where the bot waits for {@code expecting}, mid-conversation. */
  static Reading read(String text, Reading r, Expectation expecting) {
    return read(text, r, expecting, null, true);
  }

  /**
   * The reading of {@code text}.
   *
   * @param today the customer's today; null when not known
   * @param answered whether the bot has answered in this conversation already
   */
  static Reading read(
      String text, Reading r, Expectation expecting, LocalDate today, boolean answered) {
    if (text == null || text.isBlank()) {
      return r;
    }
    // "no quiero ser muy molesta, pero …": politeness, no displeasure.
    String plain = NotABookingLimits.POLITE.matcher(plain(text)).replaceAll(" ").strip();
    // "my nail broke, can I book a gel manicure tomorrow?": the booking is what is asked.
    if (NotABookingWords.COMPLAINT.matcher(plain).find() && !booksAnyway(plain, r)) {
      // "not happy with the time, can we do later?" asks for another time (ADR 0101).
      Reading moved = TimeNotLiked.read(plain, r, expecting);
      return moved != null ? moved : only(Intent.COMPLAINT, r);
    }
    if (PastExperience.complaint(plain, r, today)) {
      return only(Intent.COMPLAINT, r);
    }
    if (r.intent() != Intent.HANDOFF && speaksToSomeone(plain, r)) {
      return only(Intent.HANDOFF, r);
    }
    // "do I need to book or can I walk in?": how the studio takes bookings, a question for the
    // team.
    if (HouseRules.ASKED.matcher(plain).find()
        && !(expecting == Expectation.CONFIRMATION && r.intent() == Intent.YES)) {
      return only(Intent.QUESTION, r);
    }
    // "I don't want to book Friday, Saturday": a day or time said with it is a correction.
    boolean when = r.date() != null || r.time() != null || r.partOfDay() != null;
    // "no, forget that, make it friday": taking back what was said and naming a day corrects it.
    if (when && r.intent() == Intent.STOP) {
      return r.withIntent(Intent.NO);
    }
    if (!when && (declines(plain, r) || declinesMidBooking(plain, r, expecting))) {
      // A "no" to booking, not a "stop": it never takes back a request for a person.
      return new Reading(
          Intent.NO, Slots.NONE, null, null, r.source(), Evidence.NONE.withThatOne());
    }
    // "can I bring my daughter?": the studio's house rules, a question for the team (ADR 0101).
    // A day alone makes no booking request of it ("can I bring my daughter on saturday?").
    if (r.serviceId() == null && NotABookingWords.BRING.matcher(plain).find()) {
      // "yes please, I'll bring my daughter along" at "Shall I book it?": booked, and the rest
      // answered as the question it is.
      if (expecting == Expectation.CONFIRMATION && r.intent() == Intent.YES) {
        return withQuestion(r);
      }
      return only(Intent.QUESTION, r);
    }
    boolean quiet = FAREWELL_OVER.contains(r.intent()) && r.serviceId() == null && !when;
    // "Servus", "Ciao" as the first words: a hello.
    if (!answered && quiet && NotABookingLimits.HELLO_OR_BYE.matcher(plain).find()) {
      return only(Intent.GREETING, r);
    }
    boolean thanked = NotABookingWords.THANKS.matcher(plain).find();
    if (NotABookingWords.FAREWELL.matcher(plain).find()
        && quiet
        && !(thanked && expecting == Expectation.NOTHING)) {
      return only(Intent.GOODBYE, r);
    }
    // "ok" as the first words nods to nothing the bot said: the greeting, not "anything else?".
    if (!answered
        && r.intent() == Intent.YES
        && expecting == Expectation.NOTHING
        && !r.hasSlots()
        && r.choice() == null) {
      return r.withIntent(Intent.GREETING);
    }
    return r;
  }

  private static boolean botAnswered(UnderstandingContext context) {
    return context.history() != null
        && context.history().stream().anyMatch(l -> HistoryLine.BOT.equals(l.role()));
  }

  /** A complaint word beside a service and a wish to book it, and no outright complaint. */
  private static boolean booksAnyway(String plain, Reading r) {
    return r.serviceId() != null
        && NotABookingLimits.BOOKING_WISH.matcher(plain).find()
        && !NotABookingLimits.OUTRIGHT_COMPLAINT.matcher(plain).find()
        && !NotABookingWords.DECLINE.matcher(plain).find();
  }

  /**
   * "I don't want to book (the pedicure)", with nothing asked; a service named counts against it
   * only when it is said who it is for ("not for me, it's for my daughter: a gel manicure").
   */
  private static boolean declines(String plain, Reading r) {
    return DECLINE_OVER.contains(r.intent())
        && (r.serviceId() == null || !NotABookingWords.FOR_SOMEONE_ELSE.matcher(plain).find())
        && r.shift() == null
        && r.evidence().mentions().questions().isEmpty()
        && NotABookingWords.DECLINE.matcher(plain).find();
  }

  /**
   * "lieber keinen Termin", "mejor ninguna cita, gracias" while a booking is under way: a decline
   * without a verb, unless it asks ("gibt es keinen Termin früher?") or tells what one has ("ich
   * habe noch keinen Termin").
   */
  private static boolean declinesMidBooking(String plain, Reading r, Expectation expecting) {
    return expecting != Expectation.NOTHING
        && DECLINE_OVER.contains(r.intent())
        && r.serviceId() == null
        && r.shift() == null
        && r.evidence().mentions().questions().isEmpty()
        && plain.indexOf('?') < 0
        && !PastExperience.ASKS_FOR_A_SLOT.matcher(plain).find()
        && !NotABookingWords.HAS_NONE.matcher(plain).find()
        && NotABookingWords.DECLINE_MID_BOOKING.matcher(plain).find();
  }

  /**
   * The wish said after a decline ("I don't want to book a pedicure, I want to book a gel
   * manicure": "i want to book a gel manicure"), folded; null when none follows it.
   */
  static String wishAfterDecline(String plain) {
    Matcher declined = NotABookingWords.DECLINE.matcher(plain);
    if (!declined.find()) {
      return null;
    }
    Matcher wish = NotABookingLimits.BOOKING_WISH.matcher(plain);
    if (!wish.find(declined.end())) {
      return null;
    }
    String rest = plain.substring(wish.start());
    return NotABookingWords.DECLINE.matcher(rest).find() ? null : rest;
  }

  /**
   * "talk to Marta please", "I want to speak to Anna", "kann ich Anna sprechen?", "hablar con
   * Marta, por favor".
   */
  private static boolean speaksToSomeone(String plain, Reading r) {
    // "Does Anna speak English?" asks about Anna.
    if (r.resourceId() == null || NotABookingLimits.SPEAKS_A_LANGUAGE.matcher(plain).find()) {
      return false;
    }
    // "talk to", "mit … sprechen", "hablar con" name the wish; "was talking to Marta" tells.
    Matcher to = NotABookingWords.SPEAK_TO.matcher(plain);
    if (to.find() && !to.group().contains("ing ")) {
      return true;
    }
    // "sprechen" alone is a wish only said as one: "kann ich Anna sprechen?".
    return NotABookingLimits.SPEAK_WISH.matcher(plain).find()
        && (to.find(0)
            || NotABookingWords.SPEAK.matcher(plain).find() && r.slots().serviceId() == null);
  }

  /** {@code r} with a question the catalog cannot answer beside it, answered before it goes on. */
  private static Reading withQuestion(Reading r) {
    Mentions m = r.evidence().mentions();
    List<Intent> questions = new ArrayList<>(m.questions());
    questions.add(Intent.QUESTION);
    Mentions asked =
        new Mentions(
            m.unknownService(),
            m.moreServices(),
            m.unknownStaff(),
            questions,
            m.people(),
            m.forOthers());
    return new Reading(
        r.intent(),
        r.slots(),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence().withMentions(asked),
        r.shift(),
        r.shiftBy());
  }

  private static Reading only(Intent intent, Reading r) {
    return new Reading(intent, Slots.NONE, null, null, r.source(), Evidence.NONE);
  }
}
