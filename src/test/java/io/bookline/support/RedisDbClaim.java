package io.bookline.support;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One test run's hold on one logical Redis database, so that runs side by side on one server never
 * flush each other's data (ADR 0014). The hold is a key inside the database itself, written with an
 * expiry and renewed while the run lives:
 *
 * <ul>
 *   <li>picking a database: the first of 1..N-1 that is <em>empty</em> gets the key, atomically
 *       (one Lua script checks DBSIZE and writes), so a database another run holds, or one someone
 *       keeps data in, is never taken; database 0 is left to its usual owners;
 *   <li>a database named in the URL is used as asked, unless another live run holds it;
 *   <li>{@link #flush()} empties the database and keeps the key in one step;
 *   <li>{@link #release()} empties it only while the key is still this run's; a run that dies
 *       leaves a key that expires after {@link #TTL}.
 * </ul>
 */
final class RedisDbClaim implements AutoCloseable {
  static final String KEY = "bookline:test:claim";
  static final Duration TTL = Duration.ofSeconds(60);

  private static final String CLAIM_IF_EMPTY =
      "if redis.call('DBSIZE') == 0 then"
          + " redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 'OK' end"
          + " return redis.call('GET', KEYS[1]) or 'data'";
  private static final String CLAIM_UNLESS_HELD =
      "local owner = redis.call('GET', KEYS[1])"
          + " if owner and owner ~= ARGV[1] then return owner end"
          + " redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 'OK'";
  private static final String FLUSH_KEEPING_CLAIM =
      "redis.call('FLUSHDB') redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 'OK'";
  private static final String RELEASE =
      "if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('FLUSHDB') return 'OK' end"
          + " return 'gone'";

  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final String owner;
  private final int db;
  private final ScheduledExecutorService renewer;

  private RedisDbClaim(
      RedisClient client,
      StatefulRedisConnection<String, String> connection,
      String owner,
      int db) {
    this.client = client;
    this.connection = connection;
    this.owner = owner;
    this.db = db;
    this.renewer =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("redis-claim-renewal").factory());
    long every = TTL.toMillis() / 4;
    renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Claims {@code wanted} on the server at {@code serverUrl} ({@code redis://host:port}), or the
   * first free database when none is wanted.
   */
  static RedisDbClaim claim(String serverUrl, OptionalInt wanted) {
    String owner = ownerName();
    RedisClient client = RedisClient.create(RedisURI.create(serverUrl));
    StatefulRedisConnection<String, String> connection;
    try {
      connection = client.connect();
    } catch (RuntimeException e) {
      client.shutdown();
      throw e;
    }
    try {
      int db =
          wanted.isPresent()
              ? claimNamed(connection, serverUrl, wanted.getAsInt(), owner)
              : claimFree(connection, serverUrl, owner);
      return new RedisDbClaim(client, connection, owner, db);
    } catch (RuntimeException e) {
      connection.close();
      client.shutdown();
      throw e;
    }
  }

  private static int claimNamed(
      StatefulRedisConnection<String, String> c, String server, int db, String owner) {
    c.sync().select(db);
    String answer = run(c, CLAIM_UNLESS_HELD, owner);
    if (!"OK".equals(answer)) {
      throw new IllegalStateException(
          "Redis database "
              + db
              + " on "
              + server
              + " is held by another test run ("
              + answer
              + "); name another database in "
              + TestRedis.ENV
              + ", or leave the number out and the tests pick a free one");
    }
    return db;
  }

  private static int claimFree(
      StatefulRedisConnection<String, String> c, String server, String owner) {
    int databases = databaseCount(c);
    for (int db = 1; db < databases; db++) {
      c.sync().select(db);
      if ("OK".equals(run(c, CLAIM_IF_EMPTY, owner))) {
        return db;
      }
    }
    throw new IllegalStateException(
        "no free Redis database on "
            + server
            + ": databases 1-"
            + (databases - 1)
            + " all hold data or belong to other test runs. Name one the tests may flush in "
            + TestRedis.ENV
            + " (e.g. "
            + server
            + "/15)");
  }

  private static int databaseCount(StatefulRedisConnection<String, String> c) {
    try {
      Map<String, String> config = c.sync().configGet("databases");
      return Integer.parseInt(config.getOrDefault("databases", "16"));
    } catch (RuntimeException e) {
      return 16; // CONFIG is disabled on some managed servers; 16 is Redis's default
    }
  }

  int db() {
    return db;
  }

  /** Empties the database; the claim stays. */
  void flush() {
    synchronized (connection) {
      run(connection, FLUSH_KEEPING_CLAIM, owner);
    }
  }

  private void renew() {
    try {
      synchronized (connection) {
        run(connection, CLAIM_UNLESS_HELD, owner);
      }
    } catch (RuntimeException e) {
      // Redis may be briefly away (outage tests stop a proxy, not the server); next round retries.
    }
  }

  /** Empties the database if it is still this run's, and lets it go. */
  void release() {
    renewer.shutdownNow();
    try {
      synchronized (connection) {
        run(connection, RELEASE, owner);
      }
    } finally {
      connection.close();
      client.shutdown();
    }
  }

  @Override
  public void close() {
    release();
  }

  private static String run(
      StatefulRedisConnection<String, String> c, String script, String owner) {
    return c.sync()
        .eval(
            script,
            ScriptOutputType.VALUE,
            new String[] {KEY},
            owner,
            Long.toString(TTL.toMillis()));
  }

  private static String ownerName() {
    String host = System.getenv().getOrDefault("HOSTNAME", "host");
    return String.join(
        ":", host, Long.toString(ProcessHandle.current().pid()), UUID.randomUUID().toString());
  }
}
