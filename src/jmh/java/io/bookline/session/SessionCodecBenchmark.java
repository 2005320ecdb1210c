package io.bookline.session;

import io.bookline.Components;
import io.bookline.booking.SampleConversations;
import io.bookline.booking.SampleConversations.Sample;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a turn pays for the stored shape of its session: the state written to Postgres, the session
 * written to Redis, and a session read back as a cold instance reads it. One session of each kind
 * of {@link SampleConversations}, cycled, so the figures are a mix, not one best case. Run with
 * {@code mvn -B -Pbenchmarks -DskipTests test -Dbenchmarks=SessionCodec}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionCodecBenchmark {
  private final SessionCodec codec = new SessionCodec(Components.objectMapper());
  private Session[] sessions;
  private String[] stored;
  private int next;

  @Setup
  public void setUp() {
    List<Sample> samples = SampleConversations.generate(2);
    sessions = new Session[100];
    stored = new String[sessions.length];
    for (int i = 0; i < sessions.length; i++) {
      sessions[i] = SessionHeapBenchmark.realistic(samples, i);
      stored[i] = codec.encodeSession(sessions[i]);
    }
  }

  private int next() {
    next = (next + 1) % sessions.length;
    return next;
  }

  /** A turn's state as the Postgres row stores it. */
  @Benchmark
  public String encodeState() {
    return codec.encode(sessions[next()].state());
  }

  /** A turn's session as the Redis tier caches it. */
  @Benchmark
  public String encodeSession() {
    return codec.encodeSession(sessions[next()]);
  }

  /** A session read back from Redis, as an instance without it in memory does. */
  @Benchmark
  public Session decodeSession() {
    return codec.decodeSession(stored[next()]);
  }
}
