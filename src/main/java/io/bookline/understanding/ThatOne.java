package io.bookline.understanding;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads "cancel that", "cancel this", "cancel it", "storniere das", "vergiss das", "lass das",
 * "cancela eso", "olvídalo" as dropping what is under way, not a booking made before ({@link
 * Evidence#thatOne()}, ADR 0085), as {@link Intent#CHANGE} tells "move it" from "move my
 * appointment". It wraps whichever understanding runs and adds only that mark, so the reading's
 * intent and slots stay its own; "cancel my appointment", "cancel this appointment" get no mark.
 */
public final class ThatOne extends ReadingWrapper {
  /** A noun after "that": the words then name a booking ("cancel that appointment"). */
  private static final String NO_NOUN =
      "(?! (?:appointment|appt|booking|reservation|termin|buchung|reservierung|cita|reserva)\\b)";

  private static final Pattern THAT =
      Pattern.compile(
          "\\b(?:(?:cancel|scrap|drop) (?:that|this|it)"
              + "|(?:storniere|stornier|stornieren sie|vergiss|vergessen sie|lass|lassen sie"
              + "|streiche|streich) das"
              + "|das (?:bitte )?(?:stornieren|vergessen|streichen)"
              + "|(?:cancela|cancelar|cancele|anula|anular|anule|olvida|olvide|borra|deja) (?:eso|esto)"
              + "|(?:cancela|cancelar|cancele|anula|anular|anule|olvida|olvide|borra|deja)l[oa])\\b"
              + NO_NOUN);

  public ThatOne(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, Reading r) {
    if (text == null || r.evidence().thatOne()) {
      return r;
    }
    String plain = Folding.fold(text.strip().toLowerCase(Locale.ROOT)).replaceAll("\\s+", " ");
    if (!THAT.matcher(plain).find()) {
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
