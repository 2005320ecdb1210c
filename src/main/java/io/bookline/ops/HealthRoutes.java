package io.bookline.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Liveness (the process answers) and readiness (it can do its job), ADR 0034. Readiness asks every
 * dependency now and says how long each took: {@code dependencies.postgres = {status, latencyMs,
 * required}}. A required one down (Postgres) makes the instance unready: 503, naming it in {@code
 * failed}. An optional one down (Redis: the instance serves from memory and Postgres) makes it
 * {@code degraded}, still 200 — taking every instance out of the load balancer because the shared
 * cache blinked would turn a slower service into none. A stopping instance is unready.
 */
public final class HealthRoutes {
  /**
   * One thing the instance needs.
   *
   * @param probe "up", "down", "degraded" or "off" (not configured), asked live
   */
  public record Dependency(String name, boolean required, Supplier<String> probe) {}

  private final List<Dependency> dependencies;
  private final BooleanSupplier stopping;

  /**
   * @param redis "up", "degraded" or "off": a degraded Redis does not make the instance unready
   */
  public HealthRoutes(BooleanSupplier database, Supplier<String> redis) {
    this(
        List.of(
            new Dependency("postgres", true, () -> database.getAsBoolean() ? "up" : "down"),
            new Dependency("redis", false, redis)),
        () -> false);
  }

  public HealthRoutes(List<Dependency> dependencies, BooleanSupplier stopping) {
    this.dependencies = List.copyOf(dependencies);
    this.stopping = stopping;
  }

  public void register(RoutesConfig routes) {
    routes.get("/health/live", ctx -> ctx.json(Map.of("status", "up")));
    routes.get("/health/ready", this::ready);
  }

  private void ready(Context ctx) {
    Map<String, Object> details = new LinkedHashMap<>();
    Map<String, String> checks = new LinkedHashMap<>();
    List<String> failed = new ArrayList<>();
    List<String> degraded = new ArrayList<>();
    for (Dependency d : dependencies) {
      long started = System.nanoTime();
      String status;
      try {
        status = d.probe().get();
      } catch (RuntimeException e) {
        status = "down";
      }
      double millis = Math.round((System.nanoTime() - started) / 10_000.0) / 100.0;
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("status", status);
      one.put("latencyMs", millis);
      one.put("required", d.required());
      details.put(d.name(), one);
      // The earlier, flat view: database up/down, redis up/degraded/off.
      checks.put(
          d.name().equals("postgres") ? "database" : d.name(),
          d.name().equals("redis") && status.equals("down") ? "degraded" : status);
      boolean fine = status.equals("up") || status.equals("off");
      if (!fine && d.required()) {
        failed.add(d.name());
      } else if (!fine) {
        degraded.add(d.name());
      }
    }
    boolean stop = stopping.getAsBoolean();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "status",
        stop
            ? "stopping"
            : !failed.isEmpty() ? "unavailable" : !degraded.isEmpty() ? "degraded" : "ready");
    body.put("checks", checks);
    body.put("dependencies", details);
    body.put("failed", failed);
    body.put("degraded", degraded);
    ctx.status(stop || !failed.isEmpty() ? 503 : 200).json(body);
  }
}
