package io.bookline.ingress;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs the turns of one conversation one at a time, in the order they arrive, while different
 * conversations run in parallel. Locks are fair (first come, first served) and are dropped when no
 * turn holds or waits for them, so memory stays bounded by the conversations in flight.
 */
public final class ConversationLanes {
  private static final class Lane {
    final ReentrantLock lock = new ReentrantLock(true);
    int users;
  }

  private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

  public <T> T run(String key, Supplier<T> turn) {
    Lane lane =
        lanes.compute(
            key,
            (k, existing) -> {
              Lane l = existing == null ? new Lane() : existing;
              l.users++;
              return l;
            });
    lane.lock.lock();
    try {
      return turn.get();
    } finally {
      lane.lock.unlock();
      lanes.computeIfPresent(key, (k, l) -> --l.users == 0 ? null : l);
    }
  }

  /** Conversations with a turn running or waiting; for metrics and tests. */
  public int active() {
    return lanes.size();
  }
}
