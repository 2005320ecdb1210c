package io.bookline.ops;

import io.javalin.http.Context;
import io.javalin.http.RequestLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One line per HTTP request on the logger {@value #LOGGER} ({@code ACCESS_LOG=false} turns it off):
 * method, path (never the query, which may carry a verify token), status and milliseconds, with the
 * request id as the MDC field {@value #MDC_KEY}. The id is the caller's {@code X-Request-Id} when
 * it is a plain token, else a new one; the response carries it, and every line the request's thread
 * writes (an inline web turn's) carries it too, as do the lines of the background turns and sends
 * it leaves for later ({@link RequestId}, ADR 0060). Bodies, keys and tokens are never logged; a
 * health probe, metrics scrape or console event stream that succeeds only at DEBUG. With the logger
 * off, nothing is built but the id.
 */
public final class AccessLog implements RequestLogger {
  public static final String LOGGER = "bookline.access";
  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = RequestId.MDC_KEY;
  static final int MAX_ID = 64;
  static final int MAX_PATH = 200;

  /** The console's server-sent events ({@code console.ConsoleRoutes}): one per open tab. */
  static final String CONSOLE_EVENTS = "/console/events";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  private final RequestLogger next;

  /**
   * @param next told of every request first (the request timers)
   */
  public AccessLog(RequestLogger next) {
    this.next = next;
  }

  /** Before the request's handler: names the request, in the response and the MDC. */
  public static void tag(Context ctx) {
    String given = ctx.header(HEADER);
    String id = plainToken(given) ? given : RequestId.fresh();
    ctx.header(HEADER, id);
    MDC.put(MDC_KEY, id);
  }

  @Override
  public void handle(Context ctx, Float millis) throws Exception {
    try {
      next.handle(ctx, millis);
      boolean routine = routine(ctx);
      if (routine ? LOG.isDebugEnabled() : LOG.isInfoEnabled()) {
        String path = ctx.path();
        String line = "{} {} {} {} ms";
        Object[] parts = {
          ctx.method().name(),
          path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "…" : path,
          ctx.statusCode(),
          Math.round(millis)
        };
        if (routine) {
          LOG.debug(line, parts);
        } else {
          LOG.info(line, parts);
        }
      }
    } finally {
      MDC.remove(MDC_KEY);
      // owner.OwnerBookingLog.KEY, put by the owner API's authentication; spelled out because
      // the owner package depends on this one.
      MDC.remove("ownerKey");
    }
  }

  /**
   * A probe, a scrape or a console's event stream that went well: an orchestrator and Prometheus
   * ask every few seconds, and every open console tab reconnects its stream again and again; a line
   * each would drown the requests that matter. They are logged at DEBUG; one that fails at INFO.
   */
  private static boolean routine(Context ctx) {
    String path = ctx.path();
    return ctx.statusCode() < 400
        && (path.startsWith("/health/") || path.equals("/metrics") || path.equals(CONSOLE_EVENTS));
  }

  /** Letters, digits and {@code . _ : -}, at most {@value #MAX_ID}: safe to echo and to log. */
  static boolean plainToken(String s) {
    if (s == null || s.isEmpty() || s.length() > MAX_ID) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == ':'
              || c == '-';
      if (!plain) {
        return false;
      }
    }
    return true;
  }
}
