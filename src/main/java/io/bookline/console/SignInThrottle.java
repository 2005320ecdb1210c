package io.bookline.console;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down repeated wrong keys from one address: the first {@value #FREE_FAILURES} are free, then
 * each wrong key closes the sign-in to that address for twice as long as the one before (2 s, 4 s,
 * … up to {@link #MAX_WAIT}). A right key clears the count. Kept per instance: a business key has
 * 256 random bits, so this is about noise and mistakes, not about guessing (ADR 0026).
 */
final class SignInThrottle {
  static final int FREE_FAILURES = 3;
  static final Duration MAX_WAIT = Duration.ofMinutes(5);

  /** Wrong keys so far and until when the address must wait. */
  private record Failures(int count, Instant until) {}

  private final Clock clock;
  private final Cache<String, Failures> failures;

  SignInThrottle(Clock clock) {
    this.clock = clock;
    this.failures =
        Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(15))
            .ticker(() -> clock.millis() * 1_000_000L)
            .build();
  }

  /** How long the address must still wait before it may try a key, if at all. */
  Optional<Duration> wait(String address) {
    Failures f = failures.getIfPresent(address);
    Instant now = clock.instant();
    if (f == null || !f.until().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, f.until()));
  }

  /** A wrong key from the address; returns how long it must now wait (zero while still free). */
  Duration failed(String address) {
    Failures before = failures.getIfPresent(address);
    int count = before == null ? 1 : before.count() + 1;
    Duration wait = Duration.ZERO;
    if (count > FREE_FAILURES) {
      int doublings = Math.min(count - FREE_FAILURES, 20);
      wait = Duration.ofSeconds(1L << doublings);
      if (wait.compareTo(MAX_WAIT) > 0) {
        wait = MAX_WAIT;
      }
    }
    failures.put(address, new Failures(count, clock.instant().plus(wait)));
    return wait;
  }

  void succeeded(String address) {
    failures.invalidate(address);
  }
}
