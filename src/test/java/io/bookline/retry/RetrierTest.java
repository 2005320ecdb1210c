package io.bookline.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The loop on a test clock: every pause moves the clock, none takes real time. */
class RetrierTest {
  static final Instant T0 = TestApp.MONDAY_8AM_BERLIN;
  static final Function<RuntimeException, Verdict> ALWAYS = e -> Verdict.retry();

  final MutableClock clock = new MutableClock(T0);
  final List<Duration> pauses = new ArrayList<>();
  final Sleeper sleeper =
      d -> {
        pauses.add(d);
        clock.advance(d);
      };

  /** A random source whose every draw is the middle of the jitter: waits are exact. */
  final RandomGenerator middle = () -> Long.MIN_VALUE;

  Retrier retrier(Backoff policy) {
    return new RetryTiming(clock, sleeper, middle).retrier(policy);
  }

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  /** An attempt that fails {@code failures} times, then answers "ok". */
  static Supplier<String> failing(int failures, RuntimeException with) {
    int[] calls = {0};
    return () -> {
      if (calls[0]++ < failures) {
        throw with;
      }
      return "ok";
    };
  }

  @Test
  void two_failures_then_success_pause_twice_with_doubling_waits() {
    Outcome<String> outcome =
        retrier(Backoff.exponential(Duration.ofMillis(300), 3))
            .run(failing(2, new IllegalStateException("503")), ALWAYS);
    assertEquals(new Outcome.Done<>("ok", 3), outcome);
    assertEquals(List.of(Duration.ofMillis(300), Duration.ofMillis(600)), pauses);
    assertEquals(T0.plusMillis(900), clock.instant());
  }

  @Test
  void a_permanent_failure_is_not_retried() {
    RuntimeException refused = new IllegalArgumentException("400");
    Outcome<String> outcome =
        retrier(Backoff.exponential(Duration.ofMillis(300), 5))
            .run(failing(1, refused), e -> Verdict.permanent());
    var gaveUp = assertInstanceOf(Outcome.GaveUp.class, outcome);
    assertEquals(StopReason.PERMANENT, gaveUp.reason());
    assertEquals(1, gaveUp.attempts());
    assertSame(refused, gaveUp.last());
    assertTrue(pauses.isEmpty());
  }

  @Test
  void every_attempt_failing_ends_with_the_last_failure_after_max_attempts() {
    Outcome<String> outcome =
        retrier(Backoff.exponential(Duration.ofMillis(200), 3))
            .run(failing(99, new IllegalStateException("500")), ALWAYS);
    var gaveUp = assertInstanceOf(Outcome.GaveUp.class, outcome);
    assertEquals(StopReason.ATTEMPTS_USED, gaveUp.reason());
    assertEquals(3, gaveUp.attempts());
    assertEquals(2, pauses.size());
  }

  @Test
  void the_retry_after_asked_for_is_the_pause_taken() {
    Outcome<String> outcome =
        retrier(Backoff.exponential(Duration.ofMillis(200), 3))
            .run(
                failing(1, new IllegalStateException("429")),
                e -> Verdict.retryAfter(Duration.ofSeconds(1)));
    assertEquals(new Outcome.Done<>("ok", 2), outcome);
    assertEquals(List.of(Duration.ofSeconds(1)), pauses);
  }

  @Test
  void a_wait_past_the_window_is_not_slept_at_all() {
    Outcome<String> outcome =
        retrier(Backoff.exponential(Duration.ofMillis(200), 5).within(Duration.ofMillis(900)))
            .run(
                () -> {
                  clock.advance(Duration.ofMillis(400)); // each attempt takes 400 ms
                  throw new IllegalStateException("timeout");
                },
                ALWAYS);
    var gaveUp = assertInstanceOf(Outcome.GaveUp.class, outcome);
    assertEquals(StopReason.WINDOW_SPENT, gaveUp.reason());
    assertEquals(2, gaveUp.attempts(), "400 + 200 + 400 ms, then 400 more would pass 900");
    assertEquals(List.of(Duration.ofMillis(200)), pauses);
  }

  @Test
  void a_wait_longer_than_the_cap_hands_the_asked_wait_back() {
    Outcome<String> outcome =
        retrier(Backoff.exponential(Duration.ofMillis(300), 5).cappedAt(Duration.ofSeconds(30)))
            .run(
                failing(1, new IllegalStateException("429")),
                e -> Verdict.retryAfter(Duration.ofMinutes(2)));
    var gaveUp = assertInstanceOf(Outcome.GaveUp.class, outcome);
    assertEquals(StopReason.WAIT_TOO_LONG, gaveUp.reason());
    assertEquals(Duration.ofMinutes(2), gaveUp.retryAfter());
    assertTrue(pauses.isEmpty());
  }

  @Test
  void an_interrupted_pause_stops_and_keeps_the_interrupt() {
    Sleeper interrupted =
        d -> {
          throw new InterruptedException();
        };
    Outcome<String> outcome =
        new Retrier(Backoff.exponential(Duration.ofMillis(300), 5), clock, interrupted, middle)
            .run(failing(1, new IllegalStateException("503")), ALWAYS);
    var gaveUp = assertInstanceOf(Outcome.GaveUp.class, outcome);
    assertEquals(StopReason.INTERRUPTED, gaveUp.reason());
    assertNull(gaveUp.retryAfter());
    assertTrue(Thread.currentThread().isInterrupted());
  }
}
