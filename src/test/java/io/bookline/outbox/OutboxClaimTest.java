package io.bookline.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.bookline.Components;
import io.bookline.channel.OutboundMessage;
import io.bookline.channel.Platform;
import io.bookline.db.Schema;
import io.bookline.support.TestApp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After a burst, {@code outbox_due_idx} holds a dead entry for every reply sent (its version before
 * the lease) until a vacuum. With statistics from before the burst, Postgres planned the claim as a
 * bitmap scan of that index and a sort: every claim read every dead entry again, 630 buffers a
 * claim in the side-by-side run (ADR 0040). This makes such a table, replays the statements a claim
 * sends in one transaction, as it sends them, and reads the plan Postgres makes for the claim.
 *
 * <p>It also checks that a row no sender can read is set aside instead of failing every claim.
 */
class OutboxClaimTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @Test
  void a_claim_after_a_burst_walks_the_due_index_in_order_and_stops_at_its_limit() {
    DSLContext db = app.app().database().dsl();
    db.deleteFrom(Schema.Outbox.T).execute();
    db.execute("analyze outbox"); // what Postgres knows of the outbox as a burst begins: little
    long burst = OutboxLockOrderTest.conversation(db, "burst");
    db.execute(
        "insert into outbox (conversation_id, platform, payload, next_attempt_at)"
            + " select ?, 'whatsapp', '{}', now() - interval '1 minute'"
            + " from generate_series(1, 3000)",
        burst);
    db.execute("update outbox set next_attempt_at = now() + interval '30 seconds'");
    db.execute("update outbox set status = 'sent', sent_at = now()");
    Outbox writer = new Outbox(db, Clock.systemUTC(), Components.objectMapper());
    for (int i = 0; i < 5; i++) {
      long waiting = OutboxLockOrderTest.conversation(db, "waiting-" + i + "-" + System.nanoTime());
      db.transaction(
          t ->
              writer.enqueue(
                  t.dsl(),
                  waiting,
                  Platform.WHATSAPP,
                  Map.of("to", "4932"),
                  List.of(new OutboundMessage("hello", List.of()))));
    }
    writer.close();

    List<String> sent = new CopyOnWriteArrayList<>();
    ExecuteListener recorder =
        new ExecuteListener() {
          @Override
          public void executeStart(ExecuteContext ctx) {
            sent.add(ctx.sql());
          }
        };
    Outbox outbox =
        new Outbox(
            db.configuration().derive(recorder).dsl(),
            Clock.systemUTC(),
            Components.objectMapper());
    try {
      assertThat(outbox.claim(3)).as("the claim stops at its limit").hasSize(3);
    } finally {
      outbox.close();
    }

    String plan =
        db.transactionResult(
            c -> {
              for (String statement : sent.subList(0, sent.size() - 1)) {
                c.dsl().execute(statement);
              }
              return c.dsl().fetchValue("explain (format json) " + sent.getLast()).toString();
            });
    assertThat(plan)
        .as("an index scan of the due rows in the order they fell due: dead entries met once")
        .contains("\"Index Scan\"", "\"outbox_due_idx\"")
        .doesNotContain("Bitmap", "Seq Scan", "\"Sort\"");
  }

  @Test
  void a_row_whose_payload_cannot_be_read_is_dead_lettered_and_the_others_are_claimed() {
    DSLContext db = app.app().database().dsl();
    db.deleteFrom(Schema.Outbox.T).execute();
    long[] ids = new long[3];
    String[] payloads = {
      "{\"kind\":\"reply\",\"address\":{\"to\":\"1\"},\"text\":\"hi\",\"options\":\"a list\"}",
      "{\"kind\":\"reply\",\"address\":{\"to\":\"2\"},\"text\":\"no options\"}",
      "{\"kind\":\"reply\",\"address\":{\"to\":\"3\"},\"text\":\"fine\",\"options\":[\"Yes\"]}"
    };
    for (int i = 0; i < 3; i++) {
      long conversation =
          OutboxLockOrderTest.conversation(db, "payload-" + i + "-" + System.nanoTime());
      ids[i] =
          db.insertInto(Schema.Outbox.T)
              .set(Schema.Outbox.CONVERSATION_ID, conversation)
              .set(Schema.Outbox.PLATFORM, "whatsapp")
              .set(Schema.Outbox.PAYLOAD, JSONB.valueOf(payloads[i]))
              .returningResult(Schema.Outbox.ID)
              .fetchSingle()
              .value1();
    }
    Outbox outbox = new Outbox(db, Clock.systemUTC(), Components.objectMapper());
    try {
      assertThat(outbox.claim(10))
          .extracting(Outbox.Item::id, i -> i.message().options())
          .containsExactlyInAnyOrder(tuple(ids[1], List.of()), tuple(ids[2], List.of("Yes")));
    } finally {
      outbox.close();
    }
    var poison =
        db.select(Schema.Outbox.STATUS, Schema.Outbox.LAST_ERROR, Schema.Outbox.LEASE_OWNER)
            .from(Schema.Outbox.T)
            .where(Schema.Outbox.ID.eq(ids[0]))
            .fetchSingle();
    assertThat(poison.value1()).isEqualTo("dead");
    assertThat(poison.value2()).startsWith("unreadable payload");
    assertThat(poison.value3()).isNull();
  }
}
