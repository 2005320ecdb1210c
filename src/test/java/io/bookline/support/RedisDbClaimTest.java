package io.bookline.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

/**
 * How test runs share one Redis server. Runs on a private redis-server from the embedded-redis
 * artifact, which also proves that last fallback starts on this machine.
 */
class RedisDbClaimTest {
  private static RedisServer redis;
  private static String server;
  private static RedisClient client;

  @BeforeAll
  static void startPrivateServer() throws Exception {
    int port = TestRedis.freePort();
    redis = TestRedis.embeddedServer(port);
    server = "redis://127.0.0.1:" + port;
    client = RedisClient.create(server);
  }

  @AfterAll
  static void stopPrivateServer() throws Exception {
    client.shutdown();
    redis.stop();
  }

  private static String get(int db, String key) {
    try (var c = client.connect()) {
      RedisCommands<String, String> r = c.sync();
      r.select(db);
      return r.get(key);
    }
  }

  private static void set(int db, String key, String value) {
    try (var c = client.connect()) {
      c.sync().select(db);
      c.sync().set(key, value);
    }
  }

  @Test
  void two_runs_side_by_side_get_different_databases_and_flush_only_their_own() {
    try (RedisDbClaim first = RedisDbClaim.claim(server, OptionalInt.empty());
        RedisDbClaim second = RedisDbClaim.claim(server, OptionalInt.empty())) {
      assertNotEquals(first.db(), second.db());
      set(first.db(), "bookline:session:a", "first's");
      set(second.db(), "bookline:session:a", "second's");
      second.flush();
      assertEquals("first's", get(first.db(), "bookline:session:a"));
      assertNull(get(second.db(), "bookline:session:a"));
    }
  }

  @Test
  void a_database_someone_keeps_data_in_is_never_picked() {
    set(1, "someone:else", "keep me");
    try (RedisDbClaim claim = RedisDbClaim.claim(server, OptionalInt.empty())) {
      assertNotEquals(1, claim.db());
      assertNotEquals(0, claim.db());
    }
    assertEquals("keep me", get(1, "someone:else"));
  }

  @Test
  void a_named_database_held_by_another_live_run_is_refused_with_a_reason() {
    try (RedisDbClaim holder = RedisDbClaim.claim(server, OptionalInt.of(9))) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> RedisDbClaim.claim(server, OptionalInt.of(9)));
      assertTrue(e.getMessage().contains("Redis database 9"), e.getMessage());
      assertTrue(e.getMessage().contains(TestRedis.ENV), e.getMessage());
      assertEquals(9, holder.db());
    }
  }

  @Test
  void releasing_empties_the_database_and_frees_it_for_the_next_run() {
    int db;
    try (RedisDbClaim claim = RedisDbClaim.claim(server, OptionalInt.of(12))) {
      db = claim.db();
      set(db, "bookline:session:x", "v");
    }
    assertNull(get(db, "bookline:session:x"));
    assertNull(get(db, RedisDbClaim.KEY));
    try (RedisDbClaim again = RedisDbClaim.claim(server, OptionalInt.of(12))) {
      assertEquals(12, again.db());
    }
  }

  @Test
  void a_run_that_lost_its_claim_does_not_empty_the_database_on_release() {
    RedisDbClaim gone = RedisDbClaim.claim(server, OptionalInt.of(13));
    // The claim expired while the run hung, and another run took the database.
    set(13, RedisDbClaim.KEY, "another-run");
    set(13, "bookline:session:y", "theirs");
    gone.release();
    assertEquals("theirs", get(13, "bookline:session:y"));
  }
}
