package io.bookline.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.owner.ConversationAdmin;
import io.bookline.owner.Problems;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The calling business's conversations: list them (e.g. those waiting for a person), read a
 * transcript, take one over, reply as a person, and hand it back to the bot.
 */
public final class ConversationRoutes {
  private final OwnerAuth auth;
  private final ConversationAdmin conversations;
  private final ObjectMapper json;

  public ConversationRoutes(OwnerAuth auth, ConversationAdmin conversations, ObjectMapper json) {
    this.auth = auth;
    this.conversations = conversations;
    this.json = json;
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
    routes.post("/api/conversations/{id}/handoff", this::handOff);
    routes.post("/api/conversations/{id}/reply", this::reply);
    routes.post("/api/conversations/{id}/release", this::release);
  }

  private void handOff(Context ctx) {
    long business = auth.business(ctx);
    long id = id(ctx);
    conversations.handOff(business, id);
    ctx.json(Map.of("conversation", id, "status", "handoff"));
  }

  private void reply(Context ctx) {
    long business = auth.business(ctx);
    long id = id(ctx);
    Problems problems = new Problems();
    JsonBody body = JsonBody.object(ctx, json, problems).only(Set.of("text"));
    var replied = conversations.reply(business, id, body.string("text"), problems);
    ctx.status(201)
        .json(
            Map.of(
                "conversation",
                id,
                "customerTold",
                replied.told().name().toLowerCase(Locale.ROOT),
                "status",
                "handoff",
                "tookOver",
                replied.tookOver()));
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
