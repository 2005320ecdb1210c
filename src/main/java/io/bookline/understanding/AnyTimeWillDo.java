package io.bookline.understanding;

import java.util.regex.Pattern;

/**
 * Reads "either is fine", "whatever", "egal", "me da igual" said while the bot waits for a time as
 * taking the first time offered (choice 1, {@link Evidence.Sign#ANY_WILL_DO}), so the dialogue
 * books on and says which one it took instead of saying it did not understand; so is "ok take it"
 * ({@link #TAKE_IT}). It wraps whichever understanding runs and adds only that pick; a message that
 * names a time or a day keeps its own.
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

  /**
   * "ok take it", "I'll take it", "ok, nehm ich", "vale, me lo quedo" after times were offered (the
   * earliest ones, in time order): taking what was offered, the first when several were, named back
   * so the customer can still say no. A plain "yes" to several still asks which.
   */
  private static final Pattern TAKE_IT =
      Pattern.compile(
          "^(?:(?:oh|ok|okay|alright|great|perfect|super|gut|prima|vale|bueno|perfecto|genial"
              + "|yes|ja|si),? )*"
              + "(?:(?:i'?ll |i will |i'?d |let'?s )?(?:take|grab) (?:it|that|that one)"
              + "|nehme? ich(?: (?:ihn|den|das|es))?|(?:ich )?nehme? (?:ihn|den|das|es)"
              + "|(?:das|den) nehme? ich"
              + "|(?:me )?(?:lo|la) (?:quedo|cojo|tomo|pillo))"
              + "(?:,? (?:then|please|thanks|thank you|dann|bitte|danke|pues|por favor|gracias))?"
              + "[.!]*$");

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
        || !(ANY.matcher(plain(text)).matches() || TAKE_IT.matcher(plain(text)).matches())) {
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
