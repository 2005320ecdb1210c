package io.bookline.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.LogCapture;
import io.bookline.support.MutableClock;
import io.bookline.support.Poison;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Finding 2 of issue 14: crash recovery reaches every waiting row however many fail, backs off per
 * row, and logs no stack trace per row per sweep.
 */
class RecoveryTest {
  static final int POISONED = 501;
  static final int GOOD = 10;

  final MutableClock clock = TestApp.mondayMorning();

  /** Rows as a crash leaves them: acknowledged, never processed; the poisoned ones come first. */
  static void acknowledged(DSLContext db, String prefix, int from, int count, int minutesAgo) {
    String sent = TestApp.MONDAY_8AM_BERLIN.minusSeconds(60L * minutesAgo).toString();
    db.execute(
        """
        INSERT INTO inbox (platform, platform_message_id, business_id, sender_id, conversation_key,
                           sent_at, payload, received_at)
        SELECT 'web', b.id || '/' || s.sender || '/m', b.id, s.sender,
               b.id || ':web:' || s.sender, ?::timestamptz,
               jsonb_build_object('platform', 'web', 'businessId', b.id, 'senderId', s.sender,
                   'platformMessageId', b.id || '/' || s.sender || '/m', 'text', 'hi',
                   'sentAt', ?::text, 'raw', '{}', 'kind', 'TEXT', 'address', '{}'::jsonb,
                   'delivery', 'INLINE'),
               ?::timestamptz
        FROM businesses b, (SELECT ?::text || g AS sender FROM generate_series(?, ?) g) s
        WHERE b.slug = 'demo'
        """,
        sent,
        sent,
        sent,
        prefix,
        from,
        from + count - 1);
  }

  @Test
  void recovery_reaches_every_waiting_row_past_any_number_that_keep_failing() {
    String database = TestPostgres.freshDatabase();
    try (TestApp first = TestApp.start(clock, Map.of("DATABASE_URL", database))) {
      DSLContext db = first.app().database().dsl();
      Poison.install(db, "1/poison");
      acknowledged(db, "poison", 1, POISONED, 30);
      acknowledged(db, "good", 1, GOOD, 20);
    }
    try (LogCapture logs = new LogCapture();
        TestApp restarted = TestApp.start(clock, Map.of("DATABASE_URL", database))) {
      DSLContext db = restarted.app().database().dsl();
      assertEquals(
          GOOD,
          db.fetchCount(
              DSL.table("inbox"), DSL.condition("status = 'done' and sender_id like 'good%'")),
          "every good row is recovered, however many failing rows come before it");
      assertEquals(
          POISONED,
          db.fetchCount(
              DSL.table("inbox"),
              DSL.condition(
                  "status = 'received' and attempts = 1 and next_attempt_at > ?::timestamptz",
                  clock.instant().toString())),
          "each failing row counted one attempt and waits out its own backoff");
      assertTrue(
          logs.events().stream().noneMatch(e -> e.getThrowableProxy() != null),
          "no stack trace per failing row");
      assertTrue(
          logs.events().size() < 50, "a few lines, not one per row: " + logs.events().size());
    }
  }
}
