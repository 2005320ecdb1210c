package io.bookline.understanding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the person of a party a message names (ADR 0086): whose booking is meant ("cancel Lily's
 * appointment", "the one for Lily", "Lilys Termin", "den für Lily", "die von Lily", "la cita de
 * Lily", "la de Lily") and who cannot come after all ("my friend can't come after all", "meine
 * Freundin kann doch nicht", "mi amiga al final no puede venir"). It wraps whichever understanding
 * runs and adds {@link Evidence#whom()}, as {@link ThatOne} does; the dialogue decides whether a
 * booking has that name. A verb that moves, said with whose booking ("move Lily's to 4pm"), makes a
 * reading of nothing or of a new booking a move.
 */
public final class ForWhom extends ReadingWrapper {
  private static final String NAME = "(\\p{L}[\\p{L}-]*)";

  /**
   * Words that stand where a name would and are none: days, pronouns, articles, kin words, and the
   * joining words before a subject left out ("got an appt tomorrow but can't make it").
   */
  static final Set<String> NOT_NAMES =
      Set.of(
          ("i me we us you it he she him her they them let that this what there here "
                  + "who one someone everyone today tomorrow tonight yesterday week weeks "
                  + "month now later next monday tuesday wednesday thursday friday saturday "
                  + "sunday mich mir uns ihn ihr sie er es das ich wir heute morgen "
                  + "ubermorgen montag dienstag mittwoch donnerstag freitag samstag sonntag "
                  + "meine meinen meiner meines des eines nachste diese dieses yo mi ti el "
                  + "ella la las los lo manana hoy pasado lunes martes miercoles jueves "
                  + "viernes sabado domingo semana tarde noche mediodia nuevo nueva otra otro "
                  + "esta este my your our the his their no que eso esto cita termin "
                  + "appointment booking where how two three both all then den eine einen "
                  + "einer zwei alle beide una dos todas al gestern vormittag nachmittag "
                  + "abend fruh woche uhr kommenden letzten ayer primera antes despues luego "
                  + "ultima proxima mine last geht gibt schaff mach hab war ware nimm lass "
                  + "klappt passt reicht stimmt but and so or aber und pero y")
              .split(" "));

  /** Others than the writer said without a name: "she can't come", "sie kann doch nicht". */
  private static final Set<String> PRONOUNS =
      Set.of("she", "he", "they", "sie", "er", "ella", "el");

  /** The booking's person, in the group "n": "Lily's", "the one for Lily", "den für Lily"… */
  private static final List<Pattern> WHOSE =
      List.of(
          Pattern.compile(
              "(?<!\\b(?:my|your|the|our|his|her|their|this|next|last) )\\b"
                  + NAME.replace("(", "(?<n>")
                  + "(?:'s|')(?!\\p{L})"
                  // What follows a possessive: the clause's end or a booking word, not "nicht"
                  // or "am" as after German "schaff's", "geht's" (an elided "es").
                  + "(?=\\s*(?:$|[.,!?;:)]|(?:appointment|appt|booking|reservation|one|ones"
                  + "|too|as|to|at|on|for|and|please|pls|instead|then|now|also|cancelled"
                  + "|canceled|moved)\\b))"),
          Pattern.compile(
              "\\b(?:one|appointment|appt|booking|reservation) for " + NAME.replace("(", "(?<n>")),
          Pattern.compile(
              "\\b" + NAME.replace("(", "(?<n>") + "(?:'s|s|') (?:termin|buchung|reservierung)\\b"),
          Pattern.compile(
              "\\b(?:den|die|der|dem|termin|buchung)(?: termin| buchung)? (?:fur|von) "
                  + NAME.replace("(", "(?<n>")),
          Pattern.compile(
              "\\b(?:la|el)(?: cita| reserva| turno)? (?:de|para) " + NAME.replace("(", "(?<n>")));

  /** Someone other than the writer cannot come: "my friend can't come", "Lily can't make it"… */
  private static final Pattern NOT_COMING =
      Pattern.compile(
          "\\b(?:(?:my|meine?|mi) \\p{L}+(?: (?<a>\\p{L}+))?|(?<b>\\p{L}+))"
              + "(?: (?:after all|al final|finalmente|ya|leider|jetzt|nun|doch))*"
              + " (?:can't|cant|cannot|can not|won't|wont|isn't|is not|couldn't"
              + "|kann|kommt|no puede|no podra|no va a poder|no viene|no va a venir)"
              + "(?: (?:come|make it|join|coming|doch|leider|jetzt|nun|dann|venir|ir))*"
              + "(?: (?:nicht|doch nicht))?\\b");

  /** A verb that moves a booking, said with whose it is ("move Lily's to 4pm"). */
  private static final Pattern MOVE =
      Pattern.compile(
          "\\b(?:move|moving|push|shift|reschedule|verschieb\\p{L}*|verleg\\p{L}*"
              + "|cambia|cambiar|mueve|mover|pasa|pasar)\\b");

  public ForWhom(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (text == null || r.evidence().whom() != Whom.NONE) {
      return r;
    }
    String said = SPACES.matcher(text.strip().replace('’', '\'')).replaceAll(" ");
    String lower = said.toLowerCase(Locale.ROOT);
    String plain = Folding.fold(lower);
    Whom whom = notComing(plain, said);
    if (whom == null) {
      whom = whose(plain, said);
    }
    if (whom == null) {
      return r;
    }
    // "move Lily's to 4pm": the rules read "move" as a move only with a booking word after it.
    boolean moves =
        !whom.notComing()
            && (r.intent() == Intent.NONE || r.intent() == Intent.BOOK)
            && MOVE.matcher(plain).find();
    return new Reading(
        moves ? Intent.RESCHEDULE : r.intent(),
        r.slots(),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence().withWhom(whom),
        r.shift(),
        r.shiftBy());
  }

  private static Whom notComing(String plain, String said) {
    Matcher m = NOT_COMING.matcher(plain);
    while (m.find()) {
      // German needs its "nicht": "meine Freundin kann um 10" is no absence.
      String found = m.group();
      boolean german = found.contains(" kann") || found.contains(" kommt");
      if (german && !found.endsWith("nicht")) {
        continue;
      }
      if (found.matches(".*\\b(?:can't|cant|cannot|can not|won't|wont|isn't|is not|couldn't)$")) {
        continue; // "my friend can't": said with nothing after it, it may be about a time
      }
      String name = m.group("a") != null ? m.group("a") : m.group("b");
      if (m.group("b") != null && PRONOUNS.contains(name)) {
        return new Whom(null, true); // "she can't come after all"
      }
      if (m.group("b") != null && NOT_NAMES.contains(name)) {
        continue; // "I can't come", "ich kann nicht", "no puede" of a thing
      }
      if (name != null && NOT_NAMES.contains(name)) {
        name = null;
      }
      String group = m.group("a") != null ? "a" : "b";
      return new Whom(name == null ? null : asSaid(said, plain, m.start(group), name), true);
    }
    return null;
  }

  private static Whom whose(String plain, String said) {
    for (Pattern p : WHOSE) {
      Matcher m = p.matcher(plain);
      while (m.find()) {
        String name = m.group("n");
        if (!NOT_NAMES.contains(name) && name.length() > 1) {
          return new Whom(asSaid(said, plain, m.start("n"), name), false);
        }
      }
    }
    return null;
  }

  /** The name as the customer wrote it when the folded text lines up with it, else capitalised. */
  private static String asSaid(String said, String plain, int at, String name) {
    if (said.length() == plain.length()) {
      return said.substring(at, at + name.length());
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
