package io.bookline.ops;

import io.bookline.ApiError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code GET /metrics} on the main port, which the public can reach: only with {@code
 * Authorization: Bearer <METRICS_TOKEN>}, and not at all when no token is set (then the management
 * port serves it, {@link ManagementServer}). ADR 0025.
 */
public final class MetricsRoutes {
  /** The Prometheus text format's content type. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;
  private final Optional<byte[]> token;

  public MetricsRoutes(PrometheusMeterRegistry registry, Optional<String> token) {
    this.registry = registry;
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
  }

  public void register(RoutesConfig routes) {
    routes.get("/metrics", this::scrape);
  }

  private void scrape(Context ctx) {
    if (token.isEmpty()) {
      throw ApiError.notFound(
          "metrics are not served on this port: scrape MANAGEMENT_PORT, or set METRICS_TOKEN and"
              + " send it as a bearer token");
    }
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    if (!header.startsWith("Bearer ")) {
      throw ApiError.unauthorized("metrics need 'Authorization: Bearer <METRICS_TOKEN>'");
    }
    byte[] given = header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    // Constant time: how much of the token matched must not show in how long the answer takes.
    if (!MessageDigest.isEqual(given, token.get())) {
      throw ApiError.unauthorized("the bearer token is not this instance's METRICS_TOKEN");
    }
    ctx.contentType(CONTENT_TYPE).result(registry.scrape());
  }
}
