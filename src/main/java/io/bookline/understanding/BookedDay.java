package io.bookline.understanding;

import java.util.List;
import java.util.function.Function;

/**
 * A booking's own day said beside the wish: "I can't make Saturday, Monday instead" (a booking that
 * cannot be kept) or "my saturday appointment an hour earlier" (the booking named, the move the
 * wish). The day said of the booking is not the day wished for.
 */
final class BookedDay {
  private BookedDay() {}

  /** The wish and the booking apart, or null when the message names no booking of its own. */
  static CannotKeep.Split split(
      LanguageReader reader,
      Heard heard,
      String raw,
      UnderstandingContext context,
      Intent intent,
      boolean byAnAmount,
      Long serviceId) {
    Function<List<Tokenizer.Token>, DateTimeParser.Found> part =
        p -> MessageDates.read(reader, p, raw, context);
    CannotKeep.Split split =
        CannotKeep.split(
            DoesNotSuit.cannotKeep(reader, context),
            reader.intents(),
            heard.message(),
            heard.tokens(),
            heard.first(),
            part,
            intent);
    if (split != null) {
      return split;
    }
    return reader
        .named()
        .split(heard.message(), heard.tokens(), heard.first(), part, intent, byAnAmount, serviceId);
  }
}
