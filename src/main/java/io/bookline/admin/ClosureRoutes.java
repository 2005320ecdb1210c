package io.bookline.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.owner.ClosureAdmin;
import io.bookline.owner.Problems;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;

/**
 * The calling business's closures and staff leave; each answer lists the bookings now inside the
 * closure (nothing is cancelled on its own).
 */
public final class ClosureRoutes {
  static final Set<String> FIELDS = Set.of("firstDay", "lastDay", "reason", "staffId");

  private final OwnerAuth auth;
  private final ClosureAdmin closures;
  private final ObjectMapper json;

  public ClosureRoutes(OwnerAuth auth, ClosureAdmin closures, ObjectMapper json) {
    this.auth = auth;
    this.closures = closures;
    this.json = json;
  }

  public void register(RoutesConfig routes) {
    routes.get(
        "/api/closures", ctx -> ctx.json(Map.of("closures", closures.list(auth.business(ctx)))));
    routes.post("/api/closures", this::create);
    routes.delete(
        "/api/closures/{id}",
        ctx -> ctx.json(closures.delete(auth.business(ctx), Paths.id(ctx, "closure"))));
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
