package io.bookline.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.Components;
import io.bookline.db.Schema;
import io.bookline.support.FakePlatform;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import io.javalin.Javalin;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Finding 10 of issue 14 (ADR 0028): two instances send from one outbox over real Postgres. A slow
 * send keeps its row however long it takes, because its instance renews the lease; a row claimed by
 * a sender that then died is sent by the other instance one lease later, not minutes later. Time is
 * the app's clock, moved by the test; nothing here measures the wall clock.
 */
class OutboxLeaseTest {
  static final Duration LEASE = Duration.ofSeconds(6);
  static final Duration WAIT = Duration.ofSeconds(30);

  final MutableClock clock = TestApp.mondayMorning();
  TestApp first;
  Javalin slowPlatform;

  @AfterEach
  void stop() {
    if (first != null) {
      first.close();
    }
    if (slowPlatform != null) {
      slowPlatform.stop();
    }
  }

  Map<String, String> env(String whatsappApi) {
    Map<String, String> env = new HashMap<>();
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("WHATSAPP_PHONE_NUMBER_ID", WhatsApp.PHONE);
    env.put("WHATSAPP_ACCESS_TOKEN", "wa-token");
    env.put("WHATSAPP_APP_SECRET", WhatsApp.SECRET);
    env.put("WHATSAPP_VERIFY_TOKEN", "wa-verify");
    env.put("WHATSAPP_API_BASE_URL", whatsappApi);
    env.put("OUTBOX_LEASE", LEASE.toSeconds() + "s");
    return env;
  }

  DSLContext db() {
    return first.app().database().dsl();
  }

  Record row() {
    return db().selectFrom(Schema.Outbox.T).fetchSingle();
  }

  static Instant at(Record r, org.jooq.Field<OffsetDateTime> f) {
    return r.get(f).toInstant();
  }

  @Test
  void a_send_slower_than_the_lease_keeps_its_row_and_the_reply_goes_out_once() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch answer = new CountDownLatch(1);
    slowPlatform =
        Javalin.create(
                c -> {
                  c.startup.showJavalinBanner = false;
                  c.routes.post(
                      "/wa/{phone}/messages",
                      ctx -> {
                        calls.incrementAndGet();
                        answer.await(20, TimeUnit.SECONDS);
                        ctx.contentType("application/json")
                            .result("{\"messages\":[{\"id\":\"wamid.sent\"}]}");
                      });
                })
            .start("127.0.0.1", 0);
    first = TestApp.start(clock, env("http://127.0.0.1:" + slowPlatform.port() + "/wa"));
    first.secondInstance();

    byte[] hi = WhatsApp.text("wamid.slow", "4930", "hi", clock.instant().getEpochSecond());
    assertThat(WhatsApp.post(first, hi).status()).isEqualTo(200);
    await().atMost(WAIT).until(() -> calls.get() == 1);
    Instant claimed = at(row(), Schema.Outbox.NEXT_ATTEMPT_AT).minus(LEASE);

    // Three steps of half a lease: the send has now taken longer than a lease, and at no moment
    // was its row due for the other instance, because the heartbeat moved it on each time.
    for (int step = 1; step <= 3; step++) {
      clock.advance(LEASE.dividedBy(2));
      Instant expected = clock.instant().plus(LEASE);
      await().atMost(WAIT).until(() -> at(row(), Schema.Outbox.NEXT_ATTEMPT_AT).equals(expected));
      assertThat(calls.get()).as("only one instance is sending").isEqualTo(1);
    }
    assertThat(Duration.between(claimed, clock.instant())).isGreaterThan(LEASE);

    answer.countDown();
    await().atMost(WAIT).until(() -> "sent".equals(row().get(Schema.Outbox.STATUS)));
    Record sent = row();
    assertThat(sent.get(Schema.Outbox.ATTEMPTS)).isEqualTo(1);
    assertThat(sent.get(Schema.Outbox.LEASE_OWNER)).as("a sent row is nobody's").isNull();
    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  void a_row_claimed_by_a_sender_that_died_is_sent_by_another_one_lease_later() {
    try (FakePlatform platform = new FakePlatform()) {
      first = TestApp.start(clock, env(platform.base("wa")));
      first.secondInstance();
      // While the platform asks for an hour's pause, the reply waits in the queue, claimed by
      // no one.
      platform.down("3600");
      byte[] hi = WhatsApp.text("wamid.crash", "4931", "hi", clock.instant().getEpochSecond());
      assertThat(WhatsApp.post(first, hi).status()).isEqualTo(200);
      await()
          .atMost(WAIT)
          .until(
              () ->
                  db().fetchExists(
                          Schema.Outbox.T,
                          Schema.Outbox.NEXT_ATTEMPT_AT.gt(
                              clock
                                  .instant()
                                  .plusSeconds(3000)
                                  .atOffset(java.time.ZoneOffset.UTC))));
      platform.up();

      // An hour on, a third sender claims the row and dies before sending: its lease is all it
      // leaves behind.
      clock.advance(Duration.ofHours(1));
      Outbox dying = new Outbox(db(), clock, Components.objectMapper(), LEASE);
      List<Outbox.Item> claimed = dying.claim(10);
      assertThat(claimed).hasSize(1);
      Instant diedAt = clock.instant();

      // Just short of the lease, nobody may take it.
      clock.advance(LEASE.minusSeconds(1));
      assertThat(at(row(), Schema.Outbox.NEXT_ATTEMPT_AT)).isAfter(clock.instant());
      assertThat(platform.calls("whatsapp")).isEmpty();

      // One lease after the death, the running instances send it.
      clock.advance(Duration.ofSeconds(1));
      await().atMost(WAIT).until(() -> "sent".equals(row().get(Schema.Outbox.STATUS)));
      assertThat(platform.calls("whatsapp")).hasSize(1);
      assertThat(Duration.between(diedAt, at(row(), Schema.Outbox.SENT_AT))).isEqualTo(LEASE);
    }
  }

  @Test
  void a_sender_that_lost_its_lease_learns_it_at_the_next_renewal() {
    try (FakePlatform platform = new FakePlatform()) {
      platform.down("3600");
      first = TestApp.start(clock, env(platform.base("wa")));
      byte[] hi = WhatsApp.text("wamid.lost", "4932", "hi", clock.instant().getEpochSecond());
      assertThat(WhatsApp.post(first, hi).status()).isEqualTo(200);
      await()
          .atMost(WAIT)
          .ignoreExceptions()
          .until(() -> row().get(Schema.Outbox.LAST_ERROR) != null);
      clock.advance(Duration.ofHours(1));
      Outbox one = new Outbox(db(), clock, Components.objectMapper(), LEASE);
      Outbox other = new Outbox(db(), clock, Components.objectMapper(), LEASE);
      long id = one.claim(10).getFirst().id();
      assertThat(one.renew(List.of(id))).containsExactly(id);
      clock.advance(LEASE);
      assertThat(other.claim(10)).extracting(Outbox.Item::id).containsExactly(id);
      assertThat(one.renew(List.of(id))).as("taken over").isEmpty();
      assertThat(other.renew(List.of(id))).containsExactly(id);
      // A release by the sender that lost the row changes nothing.
      one.release(id, 0);
      assertThat(row().get(Schema.Outbox.LEASE_OWNER)).isNotNull();
      other.release(id, 0);
      assertThat(row().get(Schema.Outbox.LEASE_OWNER)).isNull();
    }
  }
}
