package io.bookline.ingress;

import io.bookline.booking.Reply;
import io.bookline.channel.InboundMessage;
import io.bookline.processor.MessageProcessor;
import io.bookline.processor.OutOfOrder;
import io.bookline.processor.TurnLog;
import io.bookline.processor.TurnResult;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands recorded messages to the processor, one conversation at a time and in the order the
 * customer sent them, across instances too: a turn whose conversation has an earlier message still
 * waiting (possibly recorded by another instance) is refused at commit, and this instance then
 * handles the waiting ones first, oldest first, before trying again.
 *
 * <p>A turn that fails counts as one attempt of its inbox row ({@link Inbox#failed}) and in the
 * {@code bookline.inbox.failures} counter; a row is logged once, when it is set aside after its
 * last attempt, with the error's kind and never the payload (ADR 0019). An earlier message that
 * keeps failing is thus set aside, and the later ones of its conversation go on.
 */
public final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

  /** Enough for any real backlog of one conversation; a bound so a bug cannot spin forever. */
  private static final int MAX_ROUNDS = 100;

  private final Inbox inbox;
  private final ConversationLanes lanes;
  private final MessageProcessor processor;
  private final MeterRegistry metrics;

  public Dispatcher(
      Inbox inbox, ConversationLanes lanes, MessageProcessor processor, MeterRegistry metrics) {
    this.inbox = inbox;
    this.lanes = lanes;
    this.processor = processor;
    this.metrics = metrics;
  }

  /** One way to handle a message; {@code repeat} when it may have been handled already. */
  @FunctionalInterface
  private interface Turn {
    TurnResult run(boolean repeat);
  }

  /** Handles a just-recorded message and returns its result (or the stored one). */
  public TurnResult dispatch(InboundMessage message, Inbox.Recorded recorded) {
    String key = Inbox.conversationKey(message);
    Turn turn = turn(key, message, recorded.id(), recorded.held());
    return lanes.run(key, () -> handleInOrder(key, message, recorded, turn));
  }

  /**
   * A message's turn: understood and answered, or, when the flood guard held it back as it arrived,
   * recorded with the one polite note (or nothing), in its place in the conversation.
   */
  private Turn turn(String key, InboundMessage message, long id, FloodGuard.Verdict held) {
    if (held == FloodGuard.Verdict.OK) {
      return repeat -> processor.handle(message, id, repeat);
    }
    List<Reply> note =
        held == FloodGuard.Verdict.NOTE
            ? List.of(processor.floodReply(message.businessId()))
            : List.of();
    return repeat -> processor.fixedTurn(message, id, key, note, Map.of("flood", true));
  }

  private TurnResult handleInOrder(
      String key, InboundMessage message, Inbox.Recorded recorded, Turn turn) {
    boolean repeat = !recorded.isNew();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      try {
        return counted(message, recorded.id(), recorded.requestId(), turn, repeat);
      } catch (OutOfOrder e) {
        repeat = true;
        handleEarlier(key, recorded.id());
      }
    }
    throw new IllegalStateException(
        "conversation " + key + " could not be put in order after " + MAX_ROUNDS + " rounds");
  }

  /**
   * Handles the conversation's messages waiting before {@code inboxId}, oldest first. One that
   * fails has its attempt counted and stops the walk; the caller's next round tries it again, so a
   * message that always fails is set aside after its last attempt instead of blocking for good.
   */
  private void handleEarlier(String key, long inboxId) {
    for (Inbox.Pending earlier : inbox.waiting(key, 50)) {
      if (earlier.id() == inboxId) {
        return;
      }
      try {
        Turn turn = turn(key, earlier.message(), earlier.id(), earlier.held());
        counted(earlier.message(), earlier.id(), earlier.requestId(), turn, true);
      } catch (OutOfOrder stillEarlier) {
        return; // someone else is ahead of us; start over from the oldest
      } catch (RuntimeException failed) {
        return; // counted against that row by counted(); the next round tries again
      }
    }
  }

  /**
   * One turn, inside its log context (with the id of the request that recorded it, ADR 0060), with
   * one INFO line when it is done (ids and timing only, never the customer's words); a failure
   * other than ordering is counted against the row, then thrown.
   */
  private TurnResult counted(
      InboundMessage message, long inboxId, String requestId, Turn turn, boolean repeat) {
    TurnLog log = processor.logContext(message, inboxId, requestId);
    try {
      long started = System.nanoTime();
      TurnResult result = turn.run(repeat);
      LOG.info(
          "message handled in {} ms{}",
          (System.nanoTime() - started) / 1_000_000,
          result.repeated() ? " (its stored answer)" : "");
      return result;
    } catch (OutOfOrder e) {
      throw e;
    } catch (RuntimeException e) {
      if (Thread.currentThread().isInterrupted()) {
        // The stop ended this turn (ADR 0054): no fault of the message's, and no database write
        // on this thread would get through. The next start answers it.
        LOG.debug("inbox row {} interrupted by the stop", inboxId);
        throw e;
      }
      countFailure(message, inboxId, e);
      throw e;
    } finally {
      log.close();
    }
  }

  private void countFailure(InboundMessage message, long inboxId, RuntimeException error) {
    Inbox.Failure failure;
    try {
      failure = inbox.failed(inboxId, error);
    } catch (RuntimeException unrecorded) {
      // The database is away: nothing is counted, and the sweep tries the row again later.
      return;
    }
    metrics
        .counter(
            "bookline.inbox.failures", "platform", message.platform().id(), "kind", kind(error))
        .increment();
    if (failure.givenUp()) {
      LOG.error(
          "inbox row {} ({}) set aside as failed after {} attempts: {}; see GET /api/inbox/failed",
          inboxId,
          message.platform().id(),
          failure.attempts(),
          Inbox.describe(error));
    }
    LOG.debug("inbox row {} attempt {} failed", inboxId, failure.attempts(), error);
  }

  private static String kind(RuntimeException error) {
    return error.getClass().getSimpleName();
  }
}
