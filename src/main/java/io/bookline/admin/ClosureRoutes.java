package io.bookline.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.owner.ClosureAdmin;
import io.bookline.owner.ClosureCancellations;
import io.bookline.owner.Problems;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;

/**
 * The calling business's closures and staff leave; each answer lists the bookings now inside the
 * closure (nothing is cancelled on its own), and {@code POST /api/closures/{id}/cancel-bookings}
 * cancels those still ahead at the owner's word, telling each customer (ADR 0067). A closure over
 * days another of the same scope covers is refused with 409 naming it.
 */
public final class ClosureRoutes {
  static final Set<String> FIELDS = Set.of("firstDay", "lastDay", "reason", "staffId");

  private final OwnerAuth auth;
  private final ClosureAdmin closures;
  private final ClosureCancellations cancellations;
  private final ObjectMapper json;

  public ClosureRoutes(
      OwnerAuth auth,
      ClosureAdmin closures,
      ClosureCancellations cancellations,
      ObjectMapper json) {
    this.auth = auth;
    this.closures = closures;
    this.cancellations = cancellations;
    this.json = json;
  }

  public void register(RoutesConfig routes) {
    routes.get(
        "/api/closures", ctx -> ctx.json(Map.of("closures", closures.list(auth.business(ctx)))));
    routes.post("/api/closures", this::create);
    routes.delete(
        "/api/closures/{id}",
        ctx -> ctx.json(closures.delete(auth.business(ctx), Paths.id(ctx, "closure"))));
    routes.post("/api/closures/{id}/cancel-bookings", this::cancelBookings);
  }

  /** Body optional: {@code {"reason": "…"}} for customers to read instead of the closure's. */
  private void cancelBookings(Context ctx) {
    long business = auth.business(ctx);
    long id = Paths.id(ctx, "closure");
    Problems problems = new Problems();
    JsonBody body = JsonBody.object(ctx, json, problems).only(Set.of("reason"));
    ctx.json(cancellations.cancelInside(business, id, body.string("reason"), problems));
  }

  private void create(Context ctx) {
    long business = auth.business(ctx);
    Problems problems = new Problems();
    JsonBody body = JsonBody.object(ctx, json, problems).only(FIELDS);
    var in =
        new ClosureAdmin.ClosureInput(
            body.string("firstDay"),
            body.string("lastDay"),
            body.string("reason"),
            body.id("staffId"));
    ctx.status(201).json(closures.create(business, in, problems));
  }
}
