package io.bookline.understanding;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A complaint said without a complaint word (ADR 0092, addendum): a bad experience on a day gone by
 * with no wish to book ("marta was super rude to me yesterday", "die Pediküre gestern war echt
 * nicht gut, meine Füße tun weh", "la pedicura de ayer me dejó los pies fatal"). On folded text.
 */
final class PastExperience {
  private PastExperience() {}

  /** How it went: rude, not good, it hurts; unfreundlich, tut weh; maleducada, fatal, me duele. */
  static final Pattern BAD =
      Pattern.compile(
          "\\b(?:upset|angry|rude|unfriendly|impolite|terrible|awful|horrible|painful|sore"
              + "|hurts?|hurting|ruined|infected|bleeding|not (?:good|nice)"
              + "|(?:wasn'?t|was not|weren'?t|were not) (?:good|nice|great)|bad job|badly done"
              + "|nicht gut|schlecht|unfreundlich|unhoflich|frech|tut weh|tun weh|tat weh"
              + "|taten weh|schmerz\\w*|entzundet|blutet|schrecklich|furchtbar|sauer|verargert"
              + "|enttauscht|molest[ao]|enfadad[ao]|cabread[ao]|maleducad[ao]|groser[ao]|borde"
              + "|fatal|horrible|terrible|me duele\\w*|me duelen|dolor\\w*|decepcionad[ao])\\b");

  /** A day gone by, said as one: yesterday, last week; gestern, letzte Woche; ayer. */
  static final Pattern PAST =
      Pattern.compile(
          "\\b(?:yesterday|last (?:week|time|month)|the other day|gestern|vorgestern"
              + "|letzte[nr]? (?:woche|mal)|neulich|ayer|anteayer|la semana pasada|el otro dia"
              + "|la ultima vez)\\b");

  /** A wish, said beside a service: "I'd like a pedicure", "ich hätte gern", "quiero una". */
  static final Pattern WANT =
      Pattern.compile(
          "\\b(?:i'?d like|would like|i want|i need|(?:mochte|hatte|hatten) (?:\\w+ )?gerne?"
              + "|ich will|quiero|quisiera|necesito|me gustaria)\\b");

  /**
   * A free time asked for: "do you have a pedicure on friday?", "habt ihr am Freitag Zeit?",
   * "¿tenéis hueco el viernes?". Beside a service it is a request as much as a wish is.
   */
  static final Pattern ASKS_FOR_A_SLOT =
      Pattern.compile(
          "\\b(?:do you have|have you got|do you do|is there|are there|any (?:time|slot|room)"
              + "|can you fit|habt ihr|haben sie|hast du|gibt es|geht (?:es|das|was)"
              + "|teneis|tienen|tienes|tiene|hay|os queda|le queda|te queda)\\b");

  /** A wish to cancel or move, whatever its reason: cancel, absagen, cancelar, verschieben. */
  static final Pattern CANCEL_OR_MOVE =
      Pattern.compile(
          "\\b(?:cancel|move|reschedule|absagen|stornieren|verschieben"
              + "|cancelar|anular|cambiar|mover)\\b");

  /**
   * Whether the message tells of a bad experience on a day gone by and wants no booking.
   *
   * @param today the customer's today, or null when not known (then only the words say "past")
   */
  static boolean complaint(String plain, Reading r, LocalDate today) {
    // "my back hurts since yesterday, I need to cancel": the ailment is the reason, not a
    // complaint.
    if (r.intent() == Intent.CANCEL
        || r.intent() == Intent.CHANGE
        || CANCEL_OR_MOVE.matcher(plain).find()) {
      return false;
    }
    if (!BAD.matcher(plain).find() || NotABookingLimits.BOOKING_WISH.matcher(plain).find()) {
      return false;
    }
    boolean gone = today != null && r.date() != null && r.date().isBefore(today);
    // "I'd like a pedicure tomorrow, my feet hurt since yesterday": the wish is for a day to come;
    // so is "my feet hurt since yesterday, do you have a pedicure on friday?".
    if (!gone
        && r.serviceId() != null
        && (WANT.matcher(plain).find() || ASKS_FOR_A_SLOT.matcher(plain).find())) {
      return false;
    }
    return gone || PAST.matcher(plain).find();
  }
}
