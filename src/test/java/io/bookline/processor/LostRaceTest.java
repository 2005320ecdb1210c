package io.bookline.processor;

import static io.bookline.db.Schema.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.booking.BookingDialogue;
import io.bookline.booking.CatalogRepository;
import io.bookline.booking.DemoSeeder;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.Platform;
import io.bookline.config.ConfigLoader;
import io.bookline.db.Database;
import io.bookline.ingress.Inbox;
import io.bookline.session.TieredSessionStore;
import io.bookline.support.MutableClock;
import io.bookline.support.TestPostgres;
import io.bookline.understanding.Lexicon;
import io.bookline.understanding.Reading;
import io.bookline.understanding.RuleUnderstanding;
import io.bookline.understanding.Understanding;
import io.bookline.understanding.UnderstandingContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A turn that loses the version race is re-run on fresh state; its first reply is never used. */
class LostRaceTest {
  MutableClock clock = new MutableClock(Instant.parse("2026-11-23T07:00:00Z"));
  Database db;
  CatalogRepository catalogs;
  Inbox inbox;
  long business;

  @BeforeEach
  void start() {
    db = Database.start(ConfigLoader.load(Map.of("DATABASE_URL", TestPostgres.freshDatabase())));
    DemoSeeder.seedIfEmpty(db.dsl());
    catalogs = new CatalogRepository(db.dsl());
    business = catalogs.bySlug("demo").orElseThrow().business().id();
    inbox = new Inbox(db.dsl());
  }

  @AfterEach
  void stop() {
    db.close();
  }

  MessageProcessor processor(Understanding understanding) {
    // Each processor has its own memory tier, like a separate instance.
    var sessions =
        new TieredSessionStore(
            db.dsl(), Optional.empty(), 100, Duration.ofHours(2), new SimpleMeterRegistry());
    return new MessageProcessor(
        db.dsl(),
        catalogs,
        sessions,
        understanding,
        new BookingDialogue(),
        new ObjectMapper(),
        clock,
        Duration.ofHours(2),
        10,
        new io.bookline.outbox.Outbox(db.dsl(), clock),
        Duration.ofHours(1),
        new SimpleMeterRegistry());
  }

  InboundMessage message(String id, String text, int second) {
    return new InboundMessage(
        Platform.WEB,
        business,
        "racer",
        id,
        text,
        Instant.parse("2026-11-23T07:00:00Z").plusSeconds(second),
        null);
  }

  @Test
  void the_losing_turn_is_re_run_on_fresh_state_and_its_first_reply_is_dropped() {
    RuleUnderstanding rules = new RuleUnderstanding(Lexicon.english());
    MessageProcessor other = processor(rules);
    var hi = message("m1", "hi", 1);
    var gel = message("m2", "gel manicure", 2);
    var tomorrow = message("m3", "tomorrow", 3);
    AtomicInteger calls = new AtomicInteger();
    MessageProcessor slow =
        processor(
            new Understanding() {
              @Override
              public Reading interpret(String text, UnderstandingContext context) {
                if (text.equals("tomorrow") && calls.incrementAndGet() == 1) {
                  // While this turn is "thinking", the other instance commits "gel manicure".
                  other.handle(gel, inbox.record(gel).id(), false);
                }
                return rules.interpret(text, context);
              }

              @Override
              public String name() {
                return "rules";
              }
            });
    slow.handle(hi, inbox.record(hi).id(), false);
    TurnResult result = slow.handle(tomorrow, inbox.record(tomorrow).id(), false);

    assertEquals(2, calls.get(), "the turn ran twice");
    String reply = result.replies().get(0).text();
    // On its stale state (no service yet) the first run would have asked which service.
    assertTrue(reply.startsWith("Free times on Tue 24 Nov:"), reply);
    List<String> out =
        db.dsl()
            .select(Messages.CONTENT_TEXT)
            .from(Messages.T)
            .where(Messages.DIRECTION.eq("out"))
            .orderBy(Messages.ID)
            .fetch(Messages.CONTENT_TEXT);
    assertEquals(3, out.size());
    assertTrue(out.stream().noneMatch(t -> t.startsWith("Which service")), out.toString());
    List<String> in =
        db.dsl()
            .select(Messages.CONTENT_TEXT)
            .from(Messages.T)
            .where(Messages.DIRECTION.eq("in"))
            .orderBy(Messages.ID)
            .fetch(Messages.CONTENT_TEXT);
    assertEquals(List.of("hi", "gel manicure", "tomorrow"), in);
  }
}
