package io.bookline.understanding;

import java.util.Set;

/**
 * Words that set a day said beside another one aside, in every language at once (the words do not
 * clash across English, German and Spanish), written as typed: lower case, without accents. A day
 * said with one of them is talked about, not wished for (ADR 0091).
 */
final class AsideDays {
  private AsideDays() {}

  /**
   * A day the business is closed on, said back or asked about: "oh ur closed sunday? monday then",
   * "el domingo cerráis, ¿no? pues el lunes".
   */
  static final Set<String> CLOSED =
      Set.of(
          "closed",
          "shut",
          "geschlossen",
          "ruhetag",
          "cerrado",
          "cerrados",
          "cerrada",
          "cerrais",
          "cierran",
          "cerrar");

  /** The same, only after the day: "sonntag habt ihr zu" ("zu" before a day is "to"). */
  static final Set<String> CLOSED_AFTER = Set.of("zu");

  /**
   * An event the customer mentions, whose day is not the appointment's: "before my sister's wedding
   * next Saturday. I could come on Thursday the 3rd".
   */
  static final Set<String> EVENTS =
      Set.of(
          "wedding",
          "birthday",
          "party",
          "hochzeit",
          "geburtstag",
          "feier",
          "boda",
          "cumpleanos",
          "fiesta",
          "evento");

  /**
   * A word that, standing alone between a day or time and a later day, takes the earlier one back:
   * "monday at 10 no wait tuesday", "Montag um 10, nein warte, Dienstag", "el lunes, no espera, el
   * martes".
   */
  static final Set<String> WAIT = Set.of("wait", "warte", "moment", "espera", "perdon", "sorry");

  /** Small words that may stand with {@link #WAIT}: "no wait", "oh wait", "ach nein, warte". */
  static final Set<String> WITH_WAIT =
      Set.of("no", "nein", "oh", "ah", "ach", "ay", "i", "mean", "ich", "meine", "digo", "um");
}
