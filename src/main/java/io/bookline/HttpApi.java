package io.bookline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ingress.SecurityHeaders;
import io.bookline.ops.AccessLog;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.RequestLogger;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one route table, used by production and tests alike, and the one place exceptions become
 * responses: every error is {@code {"error": code, "message": sentence}}, never a stack trace.
 */
public final class HttpApi {
  private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

  /** Meta sends webhook bodies of up to 3 MB; anything bigger is refused with 413. */
  public static final long MAX_REQUEST_BYTES = 3L * 1024 * 1024;

  private HttpApi() {}

  /**
   * The server, not started yet.
   *
   * @param parts each part's {@code register} method, e.g. {@code health::register}; a new part
   *     with routes adds one entry where {@code Routes} builds the list
   * @param requests told of every request once its response is complete (the request timers),
   *     before its {@link AccessLog} line
   */
  public static Javalin create(
      ObjectMapper json, List<Consumer<RoutesConfig>> parts, RequestLogger requests) {
    return create(json, parts, requests, Duration.ofSeconds(10));
  }

  /**
   * @param gracefulStop how long {@code stop()} lets requests in flight finish once it has stopped
   *     accepting new ones (ADR 0034)
   */
  public static Javalin create(
      ObjectMapper json,
      List<Consumer<RoutesConfig>> parts,
      RequestLogger requests,
      Duration gracefulStop) {
    return answerHeadAsGet(server(json, parts, requests, gracefulStop));
  }

  private static Javalin server(
      ObjectMapper json,
      List<Consumer<RoutesConfig>> parts,
      RequestLogger requests,
      Duration gracefulStop) {
    return Javalin.create(
        config -> {
          // Javalin puts its handler inside this one: on stop, the connector stops accepting and
          // Jetty waits (up to the stop timeout) for the requests under way (ADR 0034).
          config.jetty.modifyServer(
              server -> {
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(gracefulStop.toMillis());
              });
          config.startup.showJavalinBanner = false;
          config.startup.showOldJavalinVersionWarning = false;
          config.concurrency.useVirtualThreads = true;
          config.http.maxRequestSize = MAX_REQUEST_BYTES;
          // PUT on /api/bookings/1 is a method the path does not take, not a path that is not
          // there: 405 with Allow, so a client sees which methods would work.
          config.http.prefer405over404 = true;
          config.jsonMapper(new JavalinJackson(json, true));
          config.requestLogger.http(new AccessLog(requests));
          RoutesConfig routes = config.routes;
          // Every response: no sniffing, no framing, nothing loaded from elsewhere; a page with
          // needs of its own (the console, the web chat) sets its own policy (ADR 0021).
          routes.before(
              ctx -> {
                AccessLog.tag(ctx);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Content-Security-Policy", SecurityHeaders.DEFAULT);
              });
          parts.forEach(part -> part.accept(routes));

          routes.exception(
              ApiError.class,
              (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage(), e.details()));
          routes.exception(
              HttpResponseException.class,
              (e, ctx) -> {
                if (e.getStatus() == 405) {
                  allow(ctx, e.getDetails());
                }
                error(ctx, e.getStatus(), codeFor(e.getStatus()), e.getMessage());
              });
          routes.exception(
              DataAccessException.class,
              (e, ctx) -> {
                if (isPoolExhausted(e)) {
                  // Postgres answers, but every pooled connection stayed busy for the pool's
                  // whole wait: more turns at once than this instance serves (P4 of issue 17).
                  LOG.warn("database pool exhausted: {}", e.getMessage());
                  ctx.header("Retry-After", "1");
                  error(ctx, 503, "busy", BUSY);
                } else if (isConnectionProblem(e)) {
                  LOG.warn("database unavailable: {}", e.getMessage());
                  error(
                      ctx, 503, "unavailable", "the database is not reachable; try again shortly");
                } else {
                  // Never the exception's text: jOOQ's quotes the statement with its values, which
                  // can be a customer's payload (ADR 0029). The kind and SQLSTATE say what failed.
                  LOG.error(
                      "database error on {} {}: {} (SQLSTATE {})",
                      ctx.method(),
                      ctx.path(),
                      e.getClass().getSimpleName(),
                      e.sqlState());
                  LOG.debug("database error on {} {}", ctx.method(), ctx.path(), e);
                  error(
                      ctx, 500, "internal", "something went wrong on our side; it has been logged");
                }
              });
          routes.exception(
              Exception.class,
              (e, ctx) -> {
                if (responseGone(ctx)) {
                  // An async answer (a console event stream) ending after its client left: Jetty
                  // has recycled the exchange. Touching it would throw again, and Javalin would
                  // hand that to this handler, over and over (thousands of log lines a second).
                  LOG.debug("request ended after its response was recycled: {}", e.toString());
                  return;
                }
                LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal", "something went wrong on our side; it has been logged");
              });
          routes.error(
              404,
              ctx -> {
                if (ctx.result() == null
                    || ctx.result().isEmpty()
                    || !ctx.result().startsWith("{")) {
                  error(ctx, 404, "not_found", "no route for " + ctx.method() + " " + ctx.path());
                }
              });
          routes.error(
              405,
              ctx -> {
                String allowed = ctx.res().getHeader("Allow");
                error(
                    ctx,
                    405,
                    "method_not_allowed",
                    ctx.method()
                        + " is not allowed on "
                        + ctx.path()
                        + (allowed == null ? "" : "; it takes " + allowed));
              });
        });
  }

