package io.bookline.understanding;

import java.util.Collection;
import java.util.List;

/**
 * A yes or no the language's intent phrases did not find: held ("siii", {@link DrawnOut}), or,
 * asked yes or no, said in another of the languages read ("ja" or "claro" in an English chat); and
 * a yes that only closes the conversation ("ok thanks", "ok bye"). A held hello ("Holaa") greets.
 */
final class YesOrNo {
  private YesOrNo() {}

  /**
   * YES, NO or GREETING for a message the intent phrases found nothing in: a held yes, no or hello
   * in the chat's language, else, at a confirmation, one in another language; else null.
   */
  static Intent unphrased(
      LanguageReader own,
      Collection<LanguageReader> all,
      MessageWords message,
      Expectation expecting) {
    Intent intent = DrawnOut.yesNoOrHello(own.intents(), message);
    if (intent == null && expecting == Expectation.CONFIRMATION) {
      intent = inAnotherLanguage(own, all, message);
    }
    return intent;
  }

  /** "ok thanks", "ok bye" close the conversation; they agree to nothing asked. */
  static Intent unlessClosing(LanguageReader reader, List<String> words, Intent intent) {
    return intent == Intent.YES && reader.closings().first(words) != null ? Intent.THANKS : intent;
  }

  /**
   * Asked yes or no, "ja" or "claro" in an English chat is an answer: a yes or no in another of the
   * languages read, else null; never a message opening as a question left short ("y el jueves?").
   * The chat's language stays (one word does not switch it). Only a message the chat's own language
   * finds nothing in: its "no sé" is not another's "no".
   */
  private static Intent inAnotherLanguage(
      LanguageReader own, Collection<LanguageReader> all, MessageWords message) {
    // "y el jueves?" is Spanish for "and Thursday?", never the English "y" for yes: a message that
    // opens as a question left short in the chat's language asks; it agrees to nothing.
    if (FollowUps.opens(own.lexicon().language(), message.words())) {
      return null;
    }
    for (LanguageReader other : all) {
      Intent answer =
          other == own ? null : other.intents().first(message.words(), message.clauses());
      answer = answer == null && other != own ? DrawnOut.yesOrNo(other.intents(), message) : answer;
      if (answer == Intent.YES || answer == Intent.NO) {
        return answer;
      }
    }
    return null;
  }
}
