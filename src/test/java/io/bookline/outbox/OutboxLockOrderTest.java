package io.bookline.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.Components;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.db.Schema;
import io.bookline.support.TestApp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The statements that change many held outbox rows at once (the heartbeat's renewal and the grouped
 * "sent" marks) take their row locks in one order, so they cannot deadlock. Before, a renewal
 * walking the rows one way and a group of marks walking them the other way deadlocked under load,
 * and the sender dead-lettered replies the platform had already accepted. Real Postgres; the
 * statements race on purpose, many rounds.
 */
class OutboxLockOrderTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static final int ROWS = 60;
  static final int ROUNDS = 40;

  DSLContext db() {
    return app.app().database().dsl();
  }

  long conversation() {
    return conversation("lock-order-" + System.nanoTime());
  }

  long conversation(String user) {
    long business =
        db().select(Schema.Businesses.ID).from(Schema.Businesses.T).limit(1).fetchSingle().value1();
    long customer =
        db().resultQuery(
                "insert into customers (business_id, platform, platform_user_id)"
                    + " values (?, 'whatsapp', ?) returning id",
                business,
                user)
            .fetchSingle()
            .get(0, Long.class);
    return db().resultQuery(
            "insert into conversations (business_id, customer_id, platform)"
                + " values (?, ?, 'whatsapp') returning id",
            business,
            customer)
        .fetchSingle()
        .get(0, Long.class);
  }

  @Test
  void renewals_and_grouped_sent_marks_of_the_same_rows_never_deadlock() throws Exception {
    db().deleteFrom(Schema.Outbox.T).execute();
    Outbox outbox = new Outbox(db(), Clock.systemUTC(), Components.objectMapper());
    long conversation = conversation();
    List<OutboundMessage> replies =
        IntStream.range(0, ROWS)
            .mapToObj(i -> new OutboundMessage("reply " + i, List.of()))
            .toList();
    db().transaction(
            c ->
                outbox.enqueue(
                    c.dsl(), conversation, Platform.WHATSAPP, Map.of("to", "4932"), replies));
    List<Long> ids =
        db().select(Schema.Outbox.ID)
            .from(Schema.Outbox.T)
            .orderBy(Schema.Outbox.ID)
            .fetch(r -> r.value1());
    assertThat(ids).hasSize(ROWS);
    List<Long> backwards = new ArrayList<>(ids);
    backwards.sort(Comparator.reverseOrder());
    var failures = new ConcurrentLinkedQueue<Throwable>();
    try {
      for (int round = 0; round < ROUNDS && failures.isEmpty(); round++) {
        // Every row held by this sender, as after a claim.
        String owner = outbox.owner();
        db().update(Schema.Outbox.T)
            .set(Schema.Outbox.STATUS, "pending")
            .set(Schema.Outbox.LEASE_OWNER, owner)
            .set(Schema.Outbox.NEXT_ATTEMPT_AT, DSL.currentOffsetDateTime())
            .execute();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        threads.add(
            Thread.ofVirtual()
                .start(
                    () -> {
                      await(go);
                      for (int i = 0; i < 5; i++) {
                        attempt(failures, () -> outbox.renew(ids));
                      }
                    }));
        for (int t = 0; t < 8; t++) {
          int lane = t;
          threads.add(
              Thread.ofVirtual()
                  .start(
                      () -> {
                        await(go);
                        for (int i = lane; i < ROWS; i += 8) {
                          long id = backwards.get(i);
                          attempt(failures, () -> outbox.sent(id, 1));
                        }
                      }));
        }
        go.countDown();
        for (Thread t : threads) {
          t.join();
        }
      }
    } finally {
      outbox.close();
    }
    assertThat(failures).as("deadlocks or other failures").isEmpty();
    assertThat(db().fetchCount(Schema.Outbox.T, Schema.Outbox.STATUS.eq("sent"))).isEqualTo(ROWS);
  }

  @Test
  void a_claim_takes_only_the_oldest_pending_reply_of_each_conversation() {
    db().deleteFrom(Schema.Outbox.T).execute();
    Outbox outbox = new Outbox(db(), Clock.systemUTC(), Components.objectMapper());
    try {
      long a = conversation();
      long b = conversation();
      for (long c : List.of(a, b, a)) {
        db().transaction(
                t ->
                    outbox.enqueue(
                        t.dsl(),
                        c,
                        Platform.WHATSAPP,
                        Map.of("to", "4932"),
                        List.of(new OutboundMessage("to " + c, List.of()))));
      }
      List<Long> ids =
          db().select(Schema.Outbox.ID)
              .from(Schema.Outbox.T)
              .orderBy(Schema.Outbox.ID)
              .fetch(r -> r.value1());
      assertThat(outbox.claim(10))
          .extracting(Outbox.Item::id)
          .containsExactly(ids.get(0), ids.get(1));
      assertThat(outbox.claim(10)).as("the heads are leased, the tail waits").isEmpty();
      outbox.sent(ids.get(0), 1);
      assertThat(outbox.claim(10)).extracting(Outbox.Item::id).containsExactly(ids.get(2));
    } finally {
      outbox.close();
    }
  }

  static void await(CountDownLatch go) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void attempt(ConcurrentLinkedQueue<Throwable> failures, Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      failures.add(e);
    }
  }
}
