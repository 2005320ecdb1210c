package io.bookline.ingress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, finishes messages that were acknowledged but not processed (the instance died
 * between the 200 and the commit). Each is handled through the same lane and processor as a live
 * message, and the inbox status makes a second handling impossible.
 */
public final class Recovery {
  private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);
  private static final int BATCH = 500;

  /** The periodic sweep's age and period: it finishes rows older than this, this often. */
  public static final Duration SWEEP_AFTER = Duration.ofMinutes(1);

  private final Inbox inbox;
  private final Dispatcher dispatcher;
  private final Clock clock;

  public Recovery(Inbox inbox, Dispatcher dispatcher, Clock clock) {
    this.inbox = inbox;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /** Processes every unfinished message, oldest first; returns how many. */
  public int run() {
    return run(Duration.ZERO);
  }

  /**
   * Processes unfinished messages received more than {@code minAge} ago: run at start-up with zero,
   * and periodically with a minute so a message whose processing failed (a database blip, a crashed
   * peer instance) is picked up without waiting for a restart.
   */
  public int run(Duration minAge) {
    Instant before = clock.instant().minus(minAge);
    Set<Long> tried = new HashSet<>();
    int total = 0;
    while (true) {
      var batch =
          inbox.unfinished(BATCH, before).stream().filter(p -> !tried.contains(p.id())).toList();
      if (batch.isEmpty()) {
        break;
      }
      for (Inbox.Pending p : batch) {
        tried.add(p.id());
        try {
          dispatcher.dispatch(p.message(), new Inbox.Recorded(p.id(), false));
          total++;
        } catch (RuntimeException e) {
          LOG.error("could not recover inbox row {}; it stays for the next start", p.id(), e);
        }
      }
    }
    if (total > 0) {
      LOG.info("recovered {} acknowledged but unfinished messages", total);
    }
    return total;
  }
}
