package io.bookline.processor;

import io.bookline.booking.Catalog;
import io.bookline.booking.DialogueState;
import io.bookline.booking.Outcome;
import io.bookline.booking.Reply;
import io.bookline.db.Tx;
import io.bookline.understanding.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * After a person handed the conversation back, the bot's first reply begins by saying the customer
 * is talking to an automated assistant again. The session says so (the owner's release set it and
 * bumped the version); a turn without a session took it from the conversation's row.
 */
final class BotAgain {
  private final TurnRepository turns;

  BotAgain(TurnRepository turns) {
    this.turns = turns;
  }

  /** The turn's outcome, led by "automated assistant again" when the bot is back and replies. */
  Outcome announced(
      Tx tx,
      DialogueState start,
      long conversationId,
      Outcome o,
      Catalog catalog,
      Language language) {
    if (!start.botReturned()) {
      return o;
    }
    if (o.replies().isEmpty()) {
      return new Outcome(o.state().withBotReturned(true), o.replies(), o.bookingId());
    }
    turns.botAnnounced(tx, conversationId);
    List<Reply> replies = new ArrayList<>();
    replies.add(Reply.of(TurnText.words(catalog, language).text("handoff.bot_again")));
    replies.addAll(o.replies());
    return new Outcome(o.state().withBotReturned(false), replies, o.bookingId());
  }
}
