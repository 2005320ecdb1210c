package io.bookline.retry;

import io.bookline.retry.Backoff.Pause;
import io.bookline.retry.Backoff.Stop;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Runs an attempt until it succeeds or the {@link Backoff} says stop, pausing in between. Owns no
 * thread and no time of its own: the clock measures the window, the sleeper pauses, the random
 * source places each wait within its jitter. Thread-safe if those are.
 */
public final class Retrier {
  private final Backoff policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final RandomGenerator random;

  public Retrier(Backoff policy, Clock clock, Sleeper sleeper, RandomGenerator random) {
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.random = random;
  }

  public Backoff policy() {
    return policy;
  }

  /**
   * Runs {@code attempt}; a {@link RuntimeException} it throws is judged by {@code judge}, and
   * retried only when the verdict says it can succeed and the policy allows another attempt.
   */
  public <T> Outcome<T> run(Supplier<T> attempt, Function<RuntimeException, Verdict> judge) {
    Instant started = clock.instant();
    for (int attempts = 1; ; attempts++) {
      RuntimeException failure;
      try {
        return new Outcome.Done<>(attempt.get(), attempts);
      } catch (RuntimeException e) {
        failure = e;
      }
      Verdict verdict = judge.apply(failure);
      if (!verdict.retryable()) {
        return new Outcome.GaveUp<>(failure, attempts, StopReason.PERMANENT, null);
      }
      Duration elapsed = Duration.between(started, clock.instant());
      switch (policy.next(attempts, elapsed, verdict.retryAfter(), random.nextDouble())) {
        case Stop stop -> {
          return new Outcome.GaveUp<>(failure, attempts, stop.reason(), verdict.retryAfter());
        }
        case Pause pause -> {
          try {
            sleeper.sleep(pause.duration());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.GaveUp<>(
                failure, attempts, StopReason.INTERRUPTED, verdict.retryAfter());
          }
        }
      }
    }
  }
}
