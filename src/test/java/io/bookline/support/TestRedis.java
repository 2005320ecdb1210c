package io.bookline.support;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * Finds the Redis tests run against: {@code BOOKLINE_TEST_REDIS_URL} (what {@code .ci/run} sets),
 * else a Testcontainers {@code redis:7} when Docker is available, else a failure saying what to
 * set. Tests use the logical database named in the URL (default 15) and flush it first: point this
 * at a Redis database you can wipe.
 */
public final class TestRedis {
  public static final String ENV = "BOOKLINE_TEST_REDIS_URL";
  private static String url;
  private static GenericContainer<?> container;

  private TestRedis() {}

  /** A URL of an empty Redis database. */
  public static synchronized String fresh() {
    String base = server();
    // A database named in the URL is used as it is (so parallel runs can each take their own);
    // otherwise logical database 15.
    String withDb = base.matches(".*/\\d+$") ? base : base + "/15";
    RedisClient client = RedisClient.create(RedisURI.create(withDb));
    try (var c = client.connect()) {
      c.sync().flushdb();
    } finally {
      client.shutdown();
    }
    return withDb;
  }

  /** host:port of the server, for a proxy in front of it. */
  public static RedisURI uri() {
    return RedisURI.create(server());
  }

  private static String server() {
    if (url != null) {
      return url;
    }
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      url = env;
      return url;
    }
    boolean docker;
    try {
      docker = DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      docker = false;
    }
    if (docker) {
      container = new GenericContainer<>("redis:7").withExposedPorts(6379);
      container.start();
      url = "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
      return url;
    }
    throw new IllegalStateException(
        "Tests need Redis 6+. Set "
            + ENV
            + " (e.g. redis://127.0.0.1:6379) or make Docker available for Testcontainers.");
  }
}
