package io.bookline.understanding;

import java.util.Set;

/**
 * Reads what is no booking request, whatever else the message names (ADR 0092): a complaint ("my
 * gel already chipped, not happy", "ich möchte mich beschweren", "quiero poner una queja") is
 * {@link Intent#COMPLAINT}; a wish to speak to a staff member ("I want to speak to Anna", "quiero
 * hablar con Marta") is {@link Intent#HANDOFF}; "I don't want to book" is a {@link Intent#NO} to
 * the booking under way at any step ({@link Evidence#thatOne()}); a farewell ("bye", "tschüss",
 * "gracias, adiós") is {@link Intent#GOODBYE}. The service, day or staff member said with them is
 * dropped, so none of it starts a booking. It wraps whichever understanding runs.
 */
public final class NotABooking extends ReadingWrapper {
  /** What a farewell may have been read as before: nothing that says yes or asks anything. */
  private static final Set<Intent> FAREWELL_OVER =
      Set.of(Intent.NONE, Intent.THANKS, Intent.GREETING, Intent.NO, Intent.STOP);

  public NotABooking(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    return read(text, r, context == null ? Expectation.NOTHING : context.expecting());
  }

  /** The reading of {@code text} where the bot waits for {@code expecting}. */
  static Reading read(String text, Reading r, Expectation expecting) {
    if (text == null || text.isBlank()) {
      return r;
    }
    String plain = plain(text);
    if (NotABookingWords.COMPLAINT.matcher(plain).find()) {
      return only(Intent.COMPLAINT, r);
    }
    if (r.intent() != Intent.HANDOFF && speaksToSomeone(plain, r)) {
      return only(Intent.HANDOFF, r);
    }
    // "I don't want to book Friday, Saturday": a day or time said with it is a correction.
    boolean when = r.date() != null || r.time() != null || r.partOfDay() != null;
    if (!when && NotABookingWords.DECLINE.matcher(plain).find()) {
      // A "no" to booking, not a "stop": it never takes back a request for a person.
      return new Reading(
          Intent.NO, Slots.NONE, null, null, r.source(), Evidence.NONE.withThatOne());
    }
    boolean thanked = NotABookingWords.THANKS.matcher(plain).find();
    if (NotABookingWords.FAREWELL.matcher(plain).find()
        && FAREWELL_OVER.contains(r.intent())
        && r.serviceId() == null
        && !when
        && !(thanked && expecting == Expectation.NOTHING)) {
      return only(Intent.GOODBYE, r);
    }
    return r;
  }

  /** "I want to speak to Anna", "kann ich Anna sprechen?", "quiero hablar con Marta". */
  private static boolean speaksToSomeone(String plain, Reading r) {
    if (r.resourceId() == null) {
      return false;
    }
    return NotABookingWords.SPEAK_TO.matcher(plain).find()
        || NotABookingWords.SPEAK.matcher(plain).find() && r.slots().serviceId() == null;
  }

  private static Reading only(Intent intent, Reading r) {
    return new Reading(intent, Slots.NONE, null, null, r.source(), Evidence.NONE);
  }
}
