package io.bookline.console;

import io.bookline.admin.BrowserSessions;
import io.bookline.ingress.ClientAddress;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The owner console at {@value #BASE} (issue 12, ADR 0026): the sign-in page, signing out, one page
 * shell per {@link Page} and the scripts and styles. The pages hold no data: their scripts read and
 * change everything through the owner API ({@code /api/…}) with the session cookie, so whatever the
 * console can do, a script with a key can do too.
 */
public final class ConsoleRoutes {
  static final String BASE = "/console";

  /** Scripts may come from this origin only: no inline script, no eval (issue 12). */
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final Pattern ASSET = Pattern.compile("[a-z][a-z0-9-]*\\.(js|css|svg)");

  private final ConsoleSessions sessions;
  private final SignInThrottle throttle;
  private final ClientAddress addresses;
  private final LiveChanges live;
  private final String shell = Html.resource("shell.html");
  private final String signInPage = Html.resource("sign-in.html");

  public ConsoleRoutes(ConsoleSessions sessions, ClientAddress addresses, LiveChanges live) {
    this.sessions = sessions;
    this.addresses = addresses;
    this.live = live;
    this.throttle = new SignInThrottle(live.clock());
  }

  public void register(RoutesConfig routes) {
    routes.get(BASE, ctx -> ctx.redirect(Page.CALENDAR.path(), HttpStatus.SEE_OTHER));
    routes.get(BASE + "/sign-in", ctx -> signInPage(ctx, 200, ""));
    routes.post(BASE + "/sign-in", Unavailable.orRetryPage(this::signIn));
    routes.post(BASE + "/sign-out", Unavailable.orRetryPage(this::signOut));
    routes.get(BASE + "/events", ctx -> live.stream(ctx, session(ctx)));
    routes.get(BASE + "/assets/{file}", this::asset);
    routes.get(BASE + "/{page}", Unavailable.orRetryPage(this::page));
  }

  private void page(Context ctx) {
    Optional<Page> page = Page.of(ctx.pathParam("page"));
    if (page.isEmpty()) {
      notFound(ctx);
      return;
    }
    Optional<BrowserSessions.Session> session = session(ctx);
    if (session.isEmpty()) {
      privateHeaders(ctx);
      ctx.redirect(BASE + "/sign-in", HttpStatus.SEE_OTHER);
      return;
    }
    String html =
        Html.fill(
            shell,
            Map.of(
                "title",
                page.get().label,
                "page",
                page.get().slug,
                "csrf",
                session.get().csrfToken(),
                // The server's clock, which decides what has begun (console.js `now`).
                "now",
                String.valueOf(live.clock().millis())));
    StringBuilder scripts = new StringBuilder();
    for (String script : page.get().scripts) {
      scripts
          .append("<script src=\"/console/assets/")
          .append(script)
          .append(".js\" defer></script>");
    }
    privateHeaders(ctx);
    ctx.html(
        Html.fillRaw(Html.fillRaw(html, "nav", nav(page.get())), "scripts", scripts.toString()));
  }

  /**
   * The navigation, the same markup on every page: every page one click away, the current one
   * marked for screen readers. Conversations, the longest label with its waiting badge, takes two
   * of the phone layout's four columns (console.css).
   */
  private static String nav(Page current) {
    StringBuilder b = new StringBuilder();
    for (Page p : Page.values()) {
      b.append(p == Page.CONVERSATIONS ? "<li class=\"wide\">" : "<li>");
      b.append("<a href=\"").append(p.path()).append('"');
      if (p == current) {
        b.append(" aria-current=\"page\"");
      }
      b.append('>').append(Html.escape(p.label));
      if (p == Page.CONVERSATIONS) {
        b.append(" <span class=\"badge\" id=\"waiting-badge\" hidden></span>");
      }
      b.append("</a></li>");
    }
    return b.toString();
  }

  private void signIn(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin != null && !origin.equals(ctx.scheme() + "://" + ctx.host())) {
      signInPage(ctx, 403, "Sign in from this site's own sign-in page.");
      return;
    }
    String address = addresses.of(ctx);
    Optional<Duration> wait = throttle.wait(address);
    if (wait.isPresent()) {
      signInPage(ctx, 429, tooMany(wait.get()));
      return;
    }
    String key = ctx.formParam("key");
    if (key == null || key.isBlank()) {
      signInPage(ctx, 400, "Enter your business key. It starts with bk_.");
      return;
    }
    Optional<ConsoleSessions.Opened> opened = sessions.open(key);
    if (opened.isEmpty()) {
      Duration next = throttle.failed(address);
      // The operator key (data/operator-key.txt, next to the demo's) is the likeliest wrong paste.
      String message =
          key.strip().startsWith("bk_")
              ? "That key is not valid or was revoked. Check it and try again."
              : "That is not a business key: the console takes the business's own key, which"
                  + " starts with bk_ (the operator key opens no console).";
      signInPage(ctx, 401, next.isZero() ? message : message + " " + tooMany(next));
      return;
    }
    throttle.succeeded(address);
    ctx.header(
        "Set-Cookie",
        cookie(ctx, opened.get().cookieValue(), ConsoleSessions.LIFETIME.toSeconds()));
    ctx.redirect(Page.CALENDAR.path(), HttpStatus.SEE_OTHER);
  }

  private static String tooMany(Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    return "Too many wrong keys: wait " + seconds + " seconds before the next try.";
  }

  /** Ends the session on the server; the form repeats the CSRF token, so no other site can. */
  private void signOut(Context ctx) {
    String cookie = ctx.cookie(BrowserSessions.COOKIE);
    Optional<BrowserSessions.Session> session = session(ctx);
    if (session.isPresent()
        && !ConsoleSessions.sameToken(ctx.formParam("csrf"), session.get().csrfToken())) {
      signInPage(ctx, 403, "Signing out needs the console's own Sign out button.");
      return;
    }
    sessions.end(cookie);
    ctx.header("Set-Cookie", cookie(ctx, "", 0));
    privateHeaders(ctx);
    ctx.redirect(BASE + "/sign-in", HttpStatus.SEE_OTHER);
  }

  private static String cookie(Context ctx, String value, long maxAgeSeconds) {
    boolean https =
        "https".equals(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    return BrowserSessions.COOKIE
        + "="
        + value
        + "; Path=/; Max-Age="
        + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict"
        + (https ? "; Secure" : "");
  }

  private Optional<BrowserSessions.Session> session(Context ctx) {
    return sessions.find(ctx.cookie(BrowserSessions.COOKIE));
  }

  private void signInPage(Context ctx, int status, String message) {
    privateHeaders(ctx);
    ctx.status(status).html(Html.fill(signInPage, Map.of("message", message)));
  }

  private void asset(Context ctx) {
    String file = ctx.pathParam("file");
    byte[] bytes = ASSET.matcher(file).matches() ? Html.bytes(file) : null;
    if (bytes == null) {
      notFound(ctx);
      return;
    }
    String type =
        file.endsWith(".js")
            ? "text/javascript; charset=utf-8"
            : file.endsWith(".css") ? "text/css; charset=utf-8" : "image/svg+xml";
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(type).result(bytes);
  }

  private static void notFound(Context ctx) {
    ctx.status(404).json(Map.of("error", "not_found", "message", "no console page " + ctx.path()));
  }

  /**
   * Console pages are never stored: after signing out, the back button must fetch them again (and
   * be sent to the sign-in page) rather than show a copy.
   */
  private static void privateHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
  }
}
