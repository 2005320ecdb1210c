package io.bookline.ops;

import io.bookline.db.QueryCounter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The instance's meter registry, scraped at {@code GET /metrics}. */
public final class Metrics {
  private Metrics() {}

  /**
   * A Prometheus registry with JVM memory and threads and the database's statement and transaction
   * counts bound; every other part registers its own meters on it.
   */
  public static PrometheusMeterRegistry registry(QueryCounter database) {
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
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
    return metrics;
  }
}
