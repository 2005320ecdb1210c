package io.bookline.admin;

import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Messages;
import static io.bookline.db.Schema.Sessions;

import io.bookline.ApiError;
import io.bookline.session.SessionStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Conversations for the business owner: list them (e.g. those waiting for a person), read a
 * transcript, and hand a conversation back to the bot after a human took over.
 */
public final class ConversationRoutes {
  private static final int MAX_LIST = 200;

  private final AdminAuth auth;
  private final DSLContext db;
  private final SessionStore sessions;

  public ConversationRoutes(AdminAuth auth, DSLContext db, SessionStore sessions) {
    this.auth = auth;
    this.db = db;
    this.sessions = sessions;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/conversations", this::list);
    routes.get("/api/conversations/{id}/messages", this::transcript);
    routes.post("/api/conversations/{id}/release", this::release);
  }

  private void list(Context ctx) {
    auth.require(ctx);
    String status = ctx.queryParam("status");
    if (status != null && !List.of("bot", "handoff").contains(status)) {
      throw ApiError.badRequest("status must be 'bot' or 'handoff', not '" + status + "'");
    }
    var where = status == null ? DSL.noCondition() : Conversations.STATUS.eq(status);
    List<Map<String, Object>> rows =
        db.select(
                Conversations.ID,
                Conversations.PLATFORM,
                Conversations.STATUS,
                Conversations.LAST_MESSAGE_AT,
                Customers.PLATFORM_USER_ID,
                Customers.NAME)
            .from(Conversations.T)
            .join(Customers.T)
            .on(Customers.ID.eq(Conversations.CUSTOMER_ID))
            .where(where)
            .orderBy(Conversations.LAST_MESSAGE_AT.desc())
            .limit(MAX_LIST)
            .fetch(
                r -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("id", r.value1());
                  m.put("platform", r.value2());
                  m.put("status", r.value3());
                  m.put("lastMessageAt", r.value4().toInstant().toString());
                  m.put("customer", r.value5());
                  m.put("customerName", r.value6());
                  return m;
                });
    ctx.json(Map.of("conversations", rows));
  }

  private void transcript(Context ctx) {
    auth.require(ctx);
    long id = id(ctx);
    if (!db.fetchExists(Conversations.T, Conversations.ID.eq(id))) {
      throw ApiError.notFound("no conversation " + id);
    }
    List<Map<String, Object>> messages =
        db.select(Messages.DIRECTION, Messages.CONTENT_TEXT, Messages.PROVIDER, Messages.CREATED_AT)
            .from(Messages.T)
            .where(Messages.CONVERSATION_ID.eq(id))
            .orderBy(Messages.ID)
            .fetch(
                r -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("direction", r.value1());
                  m.put("text", r.value2());
                  m.put("provider", r.value3());
                  m.put("at", r.value4().toInstant().toString());
                  return m;
                });
    ctx.json(Map.of("conversation", id, "messages", messages));
  }

  /** Gives the conversation back to the bot; bumps the session version so no stale copy wins. */
  private void release(Context ctx) {
    auth.require(ctx);
    long id = id(ctx);
    String key =
        db.transactionResult(
            cfg -> {
              DSLContext tx = cfg.dsl();
              int updated =
                  tx.update(Conversations.T)
                      .set(Conversations.STATUS, "bot")
                      .where(Conversations.ID.eq(id))
                      .execute();
              if (updated == 0) {
                throw ApiError.notFound("no conversation " + id);
              }
              return tx.update(Sessions.T)
                  .set(
                      Sessions.STATE,
                      DSL.field(
                          "jsonb_set({0}, '{handoff}', 'false'::jsonb)",
                          Sessions.STATE.getDataType(), Sessions.STATE))
                  .set(Sessions.VERSION, Sessions.VERSION.plus(1))
                  .where(Sessions.CONVERSATION_ID.eq(id))
                  .returningResult(Sessions.SESSION_KEY)
                  .fetchOne(Sessions.SESSION_KEY);
            });
    if (key != null) {
      sessions.evict(key);
    }
    ctx.json(Map.of("conversation", id, "status", "bot"));
  }

  private static long id(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("conversation id '" + raw + "' is not a number");
    }
  }
}
