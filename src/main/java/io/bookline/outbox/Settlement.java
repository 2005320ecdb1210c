package io.bookline.outbox;

import io.bookline.channel.ChannelAccount;
import io.bookline.channel.SendFailure;
import io.bookline.retry.Outcome;
import io.bookline.retry.RetryTiming;
import io.bookline.retry.StopReason;
import io.bookline.secret.Redaction;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.random.RandomGenerator;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What becomes of a claimed reply once its attempts are over (ADR 0028, 0039): sent and marked;
 * given back when this instance stops or lost its lease; back in the queue for later while its
 * retry window lasts; otherwise dead-lettered, with secrets taken out of the error. A reply the
 * platform took is never dead-lettered, even when its mark cannot be written.
 */
final class Settlement {
  /** The sender's log: these lines were always the sender's. */
  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final Outbox outbox;
  private final RetryWindow window;
  private final RandomGenerator random;
  private final Clock clock;
  private final MeterRegistry metrics;

  Settlement(Outbox outbox, RetryWindow window, RetryTiming timing, MeterRegistry metrics) {
    this.outbox = outbox;
    this.window = window;
    this.random = timing.random();
    this.clock = timing.clock();
    this.metrics = metrics;
  }

  /** Settles {@code item} after its attempts with {@code account}. */
  void settle(Outbox.Item item, Outcome<Boolean> outcome, ChannelAccount account) {
    try {
      settleScrubbed(item, scrubbed(outcome, account));
    } catch (RuntimeException e) {
      String error = Redaction.redact(e.toString(), account.secrets().values());
      if (outcome instanceof Outcome.Done<Boolean>) {
        // The platform took it, so it is no dead letter; the row keeps its lease and is sent once
        // more after it, which is the price of at-least-once when the database is away.
        LOG.error(
            "reply {} was sent but could not be marked sent; it is sent again after its lease: {}",
            item.id(),
            error);
        return;
      }
      boolean sendBroke = outcome instanceof Outcome.GaveUp<Boolean> g && g.last() == e;
      if (!sendBroke && (e instanceof DataAccessException || e instanceof IllegalStateException)) {
        // Settling needs the database, which is away (or the outbox is closing): the row keeps
        // its lease and is tried again after it, as after a crash. (A send that broke with an
        // unexpected error is a dead letter below: trying it again would only repeat it.)
        LOG.warn(
            "reply {} could not be settled; it is tried again after its lease: {}",
            item.id(),
            error);
        return;
      }
      LOG.error("reply {} could not be sent: {}", item.id(), error);
      outbox.dead(item.id(), item.platform(), outcome.attempts(), error);
    }
  }

  /**
   * The outcome with the account's secrets and any URL credentials taken out of the failure's
   * message, which goes into {@code last_error} and the log (ADR 0029).
   */
  private static Outcome<Boolean> scrubbed(Outcome<Boolean> outcome, ChannelAccount account) {
    if (outcome instanceof Outcome.GaveUp<Boolean> g && g.last() instanceof SendFailure f) {
      String clean = Redaction.redact(f.getMessage(), account.secrets().values());
      if (!clean.equals(f.getMessage())) {
        return new Outcome.GaveUp<>(
            new SendFailure(clean, f.retryable(), f.retryAfter()),
            g.attempts(),
            g.reason(),
            g.retryAfter());
      }
    }
    return outcome;
  }

  private void settleScrubbed(Outbox.Item item, Outcome<Boolean> outcome) {
    String platform = item.platform().id();
    switch (outcome) {
      case Outcome.Done<Boolean> done -> {
        outbox.sent(item.id(), done.attempts());
        metrics.counter("bookline.outbox.sent", "platform", platform).increment();
      }
      case Outcome.GaveUp<Boolean> gaveUp when gaveUp.last() instanceof NotOurs n -> {
        // The attempt that found the row not ours made no call: count only the ones before.
        if (n.reason().equals(NotOurs.STOPPING)) {
          outbox.release(item.id(), gaveUp.attempts() - 1);
        }
      }
      case Outcome.GaveUp<Boolean> gaveUp when gaveUp.reason() == StopReason.INTERRUPTED ->
          releaseInterrupted(item.id(), gaveUp.attempts());
      case Outcome.GaveUp<Boolean> gaveUp
          when gaveUp.last() instanceof SendFailure f && f.retryable() ->
          park(item, gaveUp, f);
      case Outcome.GaveUp<Boolean> gaveUp when gaveUp.last() instanceof SendFailure f ->
          deadLetter(item, gaveUp.attempts(), f.getMessage());
      case Outcome.GaveUp<Boolean> gaveUp -> throw gaveUp.last();
    }
  }

  /**
   * The stop interrupted the wait between attempts: the row is given back all the same. The
   * interrupt is put aside while the release runs, since the driver closes the connection of an
   * interrupted thread (the row would then wait out its lease and the stop would not count it), and
   * set again after it.
   */
  private void releaseInterrupted(long id, int attempts) {
    boolean interrupted = Thread.interrupted();
    try {
      outbox.release(id, attempts);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The quick attempts of this claim are spent (or the platform asked for a long wait): the reply
   * goes back to the queue for later, or is dead-lettered when that would be after its window.
   */
  private void park(Outbox.Item item, Outcome.GaveUp<Boolean> gaveUp, SendFailure f) {
    int attempts = item.attempts() + gaveUp.attempts();
    switch (window.after(
        attempts, item.windowFrom(), clock.instant(), gaveUp.retryAfter(), random.nextDouble())) {
      case RetryWindow.Later later -> {
        LOG.debug(
            "reply {} to {} not taken ({}); next try in {}",
            item.id(),
            item.platform().id(),
            f.getMessage(),
            later.pause());
        outbox.later(item.id(), gaveUp.attempts(), f.getMessage(), later.pause());
      }
      case RetryWindow.GiveUp giveUp ->
          deadLetter(item, gaveUp.attempts(), f.getMessage() + " (" + giveUp.why() + ")");
    }
  }

  private void deadLetter(Outbox.Item item, int attempts, String error) {
    String platform = item.platform().id();
    LOG.warn(
        "reply {} to {} dead-lettered after {} attempt(s): {}",
        item.id(),
        platform,
        item.attempts() + attempts,
        error);
    outbox.dead(item.id(), item.platform(), attempts, error);
  }
}
