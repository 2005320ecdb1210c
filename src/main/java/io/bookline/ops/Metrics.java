package io.bookline.ops;

import io.bookline.db.QueryCounter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The instance's meter registry, scraped at {@code GET /metrics} (ADR 0025). Every meter gets HELP
 * text ({@link MeterHelp}); request and turn timers publish histogram buckets, so Prometheus can
 * compute p50/p95/p99 across instances.
 */
public final class Metrics {
  /** Timers published as histogram buckets (1 ms to 30 s), not only count, sum and max. */
  static final Set<String> HISTOGRAMS =
      Set.of(RequestMetrics.NAME, "bookline.turn", "bookline.llm.latency");

  private static final Duration SMALLEST = Duration.ofMillis(1);
  private static final Duration LARGEST = Duration.ofSeconds(30);

  private Metrics() {}

  /**
   * A Prometheus registry with JVM memory, threads, class loading, process CPU, uptime and file
   * descriptors and the database's statement and transaction counts bound; every other part
   * registers its own meters on it. Garbage collection is bound separately ({@link #bindGc}): it
   * must be unbound when the instance stops.
   */
  public static PrometheusMeterRegistry registry(QueryCounter database) {
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    metrics.config().meterFilter(MeterHelp.filter()).meterFilter(histograms());
    FunctionCounter.builder("bookline.db.statements", database, QueryCounter::reads)
        .tag("kind", "read")
        .register(metrics);
    FunctionCounter.builder("bookline.db.statements", database, QueryCounter::writes)
        .tag("kind", "write")
        .register(metrics);
    FunctionCounter.builder("bookline.db.transactions", database, QueryCounter::transactions)
        .register(metrics);
    new JvmMemoryMetrics().bindTo(metrics);
    new JvmThreadMetrics().bindTo(metrics);
    new ClassLoaderMetrics().bindTo(metrics);
    new ProcessorMetrics().bindTo(metrics);
    new UptimeMetrics().bindTo(metrics);
    new FileDescriptorMetrics().bindTo(metrics);
    return metrics;
  }

  /**
   * Binds garbage-collection pauses and allocation; the returned handle removes the listeners this
   * puts on the JVM's collectors (several instances in one JVM, as in tests, must not pile up).
   */
  public static AutoCloseable bindGc(MeterRegistry metrics) {
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(metrics);
    return gc;
  }

  /**
   * Registers the counters that alerts and dashboards name at zero, so a query such as {@code
   * increase(bookline_outbox_dead_total[15m])} has a series before the first dead letter.
   */
  public static void startAtZero(MeterRegistry metrics, List<String> platforms) {
    for (String platform : platforms) {
      metrics.counter("bookline.outbox.dead", "platform", platform);
      metrics.counter("bookline.outbox.sent", "platform", platform);
    }
    for (String action : List.of("made", "moved", "cancelled")) {
      metrics.counter("bookline.bookings", "action", action);
    }
    metrics.counter("bookline.outbox.taken", "how", "written");
    metrics.counter("bookline.outbox.taken", "how", "claimed");
    metrics.counter("bookline.handoffs");
    metrics.counter("bookline.readings", "understood", "yes");
    metrics.counter("bookline.readings", "understood", "no");
    for (String limit : List.of("sender", "visitor", "address", "verify")) {
      metrics.counter("bookline.ratelimit.hits", "limit", limit);
    }
  }

  /**
   * {@code bookline_ready}: 1 while this instance would answer {@code /health/ready} with 200 (the
   * database answers), else 0; the alert rules watch it across instances.
   */
  public static void ready(MeterRegistry metrics, BooleanSupplier databaseAnswers) {
    Gauge.builder("bookline.ready", databaseAnswers, d -> d.getAsBoolean() ? 1 : 0)
        .strongReference(true)
        .register(metrics);
  }

  private static MeterFilter histograms() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(
          Meter.Id id, DistributionStatisticConfig config) {
        if (!HISTOGRAMS.contains(id.getName())) {
          return config;
        }
        return DistributionStatisticConfig.builder()
            .percentilesHistogram(true)
            .minimumExpectedValue((double) SMALLEST.toNanos())
            .maximumExpectedValue((double) LARGEST.toNanos())
            .build()
            .merge(config);
      }
    };
  }
}
