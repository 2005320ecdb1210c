package io.bookline.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.Components;
import io.bookline.booking.CatalogRepository;
import io.bookline.booking.DemoSeeder;
import io.bookline.channel.Delivery;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.Platform;
import io.bookline.config.ConfigLoader;
import io.bookline.db.Database;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The flood guard counts a platform sender's messages as the inbox records them: each new message
 * once, a redelivery not at all, a message that could not be recorded not at all, whatever path
 * through the group insert it took.
 */
class InboxFloodCountTest {
  static final Instant SENT = TestApp.MONDAY_8AM_BERLIN;
  static final int LIMIT = 2;
  Database db;
  RateCounter counter;
  Inbox inbox;
  long business;

  @BeforeEach
  void start() {
    var config = ConfigLoader.load(Map.of("DATABASE_URL", TestPostgres.freshDatabase()));
    db = Database.start(config);
    DemoSeeder.seedIfEmpty(db.dsl());
    business = new CatalogRepository(db.dsl()).bySlug("demo").orElseThrow().business().id();
    counter = RateCounter.local(TestApp.mondayMorning());
    var flood = new FloodGuard(counter, LIMIT, config.ingress(), new SimpleMeterRegistry());
    inbox = new Inbox(db.ingress(), Components.objectMapper(), TestApp.mondayMorning(), 5, flood);
  }

  @AfterEach
  void stop() {
    inbox.close();
    db.close();
  }

  InboundMessage message(String sender, String id, String text) {
    return new InboundMessage(
        Platform.WHATSAPP,
        business,
        sender,
        id,
        text,
        SENT,
        "{}",
        InboundMessage.Kind.TEXT,
        Map.of("to", sender),
        Delivery.OUTBOX);
  }

  long counted(String sender) {
    return counter.count("sender:" + Inbox.conversationKey(message(sender, "x", "x")));
  }

  @Test
  void a_redelivery_gives_its_count_back_and_keeps_the_first_verdict() {
    assertEquals(FloodGuard.Verdict.OK, inbox.record(message("491", "m1", "hi"), true).held());
    var again = inbox.record(message("491", "m1", "hi"), true);
    assertEquals(false, again.isNew());
    assertEquals(FloodGuard.Verdict.OK, again.held());
    assertEquals(1, counted("491"));
    assertEquals(FloodGuard.Verdict.OK, inbox.record(message("491", "m2", "hi"), true).held());
    assertEquals(FloodGuard.Verdict.NOTE, inbox.record(message("491", "m3", "hi"), true).held());
    assertEquals(FloodGuard.Verdict.QUIET, inbox.record(message("491", "m4", "hi"), true).held());
    var late = inbox.record(message("491", "m3", "hi"), true);
    assertEquals(FloodGuard.Verdict.NOTE, late.held(), "the verdict the row kept");
    assertEquals(4, counted("491"));
  }

  @Test
  void a_message_the_database_refuses_is_not_counted() {
    // Postgres' jsonb takes no NUL: the row cannot be stored, and the caller hears so.
    assertThrows(RuntimeException.class, () -> inbox.record(message("492", "bad", "a\0b"), true));
    assertEquals(0, counted("492"));
    assertEquals(FloodGuard.Verdict.OK, inbox.record(message("492", "good", "hi"), true).held());
    assertEquals(1, counted("492"));
  }

  @Test
  void a_message_not_guarded_is_not_counted() {
    inbox.record(message("493", "w1", "hi"), false);
    assertEquals(0, counted("493"));
  }

  /**
   * Many at once, grouped as they come: copies of one message (redeliveries racing each other), new
   * messages of others and one the database refuses, which sends its group through the one by one
   * path. Every new message counts once, nothing else counts.
   */
  @Test
  void racing_copies_and_a_refused_message_in_the_same_groups_count_each_new_message_once()
      throws Exception {
    assertEquals(1, race("494", "same"), "one refused");
    assertEquals(1, counted("494"), "twelve copies of one message count once");
    assertEquals(12, counted("495"));
    assertEquals(0, counted("496"));
    assertTrue(inbox.record(message("494", "same", "hi"), true).id() > 0);
    assertEquals(1, counted("494"));
  }

  /** The same race for a message recorded before it: its copies give every count back. */
  @Test
  void racing_copies_of_a_message_recorded_before_give_every_count_back() throws Exception {
    inbox.record(message("494", "same", "hi"), true);
    assertEquals(1, race("494", "same"), "one refused");
    assertEquals(1, counted("494"), "twelve late copies count nothing");
    assertEquals(12, counted("495"));
  }

  /**
   * Twelve copies of {@code sender}'s message {@code id}, twelve new messages of sender 495 and one
   * message of sender 496 the database refuses, all at once; returns how many calls failed.
   */
  int race(String sender, String id) throws Exception {
    List<Callable<Object>> calls = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      calls.add(() -> inbox.record(message(sender, id, "hi"), true));
      String other = "n" + i;
      calls.add(() -> inbox.record(message("495", other, "hi"), true));
    }
    calls.add(() -> inbox.record(message("496", "bad", "a\0b"), true));
    int refused = 0;
    try (ExecutorService pool = Executors.newFixedThreadPool(calls.size())) {
      for (Future<Object> f : pool.invokeAll(calls)) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          refused++;
        }
      }
    }
    return refused;
  }
}
