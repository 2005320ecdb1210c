package io.bookline.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Liveness (the process answers) and readiness (it can do its job: the database answers). A load
 * balancer sends traffic only to ready instances.
 */
public final class HealthRoutes {
  private final BooleanSupplier database;

  public HealthRoutes(BooleanSupplier database) {
    this.database = database;
  }

  public void register(RoutesConfig routes) {
    routes.get("/health/live", ctx -> ctx.json(Map.of("status", "up")));
    routes.get("/health/ready", this::ready);
  }

  private void ready(Context ctx) {
    boolean db = database.getAsBoolean();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", db ? "ready" : "unavailable");
    body.put("checks", Map.of("database", db ? "up" : "down"));
    ctx.status(db ? 200 : 503).json(body);
  }
}
