package io.bookline.processor;

import io.bookline.booking.BookingDialogue;
import io.bookline.booking.Catalog;
import io.bookline.booking.Reply;
import io.bookline.channel.InboundMessage;
import io.bookline.session.Session;
import io.bookline.understanding.HistoryLine;
import io.bookline.understanding.Language;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The greeting a chat page showed before the customer's first message ({@link
 * InboundMessage#GREETED}): the web chat page greets a new visitor without a turn, and that
 * greeting is still not stored as a message (a page opened and left records nothing, and a reload
 * shows it again while nobody wrote). The turn that answers it reads the message after it and keeps
 * it in the session's history, so an "ok" to "Hi! This is Demo Nail Studio…" is a nod to what the
 * visitor saw, not a first word greeted a second time (NotABooking reads "ok" with no bot line
 * before as a hello).
 */
record PageGreeting(List<Reply> replies) {
  static final PageGreeting NONE = new PageGreeting(List.of());

  /** The page's greeting, when the message answers one and the bot has said nothing yet. */
  static PageGreeting of(
      InboundMessage message,
      Session session,
      BookingDialogue dialogue,
      Catalog catalog,
      Instant now,
      Language language) {
    boolean botSpoke = session.history().stream().anyMatch(l -> HistoryLine.BOT.equals(l.role()));
    if (!message.afterPageGreeting() || botSpoke) {
      return NONE;
    }
    return new PageGreeting(dialogue.greeting(catalog, now, language));
  }

  /** The greeting's lines as the bot's, for the history the message is read against. */
  List<HistoryLine> lines() {
    return replies.stream().map(r -> new HistoryLine(HistoryLine.BOT, r.text())).toList();
  }

  /** {@code history} with the greeting after it. */
  List<HistoryLine> after(List<HistoryLine> history) {
    List<HistoryLine> all = new ArrayList<>(history);
    all.addAll(lines());
    return all;
  }
}
