package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * Reads "cancel all my appointments", "all of them", "both", "alle", "beide", "todas", "las dos" as
 * meaning every booking in question ({@link Evidence#everyOne()}, ADR 0081). It wraps whichever
 * understanding runs and adds only that mark, so the reading's intent and slots stay its own.
 */
public final class AllOfThem extends ReadingWrapper {
  /** A message that is only "all" or "both", in English, German or Spanish. */
  private static final Pattern ALONE =
      Pattern.compile(
          "^(?:(?:yes|ok|ja|si),? )?(?:all(?: of them| \\d| two| three)?|both(?: of them)?"
              + "|(?:sie )?alle(?: beide| zwei| drei)?|beide|(?:die )?beiden"
              + "|todas|todos|ambas|ambos|las dos|los dos|todas ellas)"
              + "(?: please| bitte| por favor)?[.!]*$");

  /** "all my appointments", "both bookings", "alle meine Termine", "todas mis citas". */
  private static final Pattern NAMED =
      Pattern.compile(
          "\\b(?:(?:all|both)(?: of)?(?: my| the| these| those)? (?:appointments|bookings)"
              + "|cancel (?:them )?(?:all|both)\\b"
              + "|(?:alle|beide)(?: meine[n]?| die| diese)? (?:termine|buchungen)"
              + "|(?:todas|ambas|las dos)(?: mis| las| esas)? (?:citas|reservas)"
              + "|(?:cancela|cancelar|anula|anular)(?:las)? (?:todas|ambas|las dos)\\b)");

  public AllOfThem(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (text == null || r.evidence().everyOne()) {
      return r;
    }
    String plain = plain(text);
    if (!ALONE.matcher(plain).matches() && !NAMED.matcher(plain).find()) {
      return r;
    }
    return new Reading(
        r.intent(),
        r.slots(),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence().withEveryOne(),
        r.shift(),
        r.shiftBy());
  }
}
