package io.bookline.ops;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Times every HTTP request by method, route template ({@code /chat/{businessSlug}}, never the raw
 * path: one series per route, whatever the slugs), status and outcome. Javalin calls it after the
 * response is complete, error mapping included, so a 500 is counted as a 500.
 */
public final class RequestMetrics implements RequestLogger {
  /** The Micrometer name; Prometheus shows {@code http_server_requests_seconds_*}. */
  public static final String NAME = "http.server.requests";

  /** The route of a request no route matched (a 404 for an unknown path). */
  static final String UNMATCHED = "unmatched";

  private final MeterRegistry metrics;

  public RequestMetrics(MeterRegistry metrics) {
    this.metrics = metrics;
  }

  @Override
  public void handle(Context ctx, Float millis) {
    int status = ctx.statusCode();
    Timer.builder(NAME)
        .tag("method", ctx.method().name())
        .tag("route", route(ctx))
        .tag("status", Integer.toString(status))
        .tag("outcome", outcome(status))
        .register(metrics)
        .record((long) (millis * 1_000_000.0), TimeUnit.NANOSECONDS);
  }

  private static String route(Context ctx) {
    try {
      Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
      return matched == null ? UNMATCHED : matched.path;
    } catch (RuntimeException none) {
      return UNMATCHED;
    }
  }

  static String outcome(int status) {
    if (status >= 500) {
      return "SERVER_ERROR";
    }
    if (status >= 400) {
      return "CLIENT_ERROR";
    }
    if (status >= 300) {
      return "REDIRECTION";
    }
    return "SUCCESS";
  }
}
