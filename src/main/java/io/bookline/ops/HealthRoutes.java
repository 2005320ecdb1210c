package io.bookline.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Liveness (the process answers) and readiness (it can do its job: the database answers). A load
 * balancer sends traffic only to ready instances.
 */
public final class HealthRoutes {
  private final BooleanSupplier database;
  private final Supplier<String> redis;

  /**
   * @param redis "up", "degraded" or "off": a degraded Redis does not make the instance unready, it
   *     serves from memory and Postgres
   */
  public HealthRoutes(BooleanSupplier database, Supplier<String> redis) {
    this.database = database;
    this.redis = redis;
  }

  public void register(RoutesConfig routes) {
    routes.get("/health/live", ctx -> ctx.json(Map.of("status", "up")));
    routes.get("/health/ready", this::ready);
  }

  private void ready(Context ctx) {
    boolean db = database.getAsBoolean();
    String cache = redis.get();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", !db ? "unavailable" : cache.equals("degraded") ? "degraded" : "ready");
    Map<String, Object> checks = new LinkedHashMap<>();
    checks.put("database", db ? "up" : "down");
    checks.put("redis", cache);
    body.put("checks", checks);
    ctx.status(db ? 200 : 503).json(body);
  }
}
