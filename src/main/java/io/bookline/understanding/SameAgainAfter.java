package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * Reads "same again for the saturday after", "das gleiche nochmal für den Samstag danach", "lo
 * mismo para el sábado siguiente", "lo de siempre para el martes siguiente" as a wish to book the
 * appointment just made once more, on that weekday after its day ({@link
 * Evidence.Sign#SAME_AFTER}): the dialogue knows that booking. A weekday must stand before "after"
 * / "danach" / "siguiente", so "direkt danach" (right after) keeps its own reading, and a clock
 * time after "after" ("saturday after 2pm") is a time on that day. Only when the message names no
 * service.
 */
public final class SameAgainAfter extends ReadingWrapper {
  private static final String EN_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final String DE_DAYS =
      "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag";
  private static final String ES_DAYS = "lunes|martes|miercoles|jueves|viernes|sabado|domingo";
  private static final Pattern SAME =
      Pattern.compile(
          "\\b(?:(?:the )?same (?:again|thing|one)|(?:das ?selbe|das gleiche)(?: nochmal| noch mal)?"
              + "|lo mismo|lo de siempre)\\b");
  private static final Pattern AFTER =
      Pattern.compile(
          "\\b(?:(?:"
              + EN_DAYS
              // "saturday after 2pm" is a time on that saturday, not the saturday after.
              + ") after\\b(?! work| school| lunch| noon| midday| \\d| (?:one|two|three|four|five"
              + "|six|seven|eight|nine|ten|eleven|twelve)\\b)|(?:"
              + DE_DAYS
              + ") danach|(?:"
              + ES_DAYS
              + ") siguiente)\\b");

  public SameAgainAfter(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (text == null || r.serviceId() != null || r.date() == null) {
      return r;
    }
    String plain = plain(text);
    if (!SAME.matcher(plain).find() || !AFTER.matcher(plain).find()) {
      return r;
    }
    return new Reading(
        Intent.BOOK,
        r.slots(),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence().with(Evidence.Sign.SAME_AFTER),
        r.shift(),
        r.shiftBy());
  }
}
