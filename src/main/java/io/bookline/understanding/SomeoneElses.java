package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * Reads "my friend's appointment", "the booking for my daughter", "den Termin meiner Freundin", "la
 * cita de mi amiga" as a booking that is someone else's, said without their name ({@link
 * Evidence#someoneElses()}, ADR 0107): the dialogue picks among the bookings made for others and
 * never the customer's own. A name said with it ("Lily's") is {@link ForWhom}'s.
 */
public final class SomeoneElses extends ReadingWrapper {
  private static final String BOOKING = "(?:appointment|appt|booking|reservation)s?";

  static final String EN_PERSON =
      "(?:friend|mum|mom|mother|dad|father|daughter|son|sister|brother|husband|wife|partner"
          + "|boyfriend|girlfriend|colleague|kid|child|grandma|grandmother|aunt|niece|cousin)";

  static final String DE_PERSON =
      "(?:freundin|freundes|freund|tochter|sohnes|sohn|mutter|mama|vaters|vater|schwester"
          + "|bruders|bruder|frau|mannes|mann|partnerin|partners|kollegin|kollegen|oma|tante"
          + "|cousine|nichte)";

  static final String ES_PERSON =
      "(?:amiga|amigo|hija|hijo|madre|mama|padre|papa|hermana|hermano|marido|esposa|esposo"
          + "|pareja|novia|novio|companera|companero|abuela|tia|prima|sobrina)";

  /**
   * Words that may stand between "my daughter's" and "appointment" ("my daughter's 2pm
   * appointment"): none that starts a clause of its own. "my husband made the booking for me", "my
   * daughter has an appointment at school … my booking" speak of the customer's own booking.
   */
  private static final String BETWEEN =
      "(?:(?!(?:a|an|the|this|that|his|her|their|my|our|your|it|has|have|had|made|make|booked"
          + "|did|got|is|was|will|would|can|could|needs?|wants?|and|or|to|for|at|in|on)\\b)\\S+ )"
          + "{0,2}";

  private static final Pattern SOMEONE_ELSES =
      Pattern.compile(
          "\\b(?:(?:my|our) "
              + EN_PERSON
              + "(?:'s|s'|s)? "
              + "(?:(?:has|have|had)(?: got)?(?: a| an| another)? |"
              + BETWEEN
              + ")"
              + BOOKING
              + "|"
              + BOOKING
              + " (?:for|of) (?:my|our) "
              + EN_PERSON
              + "|(?:termin|buchung|reservierung)(?:e|en)? (?:von |fur )?(?:meiner|meines|meinem"
              + "|meine|meinen|unserer|unseres) "
              + DE_PERSON
              + "|(?:cita|reserva)s? (?:de|para) (?:mi|nuestra|nuestro) "
              + ES_PERSON
              + ")\\b");

  /**
   * The customer's own booking named beside it ("my daughter has an appointment at school, can I
   * move my booking?"): then the family member's appointment is no booking here.
   */
  private static final Pattern OWN =
      Pattern.compile("\\b(?:move|cancel|change|reschedule) my (?:own )?" + BOOKING + "\\b");

  public SomeoneElses(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (text == null
        || r.evidence().someoneElses()
        || !SOMEONE_ELSES.matcher(plain(text)).find()
        || OWN.matcher(plain(text)).find()) {
      return r;
    }
    return new Reading(
        r.intent(),
        r.slots(),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence().with(Evidence.Sign.SOMEONE_ELSES),
        r.shift(),
        r.shiftBy());
  }
}
