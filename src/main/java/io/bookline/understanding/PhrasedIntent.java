package io.bookline.understanding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What a message's phrases ask for, before the rest of the reading weighs in: the first intent
 * phrase (hours claimed by a time are no question about ours), a held or other-language yes or no,
 * and every question asked, in the order asked.
 */
record PhrasedIntent(Intent intent, List<Intent> asked) {
  /** The nouns that name a booking, not ask for one, after a yes. */
  private static final Set<String> BOOKING_NOUNS =
      Set.of("appointment", "appointments", "appt", "booking", "reservation");

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
    if (intent == Intent.BOOK
        && context.expecting() == Expectation.CONFIRMATION
        && reader.intents().opening(Intent.YES, message.words()) > 0) {
      // "yes, the friday appointment": a yes saying which booking, not a new one (ADR 0093).
      MessageWords rest = message.without(BOOKING_NOUNS);
      if (reader.intents().first(rest.words(), rest.clauses()) == Intent.YES) {
        intent = Intent.YES;
      }
    }
    if (intent == Intent.RUNNING_LATE
        && (heard.found().date() != null || heard.found().time() != null)) {
      // "I'm running late, can you move it to 3pm?": a move or cancel with a day or time said in
      // the same message is what is asked; being late only says why (ADR 0093).
      List<Intent> asked =
          reader
              .intents()
              .inOrder(
                  message.words(),
                  message.clauses(),
                  Set.of(Intent.RESCHEDULE, Intent.CHANGE, Intent.CANCEL));
      intent = asked.isEmpty() ? intent : asked.get(0);
    }
    if (intent == Intent.STOP && (heard.found().date() != null || heard.found().time() != null)) {
      // "never mind, just move my appointment to monday 9am": what is let go of is what came
      // before (a request for a person, a booking being set up); the move with its day or time
      // is what is asked.
      List<Intent> moves =
          reader
              .intents()
              .inOrder(
                  message.words(), message.clauses(), Set.of(Intent.RESCHEDULE, Intent.CHANGE));
      intent = moves.isEmpty() ? intent : moves.get(0);
    }
    if (intent == null) {
      intent = YesOrNo.unphrased(reader, all, message, context.expecting());
    }
    intent = intent == null ? Intent.NONE : intent;
    // "what are your hours? and who works there": every question, in the order asked.
    List<Intent> asked =
        new ArrayList<>(
            Mentions.QUESTIONS.contains(intent)
                ? Questions.asked(
                    reader.intents(), message.without(MessageDates.words(raw, heard.found())))
                : List.of());
    // "…, oh and is there parking?": a question no phrase answers, beside the rest (ADR 0113).
    for (Intent aside : AsideQuestions.in(reader, raw, message, context, heard.found())) {
      if (!asked.contains(aside)) {
        asked.add(aside);
      }
    }
    return new PhrasedIntent(
        YesOrNo.unlessClosing(reader, message.words(), intent), List.copyOf(asked));
  }
}
