package io.bookline.processor;

import io.bookline.booking.Catalog;
import io.bookline.booking.Outcome;
import io.bookline.booking.Reply;
import io.bookline.understanding.Intent;
import io.bookline.understanding.Language;
import io.bookline.understanding.Reading;
import io.bookline.wording.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words a turn adds of its own, and how it notes what it understood. */
final class TurnText {
  private TurnText() {}

  /** The turn's last reply, with how to stop reminders after it ("write STOP again"). */
  static Outcome withStopLine(Outcome o, Messages words, String stopWord) {
    String line =
        words.text(
            "optout.stop_again",
            stopWord.replaceAll("[\\p{Punct}¡¿\\s]+", "").toUpperCase(Locale.ROOT));
    List<Reply> replies = new ArrayList<>(o.replies());
    if (replies.isEmpty()) {
      replies.add(Reply.of(line));
    } else {
      Reply last = replies.removeLast();
      replies.add(new Reply(last.text() + " " + line, last.options()));
    }
    return new Outcome(o.state(), replies, o.bookingId());
  }

  /** The customer's language, in the business's own variant when they share one (de_AT). */
  static Messages words(Catalog catalog, Language language) {
    Locale business = catalog.business().locale();
    return Messages.forLocale(
        business.getLanguage().equals(language.code()) ? business : language.locale());
  }

  /** "no" when the message gave the dialogue nothing: no intent, no slot, no choice. */
  static String understood(Reading reading) {
    boolean nothing =
        reading.intent() == Intent.NONE && !reading.hasSlots() && reading.choice() == null;
    return nothing ? "no" : "yes";
  }
}
