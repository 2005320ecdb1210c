package io.bookline.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.Components;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.channel.SendFailure;
import io.bookline.channel.Sender;
import io.bookline.db.Schema;
import io.bookline.retry.RetryTiming;
import io.bookline.retry.Sleeper;
import io.bookline.support.TestApp;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The statements that change many held outbox rows at once (the heartbeat's renewal and the grouped
 * "sent" marks) take their row locks in one order, so they cannot deadlock. Before, a renewal
 * walking the rows one way and a group of marks walking them the other way deadlocked under load,
 * and the sender dead-lettered replies the platform had already accepted. Real Postgres; the
 * statements race on purpose, many rounds. (The marks' group commit now writes a deadlock victim
 * again, but the renewal does not: with the old statements a renewal was the victim within a few
 * rounds every run.)
 *
 * <p>Beside it, what the sender does when settling a reply goes wrong: a reply the platform took or
 * whose settling the database refuses keeps its lease; a send that broke is a dead letter.
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
    return conversation(db(), user);
  }

  /** A new customer's WhatsApp conversation with the first business. */
  static long conversation(DSLContext db, String user) {
    long business =
        db.select(Schema.Businesses.ID).from(Schema.Businesses.T).limit(1).fetchSingle().value1();
    long customer =
        db.resultQuery(
                "insert into customers (business_id, platform, platform_user_id)"
                    + " values (?, 'whatsapp', ?) returning id",
                business,
                user)
            .fetchSingle()
            .get(0, Long.class);
    return db.resultQuery(
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
                      waitFor(go);
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
                        waitFor(go);
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

  /** What the fake platform does with a send. */
  @FunctionalInterface
  interface Platformly {
    void send(OutboundMessage message);
  }

  /**
   * An outbox over {@code dsl} holding one reply to send with a WhatsApp account of the business.
   */
  Outbox oneReplyQueued(DSLContext dsl) {
    db().deleteFrom(Schema.Outbox.T).execute();
    long business =
        db().select(Schema.Businesses.ID).from(Schema.Businesses.T).limit(1).fetchSingle().value1();
    accounts().upsert(business, Platform.WHATSAPP, "lock-order-phone", Map.of("accessToken", "t"));
    Outbox outbox = new Outbox(dsl, Clock.systemUTC(), Components.objectMapper());
    long conversation = conversation();
    db().transaction(
            t ->
                outbox.enqueue(
                    t.dsl(),
                    conversation,
                    Platform.WHATSAPP,
                    Map.of("to", "4932", "account", "lock-order-phone"),
                    List.of(new OutboundMessage("see you at ten", List.of()))));
    return outbox;
  }

  ChannelAccountRepository accounts() {
    return new ChannelAccountRepository(db(), Components.objectMapper());
  }

  /** A WhatsApp sender that hands each message to {@code platform}. */
  static Sender whatsapp(Platformly platform) {
    return new Sender() {
      @Override
      public Platform platform() {
        return Platform.WHATSAPP;
      }

      @Override
      public void send(
          ChannelAccount account, Map<String, String> address, OutboundMessage message) {
        platform.send(message);
      }
    };
  }

  /** A running sender for {@code outbox}, {@code attempts} quick attempts a claim. */
  OutboxSender sender(Outbox outbox, int attempts, Platformly platform) {
    return new OutboxSender(
        outbox,
        accounts(),
        List.of(whatsapp(platform)),
        attempts,
        new RetryTiming(Clock.systemUTC(), Sleeper.onThread(), new Random(1)),
        new SimpleMeterRegistry());
  }

  Record row() {
    return db().selectFrom(Schema.Outbox.T).fetchSingle();
  }

  @Test
  void a_reply_the_platform_took_is_no_dead_letter_when_its_sent_mark_fails() throws Exception {
    Outbox outbox = oneReplyQueued(db());
    CountDownLatch sending = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    AtomicInteger sends = new AtomicInteger();
    var sender =
        sender(
            outbox,
            3,
            m -> {
              sends.incrementAndGet();
              sending.countDown();
              waitFor(answer);
            });
    try {
      outbox.wake();
      assertThat(sending.await(30, TimeUnit.SECONDS)).isTrue();
      // The platform has it; now the "sent" mark cannot be written (its writer is closed, as when
      // the database is away), and the platform answers.
      outbox.close();
      answer.countDown();
      await().atMost(Duration.ofSeconds(30)).until(() -> sender.inFlight() == 0);
      assertThat(row().get(Schema.Outbox.STATUS)).isEqualTo("pending");
      assertThat(row().get(Schema.Outbox.LEASE_OWNER))
          .as("still leased: sent again only after its lease")
          .isEqualTo(outbox.owner());
      assertThat(sends).hasValue(1);
    } finally {
      answer.countDown();
      sender.close();
    }
  }

  @Test
  void a_reply_that_cannot_be_put_back_in_the_queue_keeps_its_lease_instead_of_dying() {
    // The database refuses exactly the statement that puts a reply back in the queue.
    DSLContext flaky =
        db().configuration()
            .derive(
                new ExecuteListener() {
                  @Override
                  public void executeStart(ExecuteContext ctx) {
                    String sql = ctx.sql() == null ? "" : ctx.sql();
                    if (sql.contains("last_error") && !sql.contains("set status")) {
                      throw new DataAccessException("the database is away");
                    }
                  }
                })
            .dsl();
    Outbox outbox = oneReplyQueued(flaky);
    AtomicInteger sends = new AtomicInteger();
    var sender =
        sender(
            outbox,
            1,
            m -> {
              sends.incrementAndGet();
              throw new SendFailure("platform busy", true, null);
            });
    try {
      outbox.wake();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> sends.get() == 1 && sender.inFlight() == 0);
      assertThat(row().get(Schema.Outbox.STATUS)).isEqualTo("pending");
      assertThat(row().get(Schema.Outbox.LEASE_OWNER)).isEqualTo(outbox.owner());
    } finally {
      sender.close();
      outbox.close();
    }
  }

  @Test
  void a_send_that_breaks_with_an_unexpected_error_is_still_a_dead_letter() {
    Outbox outbox = oneReplyQueued(db());
    var sender =
        sender(
            outbox,
            1,
            m -> {
              throw new IllegalStateException("a reply this renderer cannot draw");
            });
    try {
      outbox.wake();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> "dead".equals(row().get(Schema.Outbox.STATUS)));
    } finally {
      sender.close();
      outbox.close();
    }
  }

  static void waitFor(CountDownLatch go) {
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
