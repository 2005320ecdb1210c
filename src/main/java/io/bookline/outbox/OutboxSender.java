package io.bookline.outbox;

import io.bookline.channel.ChannelAccount;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Platform;
import io.bookline.channel.SendFailure;
import io.bookline.channel.Sender;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends queued replies through the platforms. Each row gets a Resilience4j retry: exponential
 * backoff with jitter, {@code Retry-After} honoured, only on what can succeed next time (timeouts,
 * 429, 5xx, throttling codes). A permanent failure (e.g. WhatsApp 131047) or the last failed
 * attempt dead-letters the row with its error; the admin API lists and re-queues those.
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
  private final Map<Platform, Sender> senders = new EnumMap<>(Platform.class);
  private final int maxAttempts;
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
      MeterRegistry metrics) {
    this.outbox = outbox;
    this.accounts = accounts;
    senders.forEach(s -> this.senders.put(s.platform(), s));
    this.maxAttempts = maxAttempts;
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
    AtomicInteger attempts = new AtomicInteger();
    IntervalBiFunction<Object> wait =
        (attempt, either) -> {
          long backoff =
              (long)
                  (FIRST_BACKOFF.toMillis()
                      * Math.pow(2, attempt - 1)
                      * (0.5 + ThreadLocalRandom.current().nextDouble()));
          if (either.isLeft()
              && either.getLeft() instanceof SendFailure f
              && f.retryAfter() != null) {
            return f.retryAfter().toMillis();
          }
          return backoff;
        };
    Retry retry =
        Retry.of(
            "outbox",
            RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalBiFunction(wait)
                .retryOnException(
                    e ->
                        e instanceof SendFailure f
                            && f.retryable()
                            && (f.retryAfter() == null
                                || f.retryAfter().compareTo(MAX_INLINE_WAIT) <= 0))
                .build());
    try {
      retry.executeRunnable(
          () -> {
            attempts.incrementAndGet();
            if ("ack".equals(item.kind())) {
              sender.acknowledge(account.get(), item.address());
            } else {
              sender.send(account.get(), item.address(), item.message());
            }
          });
      outbox.sent(item.id(), attempts.get());
      metrics.counter("bookline.outbox.sent", "platform", item.platform().id()).increment();
    } catch (SendFailure f) {
      if (f.retryable()
          && f.retryAfter() != null
          && f.retryAfter().compareTo(MAX_INLINE_WAIT) > 0) {
        outbox.later(item.id(), attempts.get(), f.getMessage(), f.retryAfter());
        return;
      }
      LOG.warn(
          "reply {} to {} dead-lettered after {} attempt(s): {}",
          item.id(),
          item.platform().id(),
          attempts.get(),
          f.getMessage());
      outbox.dead(item.id(), attempts.get(), f.getMessage());
      metrics.counter("bookline.outbox.dead", "platform", item.platform().id()).increment();
    } catch (RuntimeException e) {
      LOG.error("reply {} could not be sent", item.id(), e);
      outbox.dead(item.id(), attempts.get(), e.toString());
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
