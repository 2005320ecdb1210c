package io.bookline.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.Components;
import io.bookline.booking.DialogueState;
import io.bookline.understanding.HistoryLine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.management.ObjectName;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's P5 as a count, not a time: the heap that 100,000 idle sessions take in this instance's
 * Caffeine tier, each after one turn (the customer's question and the bot's answer in its history),
 * each decoded from its own JSON as a cold instance fills its cache from Redis, so no strings are
 * shared between sessions. Prints bytes per session and the top of the class histogram.
 */
@Tag("measure")
class SessionHeapTest {
  static final int SESSIONS = 100_000;

  @Test
  void an_idle_cached_session_takes_at_most_two_kilobytes_of_heap() throws Exception {
    SessionCodec codec = new SessionCodec(Components.objectMapper());
    var postgres = new PostgresSessions(DSL.using(SQLDialect.POSTGRES), codec, Clock.systemUTC());
    var store =
        new TieredSessionStore(
            postgres,
            Optional.empty(),
            codec,
            SESSIONS * 2L,
            Duration.ofHours(2),
            new SimpleMeterRegistry());
    List<HistoryLine> said =
        List.of(
            new HistoryLine(HistoryLine.CUSTOMER, "what are your prices?"),
            new HistoryLine(
                HistoryLine.BOT,
                "Our services: Basic Manicure (30 min, 25.00 EUR); Gel Manicure (45 min, 35.00"
                    + " EUR); Pedicure (50 min, 40.00 EUR)."));
    long before = usedAfterGc();
    for (int i = 0; i < SESSIONS; i++) {
      String key = "1:whatsapp:4915112345" + i;
      Session turned =
          Session.fresh(key)
              .next(
                  1_000_000L + i,
                  2_000_000L + i,
                  DialogueState.start(null),
                  Instant.parse("2026-11-25T20:00:00Z"),
                  said,
                  10);
      store.committed(codec.decodeSession(codec.encodeSession(turned)));
    }
    long after = usedAfterGc();
    double perSession = (after - before) / (double) SESSIONS;
    System.out.printf(
        Locale.ROOT,
        "heap per idle cached session: %.0f bytes (%d sessions, %d MiB)%n%s%n",
        perSession,
        SESSIONS,
        (after - before) >> 20,
        histogramTop(14));
    assertThat(store.load("1:whatsapp:49151123450")).isPresent();
    assertThat(perSession).as("bytes of heap per idle cached session").isLessThanOrEqualTo(2048);
  }

  private static long usedAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(50); // let the collector finish reference processing; not a timing assumption
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** The first lines of the JVM's live-object class histogram ({@code jcmd GC.class_histogram}). */
  private static String histogramTop(int lines) throws Exception {
    Object text =
        ManagementFactory.getPlatformMBeanServer()
            .invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram",
                new Object[] {null},
                new String[] {String[].class.getName()});
    return String.join("\n", text.toString().lines().limit(lines + 3L).toList());
  }
}
