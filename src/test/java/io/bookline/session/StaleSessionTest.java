package io.bookline.session;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.TestRedis;
import io.bookline.support.WhatsApp;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 3 of issue 14: a session cached in Redis or memory that Postgres no longer agrees with (a
 * restored database, an erased customer) is rebuilt from Postgres, never trusted.
 */
class StaleSessionTest {
  static final ObjectMapper JSON = new ObjectMapper();
  final FakePlatform platform = new FakePlatform();
  TestApp app;
  RedisClient redisClient;
  StatefulRedisConnection<String, String> redis;

  @BeforeEach
  void start() {
    String redisUrl = TestRedis.fresh();
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("REDIS_URL", redisUrl);
    app = TestApp.start(TestApp.mondayMorning(), env);
    redisClient = RedisClient.create(redisUrl);
    redis = redisClient.connect();
  }

  @AfterEach
  void stop() {
    redis.close();
    redisClient.shutdown();
    app.close();
    platform.close();
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  long demo() {
    return ((Number) db().fetchValue("select id from businesses where slug = 'demo'")).longValue();
  }

  @Test
  void a_session_naming_a_conversation_postgres_no_longer_has_is_rebuilt_and_answered() {
    app.say("restored", "hi");
    // The database is restored to before this customer wrote; memory and Redis still remember.
    db().execute("delete from messages");
    db().execute("delete from sessions");
    db().execute("delete from conversations");
    var again = app.chat("demo", "restored", "what are your prices?");
    assertEquals(200, again.status(), again.body());
    TestApp other = app.secondInstance();
    var elsewhere = other.chat("demo", "restored", "when are you open?");
    assertEquals(200, elsewhere.status(), elsewhere.body());
    assertEquals(1, db().fetchCount(DSL.table("conversations")));
  }

  @Test
  void a_stale_higher_version_in_redis_never_wins_over_postgres() {
    app.say("rolled-back", "hi");
    String key = demo() + ":web:rolled-back";
    app.say("rolled-back", "what are your prices?");
    app.say("rolled-back", "when are you open?");
    // Postgres goes back to version 1, as after restoring a backup; Redis keeps version 3.
    db().execute("update sessions set version = 1 where session_key = ?", key);
    TestApp other = app.secondInstance();
    assertEquals(200, other.chat("demo", "rolled-back", "where are you?").status());
    long postgres =
        ((Number) db().fetchValue("select version from sessions where session_key = ?", key))
            .longValue();
    assertEquals(2, postgres, "Postgres went on from its own version");
    assertEquals(
        String.valueOf(postgres),
        redis.sync().hget("bookline:session:" + key, "v"),
        "Redis holds what Postgres holds, not the stale higher version");
  }

  @Test
  void media_lands_in_the_senders_own_conversation_even_when_a_cached_session_names_another()
      throws Exception {
    long now = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();
    app.say("web-customer", "hi");
    long webConversation =
        ((Number) db().fetchValue("select id from conversations where platform = 'web'"))
            .longValue();
    assertEquals(200, WhatsApp.post(app, WhatsApp.text("wamid.1", "4977", "hi", now)).status());
    String key = demo() + ":whatsapp:4977";
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> redis.sync().hget("bookline:session:" + key, "d") != null);
    // Redis now says this WhatsApp sender's conversation is the web customer's.
    ObjectNode cached =
        (ObjectNode) JSON.readTree(redis.sync().hget("bookline:session:" + key, "d"));
    cached.put("conversationId", webConversation).put("version", 50);
    redis.sync().hset("bookline:session:" + key, Map.of("v", "50", "d", cached.toString()));
    TestApp other = app.secondInstance();
    assertEquals(200, WhatsApp.post(other, WhatsApp.image("wamid.2", "4977", now + 1)).status());
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                "done"
                    .equals(
                        db().fetchValue(
                                "select status from inbox where platform_message_id = 'wamid.2'")
                            .toString()));
    assertEquals(
        0,
        db().fetchCount(
                DSL.table("messages"),
                DSL.condition(
                    "conversation_id = ? and direction = 'in' and platform_message_id = 'wamid.2'",
                    webConversation)),
        "the image is not in the web customer's conversation");
  }
}
