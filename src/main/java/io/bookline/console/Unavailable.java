package io.bookline.console;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A console page the browser navigated to while the database is away: a readable page in the
 * console's look that reloads itself, not the API's JSON {@code {"error":"unavailable"}} (which the
 * owner API and the event stream keep).
 */
final class Unavailable {
  private static final Logger LOG = LoggerFactory.getLogger(Unavailable.class);

  /** Seconds between the page's own retries, also sent as Retry-After. */
  static final int RETRY_SECONDS = 5;

  private static final String PAGE = Html.resource("unavailable.html");

  private Unavailable() {}

  /** The handler, answering with the retrying page when it cannot reach the database. */
  static Handler orRetryPage(Handler page) {
    return ctx -> {
      try {
        page.handle(ctx);
      } catch (DataAccessException e) {
        // Never the exception's text: jOOQ's quotes the statement with its values (ADR 0029).
        LOG.warn(
            "console page {} {} without the database: {}",
            ctx.method(),
            ctx.path(),
            e.getClass().getSimpleName());
        show(ctx);
      }
    };
  }

  private static void show(Context ctx) {
    // A form sent while the database was away is not sent again: the retry asks for its page.
    String query = ctx.queryString();
    String back =
        !"GET".equals(ctx.method().name())
            ? ConsoleRoutes.BASE + "/sign-in"
            : query == null ? ctx.path() : ctx.path() + "?" + query;
    ctx.header("Content-Security-Policy", ConsoleRoutes.CSP);
    ctx.header("Cache-Control", "no-store");
    ctx.header("Retry-After", String.valueOf(RETRY_SECONDS));
    ctx.status(503)
        .html(Html.fill(PAGE, Map.of("retry", String.valueOf(RETRY_SECONDS), "path", back)));
  }
}
