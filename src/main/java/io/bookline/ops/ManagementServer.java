package io.bookline.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management port ({@code MANAGEMENT_PORT}): {@code GET /metrics} and nothing else, on its own
 * small server bound to loopback unless {@code MANAGEMENT_BIND_ADDRESS} says otherwise, so a scrape
 * needs no token and the public port serves no metrics (ADR 0025). The JDK's HTTP server is enough
 * for one scraper every few seconds.
 */
public final class ManagementServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ManagementServer.class);

  private final HttpServer server;
  private final ExecutorService threads;

  private ManagementServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Binds and starts serving. */
  public static ManagementServer start(
      String bindAddress, int port, PrometheusMeterRegistry registry) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(bindAddress, port), 16);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on MANAGEMENT_BIND_ADDRESS " + bindAddress + " port " + port, e);
    }
    ExecutorService threads =
        Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("bookline-management").factory());
    server.setExecutor(threads);
    server.createContext("/", exchange -> answer(exchange, registry));
    server.start();
    LOG.info("metrics served at http://{}:{}/metrics", bindAddress, server.getAddress().getPort());
    return new ManagementServer(server, threads);
  }

  private static void answer(HttpExchange exchange, PrometheusMeterRegistry registry)
      throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!path.equals("/metrics")) {
        send(
            exchange,
            404,
            "application/json",
            "{\"error\":\"not_found\",\"message\":\"the"
                + " management port serves GET /metrics only\"}");
      } else if (!exchange.getRequestMethod().equals("GET")) {
        send(
            exchange,
            405,
            "application/json",
            "{\"error\":\"method_not_allowed\",\"message\":"
                + "\"only GET is allowed on /metrics\"}");
      } else {
        send(exchange, 200, MetricsRoutes.CONTENT_TYPE, registry.scrape());
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The port actually bound (useful with {@code MANAGEMENT_PORT=0}). */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
