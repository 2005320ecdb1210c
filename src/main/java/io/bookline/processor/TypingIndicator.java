package io.bookline.processor;

import io.bookline.channel.ChannelAccount;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Delivery;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.Platform;
import io.bookline.channel.Sender;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The typing indicator of issue 18: when a message's reading (a model call) is still running after
 * {@code after}, the platform is asked once to show the customer that a reply is coming (WhatsApp:
 * read receipt with {@code typing_indicator}; Telegram: {@code sendChatAction typing}; Messenger:
 * {@code typing_on}). It is best effort: sent once, on its own virtual thread so it never delays
 * the turn, never retried, and a failure is only counted — the reply that follows is what matters.
 * The platform hides it on the reply or after its own timeout.
 */
public final class TypingIndicator implements Typing, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TypingIndicator.class);

  /** How long a reading runs before the customer is shown the bot typing. */
  public static final Duration AFTER = Duration.ofSeconds(1);

  private final Map<Platform, Sender> senders = new HashMap<>();
  private final ChannelAccountRepository accounts;
  private final Duration after;
  private final MeterRegistry metrics;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> Thread.ofPlatform().name("typing-timer").daemon().unstarted(r));

  public TypingIndicator(
      List<Sender> senders,
      ChannelAccountRepository accounts,
      Duration after,
      MeterRegistry metrics) {
    senders.forEach(s -> this.senders.put(s.platform(), s));
    this.accounts = accounts;
    this.after = after;
    this.metrics = metrics;
  }

  @Override
  public <T> T during(InboundMessage message, Supplier<T> reading) {
    Sender sender = senders.get(message.platform());
    if (sender == null || message.delivery() != Delivery.OUTBOX) {
      return reading.get();
    }
    ScheduledFuture<?> shown =
        timer.schedule(
            () -> Thread.ofVirtual().name("typing").start(() -> show(sender, message)),
            after.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      return reading.get();
    } finally {
      shown.cancel(false);
    }
  }

  private void show(Sender sender, InboundMessage message) {
    String platform = message.platform().id();
    try {
      Optional<ChannelAccount> account =
          Optional.ofNullable(message.address().get("account"))
              .flatMap(a -> accounts.find(message.platform(), a));
      if (account.isEmpty()) {
        return;
      }
      sender.typing(account.get(), message.address(), message.platformMessageId());
      metrics.counter("bookline.typing", "platform", platform, "outcome", "shown").increment();
    } catch (RuntimeException e) {
      metrics.counter("bookline.typing", "platform", platform, "outcome", "failed").increment();
      log.debug("typing indicator on {} not shown: {}", platform, e.toString());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
