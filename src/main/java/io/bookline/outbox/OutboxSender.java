package io.bookline.outbox;

import io.bookline.channel.ChannelAccount;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Platform;
import io.bookline.channel.SendFailure;
import io.bookline.channel.Sender;
import io.bookline.retry.Backoff;
import io.bookline.retry.Outcome;
import io.bookline.retry.Retrier;
import io.bookline.retry.RetryTiming;
import io.bookline.retry.StopReason;
import io.bookline.retry.Verdict;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued replies through the platforms. Each row is retried with the shared {@link Backoff}:
 * exponential with jitter, {@code Retry-After} honoured, only on what can succeed next time
 * (timeouts, 429, 5xx, throttling codes); a platform asking for a wait longer than {@link
 * #MAX_INLINE_WAIT} gets the row back in the queue for then. A permanent failure (e.g. WhatsApp
 * 131047) or the last failed attempt dead-letters the row with its error; the admin API lists and
 * re-queues those.
 */
public final class OutboxSender implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  /** Idle poll; replies committed on this instance wake the sender at once. */
  static final Duration POLL = Duration.ofSeconds(1);

  static final Duration FIRST_BACKOFF = Duration.ofMillis(300);

  /** A platform asking to wait longer than this gets the row back in the queue instead. */
  static final Duration MAX_INLINE_WAIT = Duration.ofSeconds(30);

  private final Outbox outbox;
  private final ChannelAccountRepository accounts;
  private final Map<Platform, Sender> senders = new HashMap<>();
  private final Retrier retrier;
  private final MeterRegistry metrics;
  private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
  private final Thread loop;
  private volatile boolean running = true;
  private volatile boolean failing;

  public OutboxSender(
      Outbox outbox,
      ChannelAccountRepository accounts,
      List<Sender> senders,
      int maxAttempts,
      RetryTiming timing,
      MeterRegistry metrics) {
    this.outbox = outbox;
    this.accounts = accounts;
    senders.forEach(s -> this.senders.put(s.platform(), s));
    this.retrier =
        timing.retrier(Backoff.exponential(FIRST_BACKOFF, maxAttempts).cappedAt(MAX_INLINE_WAIT));
    this.metrics = metrics;
    this.loop = Thread.ofVirtual().name("outbox-sender").start(this::run);
  }

  private void run() {
    while (running) {
      try {
        outbox.awaitWork(POLL);
        List<Outbox.Item> items = outbox.claim(50);
        for (Outbox.Item item : items) {
          workers.submit(() -> deliver(item));
        }
        if (failing) {
          failing = false;
          LOG.info("outbox polling works again");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Log an outage once, not four times a second.
        if (running && !failing) {
          failing = true;
          LOG.warn(
              "outbox poll failed; retrying every {} ms until the database answers: {}",
              POLL.toMillis(),
              e.getMessage());
        }
      }
    }
  }

  private void deliver(Outbox.Item item) {
    Sender sender = senders.get(item.platform());
    Optional<ChannelAccount> account =
        Optional.ofNullable(item.address().get("account"))
            .flatMap(a -> accounts.find(item.platform(), a));
    if (sender == null || account.isEmpty()) {
      LOG.warn(
          "reply {} to {} dead-lettered: no account '{}' to send with",
          item.id(),
          item.platform().id(),
          item.address().get("account"));
      outbox.dead(
          item.id(),
          0,
          "no "
              + item.platform().id()
              + " account '"
              + item.address().get("account")
              + "' to send with");
      return;
    }
    Outcome<Boolean> outcome =
        retrier.run(() -> attempt(sender, account.get(), item), OutboxSender::verdict);
    try {
      settle(item, outcome);
    } catch (RuntimeException e) {
      LOG.error("reply {} could not be sent", item.id(), e);
      outbox.dead(item.id(), outcome.attempts(), e.toString());
    }
  }

  private static boolean attempt(Sender sender, ChannelAccount account, Outbox.Item item) {
    if ("ack".equals(item.kind())) {
      sender.acknowledge(account, item.address());
    } else {
      sender.send(account, item.address(), item.message());
    }
    return true;
  }

  /** Only a platform's failure that says trying again can help is retried. */
  private static Verdict verdict(RuntimeException e) {
    return e instanceof SendFailure f && f.retryable()
        ? Verdict.retryAfter(f.retryAfter())
        : Verdict.permanent();
  }

  private void settle(Outbox.Item item, Outcome<Boolean> outcome) {
    String platform = item.platform().id();
    switch (outcome) {
      case Outcome.Done<Boolean> done -> {
        outbox.sent(item.id(), done.attempts());
        metrics.counter("bookline.outbox.sent", "platform", platform).increment();
      }
      case Outcome.GaveUp<Boolean> gaveUp when gaveUp.reason() == StopReason.WAIT_TOO_LONG ->
          outbox.later(
              item.id(), gaveUp.attempts(), gaveUp.last().getMessage(), gaveUp.retryAfter());
      case Outcome.GaveUp<Boolean> gaveUp when gaveUp.last() instanceof SendFailure f -> {
        LOG.warn(
            "reply {} to {} dead-lettered after {} attempt(s): {}",
            item.id(),
            platform,
            gaveUp.attempts(),
            f.getMessage());
        outbox.dead(item.id(), gaveUp.attempts(), f.getMessage());
        metrics.counter("bookline.outbox.dead", "platform", platform).increment();
      }
      case Outcome.GaveUp<Boolean> gaveUp -> throw gaveUp.last();
    }
  }

  @Override
  public void close() {
    running = false;
    loop.interrupt();
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
