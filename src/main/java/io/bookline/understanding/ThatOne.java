package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * Reads "cancel that", "cancel this", "cancel it", "storniere das", "vergiss das", "lass das",
 * "cancela eso", "olvídalo" as dropping what is under way, not a booking made before ({@link
 * Evidence#thatOne()}, ADR 0085), as {@link Intent#CHANGE} tells "move it" from "move my
 * appointment". It wraps whichever understanding runs and adds only that mark, so the reading's
 * intent and slots stay its own; "cancel my appointment", "cancel this appointment", "cancel this
 * week's appointment" get no mark. At "Shall I book it?" a cancel naming no booking of the
 * customer's ("cancel", "stornieren") gets it too (ADR 0080, folded in here by ADR 0093).
 */
public final class ThatOne extends ReadingWrapper {
  /**
   * A booking noun or a day or week word within three words after "that": the words then name a
   * booking ("cancel that appointment", "cancel this week's appointment", "cancela esa cita del
   * lunes"), in the same clause.
   */
  private static final String NO_NOUN =
      "(?! (?:[^\\s,.;:!?]+ ){0,2}(?:appointment|appt|booking|reservation|termin|buchung"
          + "|reservierung|cita|reserva|week|weeks|week's|weekend|today|tomorrow|monday|tuesday"
          + "|wednesday|thursday|friday|saturday|sunday|woche|wochenende|heute|morgen|montag"
          + "|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|semana|hoy|manana|lunes|martes"
          + "|miercoles|jueves|viernes|sabado|domingo|\\d)\\b)";

  /**
   * "lass das" drops the booking only said on its own ("lass das", "lass das bitte"): "lass das
   * Datum, lieber Dienstag" keeps the booking and changes its day.
   */
  private static final String LET_IT_BE = "(?:lass|lassen sie) das(?= bitte\\b| *(?:[,.;:!?]|$))";

  private static final Pattern THAT =
      Pattern.compile(
          "\\b(?:(?:cancel|scrap|drop) (?:that|this|it)"
              + "|(?:storniere|stornier|stornieren sie|vergiss|vergessen sie"
              + "|streiche|streich) das"
              + "|"
              + LET_IT_BE
              + "|das (?:bitte )?(?:stornieren|vergessen|streichen)"
              + "|(?:cancela|cancelar|cancele|anula|anular|anule|olvida|olvide|borra|deja) (?:eso|esto)"
              + "|(?:cancela|cancelar|cancele|anula|anular|anule|olvida|olvide|borra|deja)l[oa])\\b"
              + NO_NOUN);

  /**
   * "my appointment", "meinen Termin", "mi cita": a booking made before, so a cancel that says it
   * is no answer to "Shall I book it?" (ADR 0085, ADR 0093).
   */
  private static final Pattern MINE =
      Pattern.compile(
          "\\b(?:(?:my|our) (?:\\S+ ){0,2}(?:appointment|appt|booking|reservation)s?"
              + "|(?:mein|meinen|meine|unseren|unsere) (?:\\S+ ){0,2}(?:termin|buchung|reservierung)"
              + "|(?:mi|mis|nuestra) (?:\\S+ ){0,2}(?:cita|reserva)s?)\\b");

  public ThatOne(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (text == null || r.evidence().thatOne()) {
      return r;
    }
    String plain = plain(text);
    // A cancel at "Shall I book it?" that names no booking of the customer's answers that question
    // (ADR 0080); "cancel my appointment" means the booking made (ADR 0093).
    boolean answersTheQuestion =
        context != null
            && context.expecting() == Expectation.CONFIRMATION
            && r.intent() == Intent.CANCEL
            && !MINE.matcher(plain).find();
    if (!answersTheQuestion && !THAT.matcher(plain).find()) {
      return r;
    }
    return new Reading(
        r.intent(),
        r.slots(),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence().withThatOne(),
        r.shift(),
        r.shiftBy());
  }
}
