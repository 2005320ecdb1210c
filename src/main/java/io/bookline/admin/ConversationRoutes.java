package io.bookline.admin;

import io.bookline.owner.ConversationAdmin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The calling business's conversations: list them (e.g. those waiting for a person), read a
 * transcript, take one over, reply as a person, and hand it back to the bot.
 */
public final class ConversationRoutes {
  private final OwnerAuth auth;
  private final ConversationAdmin conversations;

  public ConversationRoutes(OwnerAuth auth, ConversationAdmin conversations) {
    this.auth = auth;
    this.conversations = conversations;
  }

  public void register(RoutesConfig routes) {
    routes.get(
        "/api/conversations",
        ctx ->
            ctx.json(
                Map.of(
                    "conversations",
                    conversations.list(auth.business(ctx), ctx.queryParam("status")))));
    routes.get(
        "/api/conversations/{id}/messages",
        ctx -> ctx.json(conversations.transcript(auth.business(ctx), id(ctx))));
    routes.post("/api/conversations/{id}/release", this::release);
  }

  private void release(Context ctx) {
    long business = auth.business(ctx);
    long id = id(ctx);
    conversations.release(business, id);
    ctx.json(Map.of("conversation", id, "status", "bot"));
  }

  private static long id(Context ctx) {
    return Paths.id(ctx, "conversation");
  }
}
