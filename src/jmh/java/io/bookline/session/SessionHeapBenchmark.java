package io.bookline.session;

import io.bookline.Components;
import io.bookline.booking.DialogueState;
import io.bookline.booking.SampleConversations;
import io.bookline.booking.SampleConversations.Kind;
import io.bookline.booking.SampleConversations.Sample;
import io.bookline.config.Config;
import io.bookline.config.LlmConfig;
import io.bookline.understanding.HistoryLine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.management.ObjectName;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Issue 17's P5: the heap an idle session takes in this instance's Caffeine tier, as a count of
 * bytes, not a time. Run by {@code load-tests/heap-per-session.sh}; not a JMH benchmark (JMH times
 * code; this weighs a heap once), it lives here because the benchmarks' build compiles it.
 *
 * <ol>
 *   <li>100,000 sessions of the mix in {@link Kind}, each the state and history the real dialogue
 *       left after its conversation ({@link SampleConversations}), each with its own key and ids,
 *       each decoded from its own JSON as a cold instance fills its memory from Redis, so no string
 *       is shared between sessions. They go in through {@link TieredSessionStore#committed}, into a
 *       store whose cap is 100,000 (the default cap, {@link Config#DEFAULT_SESSION_CACHE_MAX}, is
 *       lower). Bytes per session = heap used after full collections, after minus before.
 *   <li>The worst case of the default cap: sessions as big as a customer can make them (a person
 *       took over, so the bot is silent and the history is ten customer messages of WhatsApp's
 *       4,096 characters, outside Latin-1), twice the default cap of them put in.
 * </ol>
 *
 * Prints {@code bytes per idle cached session: N}; exits 1 when N is over the limit (2048, or the
 * second argument) or the store did not keep every session; the first argument is the count.
 */
public final class SessionHeapBenchmark {
  static final int PLATFORM_MAX_TEXT = 4_096;
  private static final Instant EXPIRES = Instant.parse("2026-11-23T09:00:00Z");

  private SessionHeapBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long limit = args.length > 1 ? Long.parseLong(args[1]) : 2048;
    SessionCodec codec = new SessionCodec(Components.objectMapper());
    List<Sample> samples = SampleConversations.generate(12);
    describe(samples);

    TieredSessionStore store = store(codec, count);
    long before = usedAfterGc();
    long estimated = 0;
    long weight = 0;
    for (int i = 0; i < count; i++) {
      Session s = codec.decodeSession(codec.encodeSession(realistic(samples, i)));
      estimated += SessionFootprint.bytes(s);
      weight += TieredSessionStore.weight(s);
      store.committed(s);
    }
    long after = usedAfterGc();
    System.out.println(histogramTop(16));
    long kept = store.cachedSessions();
    long perSession = Math.round((after - before) / (double) count);
    System.out.printf(
        Locale.ROOT,
        "%d sessions put, %d kept (weight %d), %.1f MiB; the weigher's estimate %d bytes each%n"
            + "bytes per idle cached session: %d%n",
        count,
        kept,
        weight,
        (after - before) / 1048576.0,
        Math.round(estimated / (double) count),
        perSession);
    store = null;

    long cap = Config.DEFAULT_SESSION_CACHE_MAX;
    TieredSessionStore capped = store(codec, cap);
    long emptyHeap = usedAfterGc();
    long largestEstimate = 0;
    for (int i = 0; i < 2 * cap; i++) {
      Session s = codec.decodeSession(codec.encodeSession(largest(i)));
      largestEstimate = SessionFootprint.bytes(s);
      capped.committed(s);
    }
    long full = usedAfterGc();
    long worstKept = capped.cachedSessions();
    System.out.printf(
        Locale.ROOT,
        "worst case at the default cap (SESSION_CACHE_MAX=%d): %d largest sessions kept of %d put,"
            + " %.1f MiB, %d bytes each (the weigher's estimate %d, weight %d); bound %d x %d"
            + " bytes = %.1f MiB%n",
        cap,
        worstKept,
        2 * cap,
        (full - emptyHeap) / 1048576.0,
        worstKept == 0 ? 0 : Math.round((full - emptyHeap) / (double) worstKept),
        largestEstimate,
        TieredSessionStore.weight(largest(0)),
        cap,
        TieredSessionStore.WEIGHT_UNIT,
        cap * TieredSessionStore.WEIGHT_UNIT / 1048576.0);
    Reference.reachabilityFence(capped);

    boolean ok = true;
    if (kept != count) {
      System.out.printf("FAIL: the store kept %d of %d sessions%n", kept, count);
      ok = false;
    }
    if (perSession > limit) {
      System.out.printf("FAIL: %d bytes per idle cached session, over %d%n", perSession, limit);
      ok = false;
    }
    System.exit(ok ? 0 : 1);
  }

  /** A store with no Redis and a Postgres that is never asked: only the memory tier is used. */
  private static TieredSessionStore store(SessionCodec codec, long cap) {
    var postgres = new PostgresSessions(DSL.using(SQLDialect.POSTGRES), codec, Clock.systemUTC());
    return new TieredSessionStore(
        postgres, Optional.empty(), codec, cap, Duration.ofHours(2), new SimpleMeterRegistry());
  }

  /** Session {@code i} of the mix: kinds in their shares, 4 in 5 on WhatsApp, 1 in 5 on the web. */
  static Session realistic(List<Sample> samples, int i) {
    Kind kind = kindOf(i % 100);
    List<Sample> ofKind = samples.stream().filter(s -> s.kind() == kind).toList();
    Sample s = ofKind.get((i / 100) % ofKind.size());
    String key =
        i % 5 == 4
            ? SessionKey.of(1, "web", "v_" + Long.toString(0x5DEECE66DL * (i + 1), 36) + "Qx7f")
            : SessionKey.of(1, "whatsapp", Long.toString(491_510_000_000L + i));
    return new Session(
        key, 1_000_000L + i, 2_000_000L + i, s.state(), s.turns(), EXPIRES, s.history());
  }

  private static Kind kindOf(int percentile) {
    int upTo = 0;
    for (Kind k : Kind.values()) {
      upTo += k.percent;
      if (percentile < upTo) {
        return k;
      }
    }
    throw new IllegalStateException("shares of Kind add up to " + upTo + ", not 100");
  }

  /** As big as a customer can make a session: ten platform-long messages while a person helps. */
  static Session largest(int i) {
    String line = "Привет, у меня вопрос ".repeat(PLATFORM_MAX_TEXT / 22 + 1);
    List<HistoryLine> history = new ArrayList<>();
    for (int n = 0; n < LlmConfig.DEFAULT_HISTORY; n++) {
      history.add(new HistoryLine(HistoryLine.CUSTOMER, line.substring(0, PLATFORM_MAX_TEXT)));
    }
    DialogueState state = DialogueState.start("Иван").withHandoff(true);
    String key = SessionKey.of(1, "whatsapp", Long.toString(79_160_000_000L + i));
    return new Session(key, 3_000_000L + i, 4_000_000L + i, state, 20, EXPIRES, history);
  }

  private static void describe(List<Sample> samples) {
    Map<Kind, int[]> lines = new EnumMap<>(Kind.class);
    for (Sample s : samples) {
      int[] sum = lines.computeIfAbsent(s.kind(), k -> new int[3]);
      sum[0]++;
      sum[1] += s.history().size();
      sum[2] += s.history().stream().mapToInt(h -> h.text().length()).sum();
    }
    lines.forEach(
        (kind, sum) ->
            System.out.printf(
                Locale.ROOT,
                "%-18s %3d%% of sessions: %4.1f history lines, %5.0f characters, state %s%n",
                kind,
                kind.percent,
                sum[1] / (double) sum[0],
                sum[2] / (double) sum[0],
                stateOf(samples, kind)));
  }

  private static String stateOf(List<Sample> samples, Kind kind) {
    DialogueState st = samples.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow().state();
    return st.goal() + "/" + st.awaiting() + ", " + st.offers().size() + " offers";
  }

  private static long usedAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100); // reference processing after the collection; not a timing assumption
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
