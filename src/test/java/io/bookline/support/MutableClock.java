package io.bookline.support;

import io.bookline.retry.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand. Sleeping on it moves it too, so retries wait no real time: a retry
 * that pauses one second moves this clock one second.
 */
public final class MutableClock extends Clock implements Sleeper {
  private volatile Instant now;

  public MutableClock(Instant start) {
    this.now = start;
  }

  public void set(Instant instant) {
    now = instant;
  }

  public synchronized void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public void sleep(Duration duration) {
    advance(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }
}
