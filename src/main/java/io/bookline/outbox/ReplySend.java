package io.bookline.outbox;

import io.bookline.channel.ChannelAccount;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Platform;
import io.bookline.channel.SendFailure;
import io.bookline.channel.Sender;
import io.bookline.retry.Outcome;
import io.bookline.retry.Retrier;
import io.bookline.retry.Verdict;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One held reply's send: the platform account it goes out with, the quick attempts of one claim
 * (retried only on what can succeed next time), and the settling of their outcome. Each attempt
 * first makes sure the row is still this sender's to send: its lease not taken over, no stop begun.
 * A reply with no account to send with is dead-lettered at once.
 */
final class ReplySend {
  /** The sender's log: these lines were always the sender's. */
  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final Outbox outbox;
  private final ChannelAccountRepository accounts;
  private final Map<Platform, Sender> senders = new HashMap<>();
  private final Retrier retrier;
  private final Settlement settlement;
  private final HeldRows held;
  private final BooleanSupplier stopping;

  ReplySend(
      Outbox outbox,
      ChannelAccountRepository accounts,
      List<Sender> senders,
      Retrier retrier,
      Settlement settlement,
      HeldRows held,
      BooleanSupplier stopping) {
    this.outbox = outbox;
    this.accounts = accounts;
    senders.forEach(s -> this.senders.put(s.platform(), s));
    this.retrier = retrier;
    this.settlement = settlement;
    this.held = held;
    this.stopping = stopping;
  }

  void deliver(Outbox.Item item) {
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
          item.platform(),
          0,
          "no "
              + item.platform().id()
              + " account '"
              + item.address().get("account")
              + "' to send with");
      return;
    }
    Outcome<Boolean> outcome =
        retrier.run(() -> attempt(sender, account.get(), item), ReplySend::verdict);
    settlement.settle(item, outcome, account.get());
  }

  private boolean attempt(Sender sender, ChannelAccount account, Outbox.Item item) {
    if (!held.stillOurs(item.id())) {
      throw new NotOurs(NotOurs.TAKEN_OVER);
    }
    if (stopping.getAsBoolean()) {
      throw new NotOurs(NotOurs.STOPPING);
    }
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
}
