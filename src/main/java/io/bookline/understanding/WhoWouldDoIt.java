package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * Reads "who would do it?", "wer macht das?", "¿quién me lo haría?" said while the bot waits for a
 * time as asking which staff member the offered times are with ({@link Evidence.Sign#WHO_DOES_IT}),
 * so the dialogue names them instead of saying it did not understand. It wraps whichever
 * understanding runs and adds only that mark; a message naming a staff member, a time or a day
 * keeps its own reading.
 */
public final class WhoWouldDoIt extends ReadingWrapper {
  /** The question alone, in English, German or Spanish. */
  private static final Pattern WHO =
      Pattern.compile(
          "^[¿¡]*(?:(?:and|ok|okay|und|y|vale),? )?"
              + "(?:who(?:'d| would| will| is going to|'s going to| does| do)? (?:do|be doing)"
              + " (?:it|that|them|me|my \\w+)|who (?:would|will) (?:it|that) be(?: with)?"
              + "|who with|with (?:who|whom)|who is it with|who'?s doing it"
              + "|wer (?:macht|machte|wurde|wird) (?:das|es|mich|mir das|die \\w+)(?: machen)?"
              + "|bei wem(?: (?:ware|ist|bin) (?:das|ich))?|mit wem"
              + "|quien (?:me )?(?:lo|la|las|los) (?:haria|hace|va a hacer|haces)"
              + "|quien me atiende|quien me atenderia|con quien(?: seria| es| estaria)?)"
              + "(?: then| dann| entonces| please| bitte| por favor)?[?.!]*$");

  public WhoWouldDoIt(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (text == null
        || context == null
        || context.expecting() != Expectation.TIME
        || r.hasSlots()
        || r.choice() != null
        || !WHO.matcher(plain(text)).matches()) {
      return r;
    }
    return new Reading(
        Intent.NONE,
        r.slots(),
        r.personName(),
        r.choice(),
        r.source(),
        r.evidence().with(Evidence.Sign.WHO_DOES_IT),
        r.shift(),
        r.shiftBy());
  }
}
