package io.bookline.console;

import io.bookline.admin.BrowserSessions;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Server-sent events that tell a signed-in console "bookings changed", "conversations changed" or
 * "hours changed" (opening or staff hours, closures, staff), so its page reads the owner API again
 * (ADR 0026). Each stream compares a small fingerprint of the business's bookings, conversations
 * and hours every {@link #POLL}: that sees a booking made in a chat on any instance, over one
 * Postgres, with nothing for the chat's turn to publish.
 */
public final class LiveChanges implements AutoCloseable {
  /** How often a stream looks; a chat booking reaches the calendar within this plus one read. */
  static final Duration POLL = Duration.ofMillis(500);

  /** A stream ends after this; the browser's EventSource reconnects on its own. */
  static final Duration STREAM_FOR = Duration.ofMinutes(10);

  private static final int POLLS_PER_HEARTBEAT = 30;

  private final DSLContext db;
  private final ConsoleSessions sessions;
  private final Clock clock;
  private volatile boolean closed;

  public LiveChanges(DSLContext db, ConsoleSessions sessions, Clock clock) {
    this.db = db;
    this.sessions = sessions;
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  /**
   * What a console would see change: one line per kind of row. {@code hours} covers what shapes the
   * calendar's shading: opening hours, staff hours, closures and who is on the staff.
   */
  record Fingerprint(String bookings, String conversations, String hours) {}

  Fingerprint fingerprint(long business) {
    Record b =
        db.fetchOne(
            "select count(*), coalesce(max(id), 0), count(*) filter (where status = 'confirmed'),"
                + " coalesce(sum(extract(epoch from starts_at)) filter (where status = 'confirmed'),"
                + " 0), count(no_show_at), max(greatest(created_at, cancelled_at, rescheduled_at,"
                // Every move raises a booking's sequence: a move to another staff member at the
                // same time is seen even when the app clock has not moved on since (ADR 0117).
                + " no_show_at)), coalesce(sum(ics_sequence), 0) from bookings where business_id"
                + " = ?",
            business);
    Record c =
        db.fetchOne(
            // A person taking over a conversation already waiting writes no message: counting
            // those a person has (the session's personIn) tells every console (ADR 0100).
            "select count(*), count(*) filter (where c.status = 'handoff'), count(*) filter"
                + " (where c.status = 'handoff' and s.state->>'personIn' = 'true'),"
                + " max(c.last_message_at), coalesce(max(m.last), 0) from conversations c"
                + " left join sessions s on s.conversation_id = c.id left join lateral (select"
                + " max(id) as last from messages where conversation_id = c.id) m on true"
                + " where c.business_id = ?",
            business);
    Record h =
        db.fetchOne(
            "select (select md5(coalesce(string_agg(weekday || ' ' || opens || ' ' || closes, ','"
                + " order by weekday, opens, closes), '')) from opening_hours where business_id ="
                + " ?), (select md5(coalesce(string_agg(h.resource_id || ' ' || h.weekday || ' ' ||"
                + " h.opens || ' ' || h.closes, ',' order by h.resource_id, h.weekday, h.opens,"
                + " h.closes), '')) from resource_hours h join resources r on r.id = h.resource_id"
                + " where r.business_id = ?), (select md5(coalesce(string_agg(id || ' ' ||"
                + " first_day || ' ' || last_day || ' ' || coalesce(resource_id::text, '-') || ' '"
                + " || coalesce(reason, ''), ',' order by id), '')) from closures where business_id"
                + " = ?), (select md5(coalesce(string_agg(id || ' ' || name || ' ' || active || ' '"
                + " || (deleted_at is null), ',' order by id), '')) from resources where"
                + " business_id = ?)",
            business,
            business,
            business,
            business);
    return new Fingerprint(b.formatCSV(false), c.formatCSV(false), h.formatCSV(false));
  }

  /** The event stream of the signed-in console, or 401 without a session. */
  void stream(Context ctx, Optional<BrowserSessions.Session> session) throws Exception {
    if (session.isEmpty()) {
      ctx.status(401)
          .json(Map.of("error", "unauthorized", "message", "the console session ended; sign in"));
      return;
    }
    long business = session.get().caller().businessId();
    String cookie = ctx.cookie(BrowserSessions.COOKIE);
    new SseHandler(client -> follow(client, business, cookie)).handle(ctx);
  }

  private void follow(SseClient client, long business, String cookie) {
    AtomicBoolean gone = new AtomicBoolean();
    client.onClose(() -> gone.set(true));
    try {
      Fingerprint last = fingerprint(business);
      client.sendEvent("ready", "{}");
      long polls = STREAM_FOR.toMillis() / POLL.toMillis();
      for (long i = 1; i <= polls && !gone.get() && !client.terminated() && !closed; i++) {
        Thread.sleep(POLL);
        if (i % POLLS_PER_HEARTBEAT == 0) {
          if (sessions.find(cookie).isEmpty()) {
            break;
          }
          if (!client.terminated()) {
            client.sendComment("still here");
          }
        }
        Fingerprint now = fingerprint(business);
        if (!now.bookings().equals(last.bookings())) {
          send(client, "bookings");
        }
        if (!now.conversations().equals(last.conversations())) {
          send(client, "conversations");
        }
        if (!now.hours().equals(last.hours())) {
          send(client, "hours");
        }
        last = now;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // The database is away, or the browser left and the server already let go of the request
      // (a write then fails with something other than an IOException): end the stream quietly;
      // a browser that is still there reconnects.
    }
    try {
      client.close();
    } catch (RuntimeException e) {
      // The server already let go of the request: nothing is left to close.
    }
  }

  /**
   * Sends one event unless the browser already left: a write that finds the tab closed ends the
   * client, and Javalin logs a WARN for every later send, though a tab closing is nothing wrong.
   */
  private static void send(SseClient client, String event) {
    if (!client.terminated()) {
      client.sendEvent(event, "{}");
    }
  }

  /** Ends every open stream at its next look (the server is stopping). */
  @Override
  public void close() {
    closed = true;
  }
}
