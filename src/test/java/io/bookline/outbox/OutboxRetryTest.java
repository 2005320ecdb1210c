package io.bookline.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.db.Schema;
import io.bookline.support.FakePlatform;
import io.bookline.support.LogCapture;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 11 of issue 14 (ADR 0028): the outbox waits out a platform outage of minutes instead of
 * dead-lettering every reply after four seconds, honours a long {@code Retry-After} to the second,
 * gives up only when its retry window closes, and an owner queues dead letters again in bulk, only
 * their own. The platform is a fake over real HTTP; time is the app's clock, which the test moves
 * to each reply's next try.
 */
class OutboxRetryTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final FakePlatform.Answer UNAVAILABLE = new FakePlatform.Answer(503, "{}", null);
  static final FakePlatform.Answer REFUSED =
      new FakePlatform.Answer(
          400, "{\"error\":{\"message\":\"Re-engagement message\",\"code\":131047}}", null);

  final MutableClock clock = TestApp.mondayMorning();
  final FakePlatform platform = new FakePlatform();
  TestApp app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
    platform.close();
  }

  void start(String... settings) {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("OUTBOX_MAX_ATTEMPTS", "3");
    for (int i = 0; i < settings.length; i += 2) {
      env.put(settings[i], settings[i + 1]);
    }
    app = TestApp.start(clock, env);
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  void hi(String id, String from) {
    byte[] body = WhatsApp.text(id, from, "hi", clock.instant().getEpochSecond());
    assertThat(WhatsApp.post(app, body).status()).isEqualTo(200);
  }

  Record row(long id) {
    return db().selectFrom(Schema.Outbox.T).where(Schema.Outbox.ID.eq(id)).fetchSingle();
  }

  long onlyRow() {
    await().atMost(WAIT).until(() -> db().fetchCount(Schema.Outbox.T) == 1);
    return db().select(Schema.Outbox.ID).from(Schema.Outbox.T).fetchSingle(Schema.Outbox.ID);
  }

  /**
   * Lets the sender work on the reply until it is sent or dead: each time it is back in the queue,
   * the clock moves to its next try. Returns the pauses the sender chose between claims.
   */
  List<Duration> driveUntilSettled(long id) {
    List<Duration> pauses = new ArrayList<>();
    int seen = 0;
    for (int claims = 0; claims < 200; claims++) {
      int before = seen;
      await()
          .atMost(WAIT)
          .until(
              () -> {
                Record r = row(id);
                return !r.get(Schema.Outbox.STATUS).equals("pending")
                    || r.get(Schema.Outbox.LEASE_OWNER) == null
                        && r.get(Schema.Outbox.ATTEMPTS) > before;
              });
      Record r = row(id);
      if (!r.get(Schema.Outbox.STATUS).equals("pending")) {
        return pauses;
      }
      seen = r.get(Schema.Outbox.ATTEMPTS);
      Instant next = r.get(Schema.Outbox.NEXT_ATTEMPT_AT).toInstant();
      pauses.add(Duration.between(clock.instant(), next));
      clock.set(next);
      app.app(); // still running
    }
    throw new AssertionError("reply " + id + " neither sent nor dead after 200 claims");
  }

  @Test
  void a_platform_outage_of_many_minutes_is_waited_out_and_the_reply_is_sent_once() {
    start();
    for (int i = 0; i < 12; i++) {
      platform.then(UNAVAILABLE);
    }
    Instant began = clock.instant();
    hi("wamid.outage", "4940");
    long id = onlyRow();
    List<Duration> pauses = driveUntilSettled(id);

    Record r = row(id);
    assertThat(r.get(Schema.Outbox.STATUS)).isEqualTo("sent");
    assertThat(r.get(Schema.Outbox.ATTEMPTS)).isEqualTo(13);
    assertThat(platform.calls("whatsapp")).hasSize(13);
    assertThat(Duration.between(began, clock.instant()))
        .as("the outage lasted minutes of the app's clock")
        .isGreaterThan(Duration.ofMinutes(5));
    // Four claims of three quick attempts each, then the fifth claim's first attempt goes out;
    // between claims the pauses grow (jittered doubling) up to OUTBOX_MAX_WAIT.
    assertThat(pauses).hasSize(4);
    // (Postgres keeps microseconds: a pause read back may be a fraction of one longer.)
    assertThat(pauses)
        .allSatisfy(
            p -> assertThat(p).isLessThanOrEqualTo(Duration.ofMinutes(10).plusNanos(1_000)));
    assertThat(pauses.get(3)).isGreaterThan(pauses.get(0));
  }

  @Test
  void an_outage_longer_than_the_retry_window_dead_letters_the_reply_and_says_why() {
    start("OUTBOX_RETRY_WINDOW", "5m");
    for (int i = 0; i < 200; i++) {
      platform.then(UNAVAILABLE);
    }
    try (LogCapture log = new LogCapture()) {
      Instant queued = clock.instant();
      hi("wamid.long", "4941");
      long id = onlyRow();
      driveUntilSettled(id);

      Record r = row(id);
      assertThat(r.get(Schema.Outbox.STATUS)).isEqualTo("dead");
      assertThat(r.get(Schema.Outbox.LAST_ERROR))
          .contains("503")
          .contains("would come after the retry window of 5m closed");
      assertThat(r.get(Schema.Outbox.ATTEMPTS)).isGreaterThan(5);
      assertThat(clock.instant()).isBeforeOrEqualTo(queued.plus(Duration.ofMinutes(5)));
      assertThat(log.mentioning("dead-lettered after"))
          .singleElement()
          .satisfies(e -> assertThat(e.getLevel().toString()).isEqualTo("WARN"));
    }
  }

  @Test
  void a_long_retry_after_is_honoured_to_the_second() {
    start();
    platform.then(new FakePlatform.Answer(429, "{\"error\":{\"code\":130429}}", "120"));
    hi("wamid.later", "4942");
    long id = onlyRow();
    await()
        .atMost(WAIT)
        .until(
            () ->
                row(id).get(Schema.Outbox.ATTEMPTS) == 1
                    && row(id).get(Schema.Outbox.LEASE_OWNER) == null);
    Instant asked = clock.instant();
    assertThat(row(id).get(Schema.Outbox.NEXT_ATTEMPT_AT).toInstant())
        .isEqualTo(asked.plusSeconds(120));
    clock.advance(Duration.ofSeconds(119));
    assertThat(row(id).get(Schema.Outbox.NEXT_ATTEMPT_AT).toInstant()).isAfter(clock.instant());
    assertThat(platform.calls("whatsapp")).hasSize(1);
    clock.advance(Duration.ofSeconds(1));
    await().atMost(WAIT).until(() -> row(id).get(Schema.Outbox.STATUS).equals("sent"));
    assertThat(platform.calls("whatsapp")).hasSize(2);
  }

  @Test
  void dead_letters_are_queued_again_in_bulk_by_their_own_business_only() {
    start();
    platform.then(REFUSED, REFUSED, REFUSED);
    hi("wamid.d1", "4951");
    hi("wamid.d2", "4952");
    hi("wamid.d3", "4953");
    await()
        .atMost(WAIT)
        .until(() -> db().fetchCount(Schema.Outbox.T, Schema.Outbox.STATUS.eq("dead")) == 3);
    List<Long> demo =
        db().select(Schema.Outbox.ID)
            .from(Schema.Outbox.T)
            .orderBy(Schema.Outbox.ID)
            .fetch(Schema.Outbox.ID);

    String otherKey = otherBusinessWithOneDeadLetter();
    long otherDead =
        db().select(Schema.Outbox.ID)
            .from(Schema.Outbox.T)
            .where(Schema.Outbox.ID.notIn(demo))
            .fetchSingle(Schema.Outbox.ID);
    TestApp.Caller other = app.as(otherKey);

    // Another business naming the demo's dead letter: not found, nothing queued.
    var foreign = other.post("/api/outbox/retry", "{\"ids\":[" + demo.get(0) + "]}");
    assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
    assertThat(foreign.json().get("message").asText()).contains(demo.get(0).toString());
    // The demo naming its own and the other's: 404 for the other's, and all or none.
    var mixed =
        app.postAdmin("/api/outbox/retry", "{\"ids\":[" + demo.get(0) + "," + otherDead + "]}");
    assertThat(mixed.status()).as(mixed.body()).isEqualTo(404);
    assertThat(mixed.json().get("message").asText())
        .contains(Long.toString(otherDead))
        .doesNotContain(demo.get(0).toString());
    assertThat(db().fetchCount(Schema.Outbox.T, Schema.Outbox.STATUS.eq("dead"))).isEqualTo(4);

    // "All of mine" for the other business is its one row, none of the demo's.
    var theirs = other.post("/api/outbox/retry", "{}");
    assertThat(theirs.status()).as(theirs.body()).isEqualTo(200);
    assertThat(ids(theirs.json())).containsExactly(otherDead);
    assertThat(
            db().fetchCount(
                    Schema.Outbox.T,
                    Schema.Outbox.STATUS.eq("dead").and(Schema.Outbox.ID.in(demo))))
        .isEqualTo(3);

    // The demo's: one named, then the rest with no body at all; the platform takes them now.
    var one = app.postAdmin("/api/outbox/retry", "{\"ids\":[" + demo.get(0) + "]}");
    assertThat(one.status()).as(one.body()).isEqualTo(200);
    assertThat(ids(one.json())).containsExactly(demo.get(0));
    await().atMost(WAIT).until(() -> row(demo.get(0)).get(Schema.Outbox.STATUS).equals("sent"));
    var rest = app.as(TestApp.ADMIN_KEY, "demo").send("POST", "/api/outbox/retry", null);
    assertThat(rest.status()).as(rest.body()).isEqualTo(200);
    assertThat(rest.json().get("retried").asInt()).isEqualTo(2);
    assertThat(ids(rest.json())).containsExactly(demo.get(1), demo.get(2));
    await()
        .atMost(WAIT)
        .until(
            () ->
                db().fetchCount(
                            Schema.Outbox.T,
                            Schema.Outbox.STATUS.eq("sent").and(Schema.Outbox.ID.in(demo)))
                    == 3);
    assertThat(platform.calls("whatsapp")).hasSize(6);
    assertThat(app.postAdmin("/api/outbox/retry", "{}").json().get("retried").asInt()).isZero();
  }

  @Test
  void a_bulk_retry_with_a_wrong_body_is_a_400_and_without_a_key_a_401() {
    start();
    for (String body :
        List.of(
            "{\"ids\":\"all\"}", "{\"ids\":[]}", "{\"ids\":[1.5]}", "{\"id\":[1]}", "[1]", "{")) {
      var answer = app.postAdmin("/api/outbox/retry", body);
      assertThat(answer.status()).as(body + " → " + answer.body()).isEqualTo(400);
      assertThat(answer.json().get("error").asText()).isNotBlank();
    }
    StringBuilder many = new StringBuilder("{\"ids\":[1");
    for (int i = 2; i <= 1001; i++) {
      many.append(',').append(i);
    }
    assertThat(app.postAdmin("/api/outbox/retry", many + "]}").status()).isEqualTo(400);
    assertThat(app.post("/api/outbox/retry", "{}").status()).isEqualTo(401);
    assertThat(app.postAdmin("/api/outbox/retry", "{\"ids\":[999999]}").status()).isEqualTo(404);
  }

  static List<Long> ids(JsonNode answer) {
    List<Long> ids = new ArrayList<>();
    answer.get("ids").forEach(n -> ids.add(n.asLong()));
    return ids;
  }

  /** A second business with a web conversation and one dead reply in it; returns its key. */
  String otherBusinessWithOneDeadLetter() {
    var created =
        app.as(TestApp.ADMIN_KEY, null)
            .post(
                "/api/businesses",
                "{\"slug\":\"other\",\"name\":\"Other\",\"timeZone\":\"Europe/Berlin\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(app.chat("other", "visitor", "hello").status()).isEqualTo(200);
    long conversation =
        db().select(Schema.Conversations.ID)
            .from(Schema.Conversations.T)
            .join(Schema.Businesses.T)
            .on(Schema.Businesses.ID.eq(Schema.Conversations.BUSINESS_ID))
            .where(Schema.Businesses.SLUG.eq("other"))
            .fetchSingle(Schema.Conversations.ID);
    db().insertInto(Schema.Outbox.T)
        .set(Schema.Outbox.CONVERSATION_ID, conversation)
        .set(Schema.Outbox.PLATFORM, "whatsapp")
        .set(Schema.Outbox.PAYLOAD, JSONB.valueOf("{\"kind\":\"reply\",\"text\":\"theirs\"}"))
        .set(Schema.Outbox.STATUS, "dead")
        .execute();
    return created.json().get("apiKey").asText();
  }
}
