package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * Reads "either is fine", "whatever", "egal", "me da igual" said while the bot waits for a time as
 * taking the first time offered (choice 1, {@link Evidence.Sign#ANY_WILL_DO}), so the dialogue
 * books on and says which one it took instead of saying it did not understand. It wraps whichever
 * understanding runs and adds only that pick; a message that names a time or a day keeps its own.
 */
public final class AnyTimeWillDo extends ReadingWrapper {
  /** A message that is only "any will do", in English, German or Spanish. */
  private static final Pattern ANY =
      Pattern.compile(
          "^[¿¡]*(?:(?:oh|ok|okay|hm+|ach|pues|bueno|ja|yes|si),? )?"
              + "(?:either(?: one| of them| time)?(?: is| will| would)?(?: (?:fine|ok|okay|good|do))?"
              + "|whatever(?: suits you| is easiest| you have)?|any(?: one| of them| time)?"
              + "(?: is| will)? ?(?:fine|ok|okay|good|do)?|i don'?t mind|don'?t mind|doesn'?t matter"
              + "|it doesn'?t matter|no preference|(?:ist )?(?:mir )?(?:egal|gleich)"
              + "|das ist mir egal|beides (?:ist )?(?:gut|ok|okay|recht)|irgendeine?"
              + "|(?:me )?(?:da|es) igual|me da lo mismo|cualquiera(?: de las dos| de ellas)?"
              + "|lo que sea|la que sea|(?:las|los) dos me (?:van|vienen) bien)"
              + "(?:,? (?:really|honestly|thanks|thank you|thx|danke|gracias|please|bitte"
              + "|por favor))?[.!]*$");

  public AnyTimeWillDo(Understanding inner) {
    super(inner);
  }

  @Override
  Reading read(String text, UnderstandingContext context, Reading r) {
    if (text == null
        || context == null
        || context.expecting() != Expectation.TIME
        || r.choice() != null
        || r.time() != null
        || r.date() != null
        || !ANY.matcher(plain(text)).matches()) {
      return r;
    }
    return new Reading(
        r.intent() == Intent.YES ? Intent.NONE : r.intent(),
        r.slots(),
        r.personName(),
        1,
        r.source(),
        r.evidence().with(Evidence.Sign.ANY_WILL_DO),
        r.shift(),
        r.shiftBy());
  }
}