  /**
   * {@code HEAD} on an owner API route runs its {@code GET} handler (Jetty sends no body), so it
   * answers the very status a {@code GET} would: 401 without a key, 404 for a row that is not there
   * (ADR 0094). Left to itself, Javalin answers {@code HEAD} for any path with a {@code GET} route
   * with an empty 200 without running the handler, so the key check never ran. Only {@code /api/}:
   * a console event stream's {@code GET} would hold a {@code HEAD} open.
   */
  private static Javalin answerHeadAsGet(Javalin server) {
    var router = server.unsafe.internalRouter;
    router.allHttpHandlers().stream()
        .map(e -> e.endpoint)
        .filter(e -> e.method == HandlerType.GET && e.path.startsWith("/api/"))
        .toList()
        .forEach(e -> router.addHttpEndpoint(new Endpoint(HandlerType.HEAD, e.path, e.handler)));
    return server;
  }

  /**
   * Sets {@code Allow} from the methods Javalin found for the path (its 405's details; the key is
   * "availableMethods" for a JSON client and "Available methods" otherwise), HEAD left out.
   */
  private static void allow(Context ctx, Map<String, String> details) {
    String methods = details.getOrDefault("availableMethods", details.get("Available methods"));
    if (methods == null) {
      return;
    }
    String allowed =
        java.util.Arrays.stream(methods.replaceAll("[\\[\\]\"]", "").split(","))
            .map(String::strip)
            .filter(m -> !m.isEmpty() && !m.equals("HEAD"))
            .distinct()
            .collect(java.util.stream.Collectors.joining(", "));
    if (!allowed.isEmpty()) {
      ctx.header("Allow", allowed);
    }
  }

  /** Whether the exchange is gone: Jetty recycles it once an async response's client has left. */
  static boolean responseGone(Context ctx) {
    try {
      ctx.res().getStatus();
      ctx.req().getRequestURI();
      return false;
    } catch (IllegalStateException | NullPointerException recycled) {
      return true;
    }
  }

  /** One registered route: its method ("GET") and path template ("/api/services/{id}"). */
  public record Route(String method, String path) {}

  /** The methods of routes; the before handler (headers) is not a route. */
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

  /** Every HTTP route the server has, from Javalin's own router (what the tests check against). */
  public static List<Route> routes(Javalin server) {
    return server.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> new Route(e.endpoint.method.name(), e.endpoint.path))
        .filter(r -> METHODS.contains(r.method()))
        .distinct()
        .toList();
  }

  static void error(Context ctx, int status, String code, String message) {
    error(ctx, status, code, message, Map.of());
  }

  private static void error(
      Context ctx, int status, String code, String message, Map<String, Object> details) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    body.put("message", message);
    body.putAll(details);
    ctx.status(status).json(body);
  }

  private static String codeFor(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 413 -> "payload_too_large";
      case 415 -> "unsupported_media_type";
      case 429 -> "too_many_requests";
      case 503 -> "unavailable";
      default -> status >= 500 ? "internal" : "error";
    };
  }

  /** What a customer reads when the instance has more turns at once than it can serve. */
  static final String BUSY =
      "we are answering a lot of messages right now; please send yours again in a moment";

  /**
   * Hikari gave up waiting for a free connection while Postgres itself was reachable: its timeout
   * carries no SQLState and no cause then (a failed connection attempt would be the cause).
   */
  static boolean isPoolExhausted(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException c) {
        return c.getSQLState() == null && c.getCause() == null;
      }
    }
    return false;
  }

  static boolean isConnectionProblem(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
      if (t instanceof ConnectException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
