package io.bookline.retry;

import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * What retries run on: a clock to measure windows and budgets, a sleeper to pause, a random source
 * for jitter. The composition root passes the system's; a test passes a clock it moves and a
 * sleeper that moves it.
 */
public record RetryTiming(Clock clock, Sleeper sleeper, RandomGenerator random) {

  /** A retrier for {@code policy} on this timing. */
  public Retrier retrier(Backoff policy) {
    return new Retrier(policy, clock, sleeper, random);
  }
}
