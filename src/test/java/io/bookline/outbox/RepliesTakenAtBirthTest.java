package io.bookline.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import io.bookline.Components;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.channel.Sender;
import io.bookline.db.Schema;
import io.bookline.db.Transactions;
import io.bookline.retry.RetryTiming;
import io.bookline.retry.Sleeper;
import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A turn's reply is leased to the instance as the turn writes it, when it is the first of its
 * conversation in the queue and the sender has a free slot, and the sender starts on it once the
 * turn committed: no claim, no wait for one (ADR 0042). Every other row waits for a claim, in its
 * conversation's order, as before. Real Postgres, the app's own WhatsApp client against a local
 * fake platform.
 */
class RepliesTakenAtBirthTest {
  static final FakePlatform platform = new FakePlatform();
  static TestApp app;

  @BeforeAll
  static void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    app = TestApp.start(Clock.systemUTC(), env);
  }

  @AfterAll
  static void stop() {
    app.close();
    platform.close();
  }

  static DSLContext db() {
    return app.app().database().dsl();
  }

  static double taken(String how) {
    return app.app().metrics().counter("bookline.outbox.taken", "how", how).count();
  }

  @Test
  void a_whatsapp_reply_goes_out_without_a_claim() {
    // Rows other tests of this class left due (given back, or written while the sender was full)
    // are claimed by the app's sender within a second; counted here, one would read as this
    // reply's claim. Wait until no row is left that a claim could take.
    await().atMost(Duration.ofSeconds(10)).until(() -> claimable() == 0);
    double written = taken("written");
    double claimed = taken("claimed");
    int before = platform.calls("whatsapp").size();
    String from = "4917" + System.nanoTime() % 1_000_000_000L;
    byte[] body =
        WhatsApp.text(
            "wamid.birth." + System.nanoTime(),
            from,
            "what are your prices?",
            System.currentTimeMillis() / 1000);
    assertThat(WhatsApp.post(app, body).status()).isEqualTo(200);

    await().atMost(Duration.ofSeconds(30)).until(() -> platform.calls("whatsapp").size() > before);
    assertThat(platform.calls("whatsapp"))
        .filteredOn(c -> c.body().path("to").asText().equals(from))
        .hasSize(1);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                db().fetchCount(
                            Schema.Outbox.T,
                            Schema.Outbox.STATUS.eq("sent").and(Schema.Outbox.SENT_AT.isNotNull()))
                    >= 1);
    assertThat(taken("written") - written).as("leased as the turn wrote it").isEqualTo(1.0);
    assertThat(taken("claimed") - claimed).as("no claim took it").isZero();
  }

  /** A stand-in for the sender: records what it is handed. */
  static final class Hands implements Handover.Taker {
    final List<Outbox.Item> items = new ArrayList<>();
    boolean room = true;

    @Override
    public boolean hasRoom() {
      return room;
    }

    @Override
    public void take(List<Outbox.Item> taken) {
      items.addAll(taken);
    }
  }

  Outbox outbox(Hands hands) {
    Outbox outbox = new Outbox(db(), Clock.systemUTC(), Components.objectMapper());
    outbox.handover().takenBy(hands);
    return outbox;
  }

  Handover.Queued queue(Outbox outbox, long conversation, String... texts) {
    List<OutboundMessage> replies = new ArrayList<>();
    for (String t : texts) {
      replies.add(new OutboundMessage(t, List.of("Yes", "No")));
    }
    return new Transactions(db())
        .result(
            tx ->
                outbox
                    .handover()
                    .enqueue(tx, conversation, Platform.WHATSAPP, Map.of("to", "4932"), replies));
  }

  /** Pending rows a claim could take now: due, and first pending row of their conversation. */
  static int claimable() {
    Object n =
        db().fetchValue(
                """
            select count(*) from outbox o
            where o.status = 'pending' and o.next_attempt_at <= now()
              and not exists (select 1 from outbox e
                              where e.conversation_id = o.conversation_id
                                and e.status = 'pending' and e.id < o.id)
            """);
    return ((Number) n).intValue();
  }

  List<Record> rows(long conversation) {
    return new ArrayList<>(
        db().selectFrom(Schema.Outbox.T)
            .where(Schema.Outbox.CONVERSATION_ID.eq(conversation))
            .orderBy(Schema.Outbox.ID)
            .fetch());
  }

  @Test
  void the_first_reply_is_leased_as_written_and_the_next_waits_behind_it() {
    Hands hands = new Hands();
    Outbox outbox = outbox(hands);
    long conversation = OutboxLockOrderTest.conversation(db(), "birth-" + System.nanoTime());

    Handover.Queued queued = queue(outbox, conversation, "first", "second");
    assertThat(hands.items).as("nothing is handed over before the commit is known").isEmpty();

    List<Record> rows = rows(conversation);
    assertThat(rows).hasSize(2);
    Record first = rows.get(0);
    Record second = rows.get(1);
    assertThat(first.get(Schema.Outbox.LEASE_OWNER)).isEqualTo(outbox.owner());
    assertThat(first.get(Schema.Outbox.NEXT_ATTEMPT_AT))
        .as("not due for any claim while its lease runs")
        .isAfter(OffsetDateTime.now().plusSeconds(10));
    assertThat(second.get(Schema.Outbox.LEASE_OWNER)).isNull();
    assertThat(outbox.claim(10))
        .as("neither is claimable: the first is held, the second waits behind it")
        .extracting(Outbox.Item::conversationId)
        .doesNotContain(conversation);

    outbox.handover().committed(queued);
    assertThat(queued.waiting()).isTrue();
    assertThat(hands.items).hasSize(1);
    Outbox.Item item = hands.items.getFirst();
    assertThat(item.id()).isEqualTo(first.get(Schema.Outbox.ID));
    assertThat(item.conversationId()).isEqualTo(conversation);
    assertThat(item.kind()).isEqualTo("reply");
    assertThat(item.message().text()).isEqualTo("first");
    assertThat(item.message().options()).containsExactly("Yes", "No");
    assertThat(item.address()).containsEntry("to", "4932");
    assertThat(item.attempts()).isZero();
    outbox.close();
  }

  @Test
  void a_reply_behind_a_pending_row_of_its_conversation_waits_for_a_claim() {
    Hands hands = new Hands();
    Outbox outbox = outbox(hands);
    long conversation = OutboxLockOrderTest.conversation(db(), "behind-" + System.nanoTime());
    // A reminder queued earlier, still pending (held by a sender, or backing off).
    db().insertInto(Schema.Outbox.T)
        .set(Schema.Outbox.CONVERSATION_ID, conversation)
        .set(Schema.Outbox.PLATFORM, "whatsapp")
        .set(Schema.Outbox.PAYLOAD, org.jooq.JSONB.valueOf("{\"kind\":\"reply\"}"))
        .set(Schema.Outbox.NEXT_ATTEMPT_AT, OffsetDateTime.now().plusMinutes(5))
        .execute();

    Handover.Queued queued = queue(outbox, conversation, "after the reminder");
    outbox.handover().committed(queued);

    assertThat(hands.items).isEmpty();
    assertThat(queued.waiting()).isTrue();
    assertThat(rows(conversation).get(1).get(Schema.Outbox.LEASE_OWNER)).isNull();
    outbox.close();
  }

  @Test
  void with_no_free_slot_the_reply_waits_for_a_claim() {
    Hands hands = new Hands();
    hands.room = false;
    Outbox outbox = outbox(hands);
    long conversation = OutboxLockOrderTest.conversation(db(), "full-" + System.nanoTime());

    Handover.Queued queued = queue(outbox, conversation, "later");
    outbox.handover().committed(queued);

    assertThat(hands.items).isEmpty();
    assertThat(queued.waiting()).isTrue();
    Record row = rows(conversation).getFirst();
    assertThat(row.get(Schema.Outbox.LEASE_OWNER)).isNull();
    assertThat(row.get(Schema.Outbox.NEXT_ATTEMPT_AT)).isBefore(OffsetDateTime.now());
    outbox.close();
  }

  @Test
  void a_turn_that_rolls_back_leaves_no_row_and_hands_nothing_over() {
    Hands hands = new Hands();
    Outbox outbox = outbox(hands);
    long conversation = OutboxLockOrderTest.conversation(db(), "rollback-" + System.nanoTime());
    try {
      new Transactions(db())
          .run(
              tx -> {
                outbox
                    .handover()
                    .enqueue(
                        tx,
                        conversation,
                        Platform.WHATSAPP,
                        Map.of("to", "4932"),
                        List.of(new OutboundMessage("never", List.of())));
                tx.flush();
                throw new IllegalStateException("the turn fails after its writes");
              });
    } catch (IllegalStateException expected) {
      // the caller never reaches committed()
    }
    assertThat(rows(conversation)).isEmpty();
    assertThat(hands.items).isEmpty();
    outbox.close();
  }

  @Test
  void a_reply_handed_to_a_stopped_sender_is_given_back_due_at_once() {
    Outbox outbox = new Outbox(db(), Clock.systemUTC(), Components.objectMapper());
    List<String> sent = new ArrayList<>();
    Sender whatsapp = OutboxLockOrderTest.whatsapp(message -> sent.add(message.text()));
    OutboxSender sender =
        new OutboxSender(
            outbox,
            new ChannelAccountRepository(db(), Components.objectMapper()),
            List.of(whatsapp),
            3,
            new RetryTiming(Clock.systemUTC(), Sleeper.onThread(), new Random(1)),
            new SimpleMeterRegistry());
    long conversation = OutboxLockOrderTest.conversation(db(), "stopped-" + System.nanoTime());
    Handover.Queued queued = queue(outbox, conversation, "as the instance stops");
    assertThat(rows(conversation).getFirst().get(Schema.Outbox.LEASE_OWNER))
        .isEqualTo(outbox.owner());

    sender.stop(Duration.ofSeconds(1));
    assertThat(sender.hasRoom()).as("a stopping sender takes nothing new").isFalse();
    outbox.handover().committed(queued);

    Record row = rows(conversation).getFirst();
    assertThat(sent).isEmpty();
    assertThat(row.get(Schema.Outbox.STATUS)).isEqualTo("pending");
    assertThat(row.get(Schema.Outbox.LEASE_OWNER)).as("given back").isNull();
    assertThat(row.get(Schema.Outbox.NEXT_ATTEMPT_AT)).isBefore(OffsetDateTime.now());
    outbox.close();
  }

  /**
   * While the sender holds as many sends as it may, new replies go to the queue instead of being
   * handed over; once its sends finish it claims them, and every reply goes out once. On a database
   * of its own, so no other sender (the TestApp's) claims these rows.
   */
  @Test
  void replies_written_while_the_sender_is_full_are_claimed_once_its_sends_finish()
      throws Exception {
    String url = TestPostgres.freshDatabase();
    TestApp.start(Clock.systemUTC(), Map.of("DATABASE_URL", url)).close(); // schema, demo business
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(url);
      pool.setMaximumPoolSize(8);
      DSLContext own = DSL.using(pool, SQLDialect.POSTGRES);
      long business =
          own.select(Schema.Businesses.ID)
              .from(Schema.Businesses.T)
              .limit(1)
              .fetchSingle()
              .value1();
      var accounts = new ChannelAccountRepository(own, Components.objectMapper());
      accounts.upsert(business, Platform.WHATSAPP, "full-phone", Map.of("accessToken", "t"));
      Outbox outbox = new Outbox(own, Clock.systemUTC(), Components.objectMapper());
      CountDownLatch gate = new CountDownLatch(1);
      List<String> sent = new CopyOnWriteArrayList<>();
      Sender whatsapp =
          OutboxLockOrderTest.whatsapp(
              message -> {
                try {
                  gate.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                sent.add(message.text());
              });
      SimpleMeterRegistry metrics = new SimpleMeterRegistry();
      OutboxSender sender =
          new OutboxSender(
              outbox,
              accounts,
              List.of(whatsapp),
              3,
              new RetryTiming(Clock.systemUTC(), Sleeper.onThread(), new Random(1)),
              metrics);
      int replies = OutboxSender.MAX_IN_FLIGHT + 10;
      List<String> expected = new ArrayList<>();
      try {
        for (int i = 0; i < replies; i++) {
          long conversation = OutboxLockOrderTest.conversation(own, "full-" + i);
          String text = "reply " + i;
          expected.add(text);
          Handover.Queued queued =
              new Transactions(own)
                  .result(
                      tx ->
                          outbox
                              .handover()
                              .enqueue(
                                  tx,
                                  conversation,
                                  Platform.WHATSAPP,
                                  Map.of("to", "4932", "account", "full-phone"),
                                  List.of(new OutboundMessage(text, List.of()))));
          outbox.handover().committed(queued);
        }
        assertThat(metrics.counter("bookline.outbox.taken", "how", "written").count())
            .as("handed over until the sender was full")
            .isEqualTo(OutboxSender.MAX_IN_FLIGHT);
        assertThat(sender.hasRoom()).isFalse();

        gate.countDown();
        await().atMost(Duration.ofSeconds(30)).until(() -> sent.size() >= replies);
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> own.fetchCount(Schema.Outbox.T, Schema.Outbox.STATUS.eq("sent")) == replies);
        assertThat(sent).as("every reply once").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(metrics.counter("bookline.outbox.taken", "how", "claimed").count())
            .as("the ten written while it was full, by a claim")
            .isEqualTo(10.0);
      } finally {
        gate.countDown();
        sender.stop(Duration.ofSeconds(1));
        outbox.close();
      }
    }
  }
}
