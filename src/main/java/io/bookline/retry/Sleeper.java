package io.bookline.retry;

import java.time.Duration;

/**
 * Pauses the calling thread. Production sleeps for real; a test passes a sleeper that moves its
 * clock, so a one-second {@code Retry-After} costs the test no time at all.
 */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  /** {@link Thread#sleep(Duration)}: for a clock that moves by itself. */
  static Sleeper onThread() {
    return Thread::sleep;
  }
}
