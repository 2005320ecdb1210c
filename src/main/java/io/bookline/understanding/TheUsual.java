package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * Reads "the usual", "same as last time", "wie immer", "wie letztes Mal", "lo de siempre", "lo
 * mismo que la última vez" as a wish to book what the customer had last time ({@link
 * Evidence.Sign#THE_USUAL}, ADR 0109): the dialogue knows their last appointment. Only when the
 * message names no service of its own; a day or time said with it stays ("the usual on friday"). It
 * wraps the whole chain, as "wie immer" alone otherwise reads as a question ("wie …").
 */
public final class TheUsual extends ReadingWrapper {
  private static final Pattern USUAL =
      Pattern.compile(
          "\\b(?:the usual|(?:the )?same as (?:last time|always|usual|before)|same as i had"
              + "|wie (?:immer|ublich|gewohnt|letztes mal|beim letzten mal|das letzte mal)"
              + "|(?:das ?selbe|das gleiche) wie (?:immer|letztes mal|beim letzten mal)"
              + "|lo de siempre|lo mismo (?:que|de) (?:siempre|la ultima vez|la otra vez)"
              + "|como (?:siempre|la ultima vez|la otra vez))\\b");

  public TheUsual(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (text == null || r.serviceId() != null || !USUAL.matcher(plain(text)).find()) {
      return r;
    }
    return new Reading(
        Intent.BOOK,
        r.slots(),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence().with(Evidence.Sign.THE_USUAL),
        r.shift(),
        r.shiftBy());
  }
}
