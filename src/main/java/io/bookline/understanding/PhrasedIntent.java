package io.bookline.understanding;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a message's phrases ask for, before the rest of the reading weighs in: the first intent
 * phrase (hours claimed by a time are no question about ours), a held or other-language yes or no,
 * and every question asked, in the order asked.
 */
record PhrasedIntent(Intent intent, List<Intent> asked) {

  static PhrasedIntent of(
      LanguageReader reader,
      Collection<LanguageReader> all,
      Heard heard,
      String raw,
      UnderstandingContext context,
      ShiftAmounts.Found amount) {
    MessageWords message = heard.message();
    Intent intent = reader.intents().first(message.words(), message.clauses());
    if (intent == Intent.ASK_HOURS) {
      // "in 3 hours", "two hours later": those hours are a time, not a question about ours.
      Set<String> claimed = MessageDates.words(raw, heard.found());
      claimed.addAll(amount == null ? List.of() : amount.words());
      MessageWords rest = message.without(claimed);
      intent = reader.intents().first(rest.words(), rest.clauses());
      DateTimeParser.Found found = heard.found();
      if (intent == Intent.ASK_HOURS && found.declined() != null && found.time() != null) {
        // "el domingo cerráis, ¿no? pues el lunes a las cinco": the closing asked about is the day
        // set aside; the other day and its time are the wish (ADR 0091).
        intent = null;
      }
    }
    if (intent == null) {
      intent = YesOrNo.unphrased(reader, all, message, context.expecting());
    }
    intent = intent == null ? Intent.NONE : intent;
    // "what are your hours? and who works there": every question, in the order asked.
    List<Intent> asked =
        Mentions.QUESTIONS.contains(intent)
            ? Questions.asked(
                reader.intents(), message.without(MessageDates.words(raw, heard.found())))
            : List.of();
    return new PhrasedIntent(YesOrNo.unlessClosing(reader, message.words(), intent), asked);
  }
}
