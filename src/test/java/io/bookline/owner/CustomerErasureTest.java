package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.TestRedis;
import io.bookline.support.WhatsApp;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A customer's export and erasure over two instances sharing Postgres and Redis (issue 11, issue
 * 14): after erasure no table and no Redis key or value holds the phone number, the booking is kept
 * anonymous, and the customer's next message, on the instance that had them in memory, starts a
 * fresh conversation without a 500.
 */
class CustomerErasureTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String PHONE = "4915112345678";

  final FakePlatform platform = new FakePlatform();
  TestApp app;
  TestApp other;
  String redisUrl;
  long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    redisUrl = TestRedis.fresh();
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("REDIS_URL", redisUrl);
    app = TestApp.start(TestApp.mondayMorning(), env);
    other = app.secondInstance();
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  /** One WhatsApp message to {@code to}, waiting until the bot's answer reached the platform. */
  void whatsapp(TestApp to, String text) {
    int before = platform.calls("whatsapp").size();
    byte[] body = WhatsApp.text("wamid.e" + sent, PHONE, text, sent++);
    assertThat(WhatsApp.post(to, body).status()).isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() > before);
  }

  long customer() {
    return ((Number) db().fetchValue("select id from customers where platform_user_id = ?", PHONE))
        .longValue();
  }

  @Test
  void erasure_leaves_no_trace_of_the_phone_number_and_the_next_message_starts_afresh() {
    whatsapp(app, "I'd like a basic manicure tomorrow at 10");
    whatsapp(other, "Sam");
    whatsapp(app, "yes");
    whatsapp(other, "what are your prices?");
    long id = customer();
    long conversation = ((Number) db().fetchValue("select id from conversations")).longValue();
    var owner = app.as(TestApp.ADMIN_KEY, "demo");

    var export = owner.get("/api/customers/" + id + "/export");
    assertThat(export.status()).as(export.body()).isEqualTo(200);
    assertThat(export.json().get("customer").get("platformUserId").asText()).isEqualTo(PHONE);
    assertThat(export.json().get("bookings")).hasSize(1);
    assertThat(export.json().get("messages").size()).isGreaterThanOrEqualTo(8);
    assertThat(export.json().get("inbox")).hasSize(4);
    assertThat(export.json().get("inbox").get(0).get("rawBody").asText()).contains(PHONE);
    assertThat(export.json().get("sessions")).hasSize(1);
    assertThat(tablesHolding(PHONE)).isNotEmpty();
    assertThat(redisHolding(PHONE)).as("the session is cached in Redis").isNotEmpty();

    var erased = owner.delete("/api/customers/" + id);
    assertThat(erased.status()).as(erased.body()).isEqualTo(200);
    assertThat(erased.json().get("bookingsKept").asInt()).isEqualTo(1);

    assertThat(tablesHolding(PHONE)).isEmpty();
    assertThat(tablesHolding("Sam")).isEmpty();
    assertThat(redisHolding(PHONE)).isEmpty();
    var booking = owner.get("/api/bookings").json().get("bookings").get(0);
    assertThat(booking.get("status").asText()).isEqualTo("confirmed");
    assertThat(booking.get("customerName").isNull()).isTrue();
    assertThat(booking.get("conversationId").isNull()).isTrue();

    // The instance that had the customer in memory answers the next message from scratch.
    whatsapp(other, "hi");
    long fresh = ((Number) db().fetchValue("select max(id) from conversations")).longValue();
    assertThat(fresh).isNotEqualTo(conversation);
    assertThat(customer()).isNotEqualTo(id);
    assertThat(db().fetchCount(db().selectFrom("inbox").where("status = 'failed'"))).isZero();
    assertThat(owner.get("/api/customers/" + id + "/export").json().get("messages")).isEmpty();
  }

  /** Every table and column (text, json or bytes) that holds {@code needle}, as "table.column". */
  List<String> tablesHolding(String needle) {
    List<String> found = new ArrayList<>();
    for (Record c :
        db().fetch(
                // Base tables only: a view (an extension's, say pg_stat_statements installed in
                // template1) holds no rows of its own and may not even be readable.
                "select c.table_name, c.column_name, c.data_type from information_schema.columns c"
                    + " join information_schema.tables t on t.table_schema = c.table_schema"
                    + " and t.table_name = c.table_name and t.table_type = 'BASE TABLE'"
                    + " where c.table_schema = 'public' and c.table_name not like 'flyway%'")) {
      String table = c.get(0, String.class);
      String column = c.get(1, String.class);
      String type = c.get(2, String.class);
      String where =
          type.equals("bytea")
              ? "position(convert_to(?, 'UTF8') in \"" + column + "\") > 0"
              : "\"" + column + "\"::text like '%' || ? || '%'";
      int n = db().fetchCount(db().selectFrom(table).where(where, needle));
      if (n > 0) {
        found.add(table + "." + column);
      }
    }
    return found;
  }

  /** Every Redis key whose name or value holds {@code needle}. */
  List<String> redisHolding(String needle) {
    byte[] wanted = needle.getBytes(StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    RedisClient client = RedisClient.create(redisUrl);
    try (StatefulRedisConnection<byte[], byte[]> c = client.connect(ByteArrayCodec.INSTANCE)) {
      var redis = c.sync();
      for (var it = ScanIterator.scan(redis); it.hasNext(); ) {
        byte[] key = it.next();
        List<byte[]> values =
            switch (redis.type(key)) {
              case "string" -> List.of(redis.get(key));
              case "hash" -> redis.hvals(key);
              case "list" -> redis.lrange(key, 0, -1);
              case "set" -> new ArrayList<>(redis.smembers(key));
              default -> List.of(redis.dump(key));
            };
        if (contains(key, wanted)
            || values.stream().anyMatch(v -> v != null && contains(v, wanted))) {
          found.add(new String(key, StandardCharsets.UTF_8));
        }
      }
    } finally {
      client.shutdown();
    }
    return found;
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return Arrays.equals(needle, new byte[0]);
  }
}
