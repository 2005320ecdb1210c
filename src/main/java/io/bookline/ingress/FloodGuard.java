package io.bookline.ingress;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts messages per sender per minute (per instance). Past the limit a message is recorded but
 * not understood, and the sender gets one polite note per minute instead of one LLM call per
 * message.
 */
public final class FloodGuard {
  /** What to do with one message. */
  public enum Verdict {
    OK,
    /** The first message over the limit this minute: answer with the polite note. */
    NOTE,
    /** Further messages over the limit: record only. */
    QUIET
  }

  private final int perMinute;
  private final Clock clock;
  private final Cache<String, AtomicInteger> counts =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(2)).maximumSize(100_000).build();

  public FloodGuard(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  public Verdict check(String sender) {
    long minute = clock.millis() / 60_000;
    int n = counts.get(sender + "@" + minute, k -> new AtomicInteger()).incrementAndGet();
    if (n <= perMinute) {
      return Verdict.OK;
    }
    return n == perMinute + 1 ? Verdict.NOTE : Verdict.QUIET;
  }
}
