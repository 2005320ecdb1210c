package io.bookline.ops;

import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** {@code GET /metrics} in Prometheus text format. */
public final class MetricsRoutes {
  private final PrometheusMeterRegistry registry;

  public MetricsRoutes(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  public void register(RoutesConfig routes) {
    routes.get(
        "/metrics",
        ctx ->
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
  }
}
