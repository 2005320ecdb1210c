package io.bookline.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rows a sender holds (being sent or waiting to be tried again), each true while its lease is
 * still this instance's, and the heartbeat that keeps them (ADR 0028): once a third of a lease has
 * passed since the last renewal, the rows still held get a lease from now; a row not renewed was
 * taken over by another sender, and its send stops trying it. A row the sender will not send is
 * given back, due at once for any sender.
 */
final class HeldRows {
  /** The sender's log: these lines were always the sender's. */
  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  private final Outbox outbox;
  private final Clock clock;
  private final Map<Long, Boolean> held = new ConcurrentHashMap<>();
  private volatile Instant renewed = Instant.MIN;

  HeldRows(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /** A row claimed or handed over: this instance holds it until {@link #drop}. */
  void hold(long id) {
    held.put(id, true);
  }

  /** Its send is over, whatever became of it. */
  void drop(long id) {
    held.remove(id);
  }

  int size() {
    return held.size();
  }

  /** Whether the row is still this sender's to send: held, its lease not taken over. */
  boolean stillOurs(long id) {
    return Boolean.TRUE.equals(held.get(id));
  }

  /** The heartbeat, at each poll: renews the leases once a third of a lease has passed. */
  void renewLeases() {
    Instant now = clock.instant();
    if (held.isEmpty() || now.isBefore(renewed.plus(outbox.lease().dividedBy(3)))) {
      return;
    }
    Set<Long> ids = Set.copyOf(held.keySet());
    Set<Long> kept = outbox.renew(ids);
    renewed = now;
    for (Long id : ids) {
      if (!kept.contains(id) && held.replace(id, true, false)) {
        LOG.info("reply {}: its lease was taken over; this instance stops sending it", id);
      }
    }
  }

  /** Gives back every row still held, so another instance sends it at once. */
  void giveBackAll() {
    for (Long id : Set.copyOf(held.keySet())) {
      giveBack(id);
    }
  }

  /** Gives back a row this instance holds but will not send; a failure leaves it to its lease. */
  void giveBack(long id) {
    try {
      outbox.release(id, 0);
    } catch (RuntimeException e) {
      LOG.warn(
          "reply {} not given back ({}); it is due again when its lease ends", id, e.getMessage());
    }
  }
}
