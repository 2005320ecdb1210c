package io.bookline.admin;

import io.bookline.ingress.FailedMessages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The calling business's messages the inbox set aside after their last attempt (ADR 0019):
 * acknowledged to the platform, never answered, and no longer holding up their conversations.
 */
public final class InboxRoutes {
  private static final int MAX_LIST = 200;

  private final OwnerAuth auth;
  private final FailedMessages failed;

  public InboxRoutes(OwnerAuth auth, FailedMessages failed) {
    this.auth = auth;
    this.failed = failed;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/inbox/failed", this::list);
  }

  private void list(Context ctx) {
    ctx.json(Map.of("failed", failed.list(auth.business(ctx), MAX_LIST)));
  }
}
