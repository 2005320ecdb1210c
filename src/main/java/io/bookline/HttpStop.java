package io.bookline;

import io.bookline.lifecycle.StopOverrun;
import io.javalin.Javalin;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.Graceful;

/**
 * Stops the HTTP server within its stop timeout (ADR 0034): stop accepting, let the requests under
 * way finish, then stop. Jetty's own graceful wait, when it runs out, makes Javalin log an ERROR
 * with a stack trace and throw; this waits itself and tells {@link StopOverrun} what it gave up on.
 */
final class HttpStop {
  private HttpStop() {}

  static void stop(Javalin server, StopOverrun overrun) {
    Server jetty = server.jettyServer().server();
    long waitMillis = jetty.getStopTimeout();
    // Jetty waits again inside stop() when this is above 0, and fails the stop when that runs out.
    jetty.setStopTimeout(0);
    try {
      Graceful.shutdown(jetty).get(waitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      GracefulHandler graceful = jetty.getDescendant(GracefulHandler.class);
      long running = graceful == null ? 0 : graceful.getCurrentRequestCount();
      overrun.gaveUpOn(StopOverrun.count(running, "HTTP request"));
    } catch (ExecutionException e) {
      overrun.gaveUpOn("HTTP requests (" + e.getCause() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop();
  }
}
