package io.bookline.support;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import redis.embedded.RedisServer;

/**
 * Finds the Redis tests run against, in this order (ADR 0014):
 *
 * <ol>
 *   <li>{@code BOOKLINE_TEST_REDIS_URL} ({@code redis://host:port[/db]});
 *   <li>a Redis answering on 127.0.0.1:6379;
 *   <li>a Testcontainers {@code redis:7} when Docker runs;
 *   <li>a {@code redis-server} binary from the {@code embedded-redis} test dependency.
 * </ol>
 *
 * The run then holds one logical database through a {@link RedisDbClaim}: the one named in the URL,
 * else the first empty one. Tests flush only that database, and the run empties it when the JVM
 * ends.
 */
public final class TestRedis {
  public static final String ENV = "BOOKLINE_TEST_REDIS_URL";
  static final String LOCAL = "redis://127.0.0.1:6379";

  private static final Logger LOG = LoggerFactory.getLogger(TestRedis.class);
  private static final Pattern DB_SUFFIX = Pattern.compile("^(redis://[^/]+)/(\\d+)$");

  private static String server;
  private static RedisDbClaim claim;
  private static RedisServer embedded;

  private TestRedis() {}

  /** A URL of this run's Redis database, emptied. */
  public static synchronized String fresh() {
    claim().flush();
    return server + "/" + claim.db();
  }

  /** host:port of the server, for a proxy in front of it. */
  public static synchronized RedisURI uri() {
    claim();
    return RedisURI.create(server);
  }

  private static RedisDbClaim claim() {
    if (claim != null) {
      return claim;
    }
    OptionalInt wanted = OptionalInt.empty();
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      Matcher m = DB_SUFFIX.matcher(env.strip());
      server = m.matches() ? m.group(1) : env.strip().replaceAll("/$", "");
      wanted = m.matches() ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
      LOG.info("tests use Redis from {}", ENV);
    } else {
      server = discover();
    }
    claim = RedisDbClaim.claim(server, wanted);
    LOG.info("this test run holds Redis database {} on {}", claim.db(), server);
    Runtime.getRuntime().addShutdownHook(new Thread(TestRedis::cleanUp, "test-redis-release"));
    return claim;
  }

  /** Empties and lets go of this run's database, then stops an embedded server (in that order). */
  private static synchronized void cleanUp() {
    try {
      claim.release();
    } catch (RuntimeException e) {
      System.err.println("could not release this run's Redis database: " + e);
    }
    if (embedded != null) {
      try {
        embedded.stop();
      } catch (IOException e) {
        System.err.println("embedded test Redis did not stop cleanly: " + e);
      }
    }
  }

  private static String discover() {
    String refusal = answers(LOCAL);
    if (refusal.isEmpty()) {
      LOG.info("tests use the Redis on 127.0.0.1:6379");
      return LOCAL;
    }
    if (dockerRuns()) {
      GenericContainer<?> container = new GenericContainer<>("redis:7").withExposedPorts(6379);
      container.start();
      LOG.info("tests use a Testcontainers Redis (127.0.0.1:6379: {})", refusal);
      return "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
    }
    LOG.info("tests use an embedded redis-server (127.0.0.1:6379: {}; no Docker)", refusal);
    return startEmbedded();
  }

  private static String answers(String url) {
    RedisURI uri = RedisURI.create(url);
    uri.setTimeout(Duration.ofSeconds(2));
    RedisClient client = RedisClient.create(uri);
    try (var c = client.connect()) {
      return "PONG".equals(c.sync().ping()) ? "" : "no PONG";
    } catch (RuntimeException e) {
      return e.getMessage();
    } finally {
      client.shutdown();
    }
  }

  private static boolean dockerRuns() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static String startEmbedded() {
    try {
      int port = freePort();
      embedded = embeddedServer(port);
      return "redis://127.0.0.1:" + port;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "Tests need Redis 6+ and found none: set "
              + ENV
              + ", run redis-server on 127.0.0.1:6379 (Debian/Ubuntu: apt-get install redis-server;"
              + " macOS: brew install redis), or start Docker. The embedded redis-server did not"
              + " start either: "
              + e.getMessage(),
          e);
    }
  }

  /** A started redis-server from the embedded-redis artifact, on 127.0.0.1, keeping nothing. */
  static RedisServer embeddedServer(int port) throws IOException {
    RedisServer redis =
        RedisServer.newRedisServer()
            .port(port)
            .bind("127.0.0.1")
            .setting("save \"\"")
            .setting("appendonly no")
            .build();
    redis.start();
    return redis;
  }

  static int freePort() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    }
  }
}
