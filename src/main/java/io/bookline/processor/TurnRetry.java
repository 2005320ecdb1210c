package io.bookline.processor;

import io.bookline.session.VersionConflict;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * How a turn that lost the version race is run again: only on {@link VersionConflict}, up to {@link
 * #MAX_ATTEMPTS} attempts, with exponential backoff and jitter from {@link #FIRST_BACKOFF} so two
 * instances racing on one conversation drift apart.
 */
public final class TurnRetry {
  /** Attempts per message when other turns keep winning the version race. */
  public static final int MAX_ATTEMPTS = 8;

  static final Duration FIRST_BACKOFF = Duration.ofMillis(5);

  private final Retry retry;

  public TurnRetry(MeterRegistry metrics) {
    this.retry =
        Retry.of(
            "turn",
            RetryConfig.custom()
                .maxAttempts(MAX_ATTEMPTS)
                .intervalFunction(
                    IntervalFunction.ofExponentialRandomBackoff(FIRST_BACKOFF, 2.0, 0.5))
                .retryExceptions(VersionConflict.class)
                .build());
    Counter retries = Counter.builder("bookline.turn.retries").register(metrics);
    retry.getEventPublisher().onRetry(e -> retries.increment());
  }

  /** Runs {@code attempt}, again after each version conflict, until it returns or gives up. */
  <T> T run(Supplier<T> attempt) {
    return retry.executeSupplier(attempt);
  }
}
