package io.bookline.understanding;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Not happy with the time, can we do later?", "ich bin nicht zufrieden mit der Uhrzeit, geht es
 * später?", "no estoy contenta con la hora, ¿podemos más tarde?": displeasure with the time or day
 * of an appointment is a wish for another, not a complaint about a service received (ADR 0101).
 * {@link NotABooking} asks here before it reads a complaint; a complaint word outside the phrase
 * ("not happy with the time and my nails chipped") is still a complaint.
 */
final class TimeNotLiked {
  private TimeNotLiked() {}

  /**
   * A clock time as written: "10", "10:30", "10.30". A bare number followed by a word counts
   * something ("3 nails", "40 minutes") unless the word goes on with the sentence ("10 and").
   */
  private static final String HOUR =
      "(?:\\d{1,2}[:.]\\d{2}|\\d{1,2}(?= ?(?:am|pm|oclock|o'clock|uhr)\\b"
          + "|[ ,.!?;]*$|[ ]?[,.!?;]| (?:and|but|or|so|because|can|could|would|is|was|please"
          + "|instead|then|und|aber|oder|geht|ist)\\b))";

  /**
   * Waiting in the studio ("the time I had to wait", "die Zeit, die ich warten musste", "la hora de
   * espera"): a complaint about the visit, never a wish for another time.
   */
  private static final Pattern WAITING =
      Pattern.compile(
          "\\b(?:wait|waits|waited|waiting|wartezeit|warten|wartete|gewartet|warteten"
              + "|espera|esperar|esperando|esperado|esperamos|espere)\\b");

  private static final String ENGLISH =
      "(?:not (?:happy|satisfied|pleased)|unhappy|disappointed) (?:with|about) (?:(?:the|that|this"
          + "|my|our) (?:time|timing|hour|day|date|slot|appointment time)|"
          + HOUR
          + "(?: ?(?:am|pm|oclock))?)";

  private static final String GERMAN =
      "(?:unzufrieden|nicht (?:so )?zufrieden) mit (?:(?:der|dem|meiner|meinem|dieser)"
          + " (?:uhrzeit|zeit|tag|datum|terminzeit)|"
          + HOUR
          + " uhr)";

  /**
   * Only the time's name, no clock time: "con las 10, ¿podemos a las 11?" would be read as 10, the
   * first time said, and 10 held again; a person is the safer reader of it.
   */
  private static final String SPANISH =
      "(?:no estoy (?:nada |muy )?(?:contenta|contento|satisfecha|satisfecho)|descontent[ao]"
          + "|insatisfech[ao]) con (?:la|el|esa|ese|mi) (?:hora|horario|dia|fecha)";

  /** The displeasure and what it is about, on lower-case text without accents ({@link Folding}). */
  private static final Pattern ABOUT_THE_TIME =
      Pattern.compile("\\b(?:" + ENGLISH + "|" + GERMAN + "|" + SPANISH + ")\\b");

  /** What a bare "no" or nothing was read as beside it: the wish to move is read instead. */
  private static final Set<Intent> READ_OVER = Set.of(Intent.NONE, Intent.NO, Intent.COMPLAINT);

  /**
   * The reading of a message whose only complaint is about the time ({@code plain}, folded), or
   * null when it complains of anything else. While a time is held or offered the rest of the
   * message says what is wished ("later" asks for later free times); with nothing under way it is a
   * wish to move the booking ({@link Intent#CHANGE}).
   */
  static Reading read(String plain, Reading r, Expectation expecting) {
    if (!ABOUT_THE_TIME.matcher(plain).find()) {
      return null;
    }
    String rest = ABOUT_THE_TIME.matcher(plain).replaceAll(" ");
    // "not happy with the day I had yesterday, Marta was rude" tells of a visit gone by.
    if (WAITING.matcher(plain).find()
        || NotABookingWords.COMPLAINT.matcher(rest).find()
        || PastExperience.BAD.matcher(rest).find()
        || PastExperience.PAST.matcher(plain).find()) {
      return null;
    }
    if (!READ_OVER.contains(r.intent())) {
      return r;
    }
    return r.withIntent(expecting == Expectation.NOTHING ? Intent.CHANGE : Intent.NONE);
  }
}
