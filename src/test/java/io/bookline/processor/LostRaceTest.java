package io.bookline.processor;

import static io.bookline.db.Schema.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.Components;
import io.bookline.booking.BookingDialogue;
import io.bookline.booking.BookingEvents;
import io.bookline.booking.CatalogRepository;
import io.bookline.booking.DemoSeeder;
import io.bookline.channel.InboundMessage;
import io.bookline.channel.Platform;
import io.bookline.config.ConfigLoader;
import io.bookline.db.Database;
import io.bookline.db.Transactions;
import io.bookline.ingress.Inbox;
import io.bookline.outbox.Outbox;
import io.bookline.session.PostgresSessions;
import io.bookline.session.SessionCodec;
import io.bookline.session.TieredSessionStore;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.understanding.LanguageDetector;
import io.bookline.understanding.Lexicon;
import io.bookline.understanding.Reading;
import io.bookline.understanding.RuleUnderstanding;
import io.bookline.understanding.Understanding;
import io.bookline.understanding.UnderstandingContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A turn that loses the version race is re-run on fresh state; its first reply is never used. */
class LostRaceTest {
  final MutableClock clock = TestApp.mondayMorning();
  final ObjectMapper json = Components.objectMapper();
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
    inbox = new Inbox(db.dsl(), json, clock);
  }

  @AfterEach
  void stop() {
    db.close();
  }

  MessageProcessor processor(Understanding understanding) {
    // Each processor has its own memory tier, like a separate instance.
    var metrics = new SimpleMeterRegistry();
    var codec = new SessionCodec(json);
    var sessions =
        new TieredSessionStore(
            new PostgresSessions(db.dsl(), codec, clock),
            Optional.empty(),
            codec,
            100,
            Duration.ofHours(2),
            metrics);
    return new MessageProcessor(
        new Transactions(db.dsl()),
        new TurnRepository(db.dsl(), json, clock),
        catalogs,
        sessions,
        understanding,
        new LanguageDetector(Lexicon.all()),
        new BookingDialogue(),
        new Outbox(db.dsl(), clock, json),
        new TurnRetry(metrics),
        new TurnSettings(Duration.ofHours(2), 10, Duration.ofHours(1)),
        clock,
        metrics,
        BookingEvents.NONE,
        Typing.NONE,
        OneTap.NONE);
  }

  InboundMessage message(String id, String text, int second) {
    return new InboundMessage(
        Platform.WEB,
        business,
        "racer",
        id,
        text,
        TestApp.MONDAY_8AM_BERLIN.plusSeconds(second),
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

    assertThat(calls.get()).as("the turn ran twice").isEqualTo(2);
    // On its stale state (no service yet) the first run would have asked which service.
    assertThat(result.replies().get(0).text())
        .startsWith("Free times for Gel Manicure on Tue 24 Nov:");
    List<String> out =
        db.dsl()
            .select(Messages.CONTENT_TEXT)
            .from(Messages.T)
            .where(Messages.DIRECTION.eq("out"))
            .orderBy(Messages.ID)
            .fetch(Messages.CONTENT_TEXT);
    assertThat(out).hasSize(3).noneMatch(t -> t.startsWith("Which service"));
    List<String> in =
        db.dsl()
            .select(Messages.CONTENT_TEXT)
            .from(Messages.T)
            .where(Messages.DIRECTION.eq("in"))
            .orderBy(Messages.ID)
            .fetch(Messages.CONTENT_TEXT);
    assertThat(in).containsExactly("hi", "gel manicure", "tomorrow");
  }
}
