package io.bookline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.bookline.support.FakeLlm;
import io.bookline.support.FakePlatform;
import io.bookline.support.MutableClock;
import io.bookline.support.Poison;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Ops review: the stop's one WARN (ADR 0054) named the HTTP requests and background turns it gave
 * up waiting for, but not the turns still queued behind them, and nothing at all about the replies
 * the outbox gave up on during the run. Its last line now names both, so ops know what was not
 * delivered; every dead letter counts, the metric's too.
 */
class StopLastWordTest {
  static final Duration WAIT = Duration.ofSeconds(30);

  final MutableClock clock = TestApp.mondayMorning();
  final FakePlatform platform = new FakePlatform();
  final FakeLlm llm = new FakeLlm();
  final Logger stop = (Logger) LoggerFactory.getLogger(StopOverrun.class);
  final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  TestApp app;
  String databaseUrl;

  @BeforeEach
  void listen() {
    lines.start();
    stop.addAppender(lines);
  }

  @AfterEach
  void close() {
    if (app != null) {
      app.close();
    }
    platform.close();
    llm.close();
    stop.detachAppender(lines);
  }

  TestApp start(Map<String, String> extra) {
    return start(clock, extra);
  }

  TestApp start(Clock on, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    databaseUrl = TestPostgres.freshDatabase();
    env.put("DATABASE_URL", databaseUrl);
    env.putAll(extra);
    app = TestApp.start(on, env);
    return app;
  }

  void whatsapp(String messageId, String from) {
    whatsapp(messageId, from, clock.instant());
  }

  void whatsapp(String messageId, String from, Instant sentAt) {
    byte[] body = WhatsApp.text(messageId, from, "hi", sentAt.getEpochSecond());
    assertThat(WhatsApp.post(app, body).status()).isEqualTo(200);
  }

  List<String> warnings() {
    synchronized (lines.list) {
      return lines.list.stream()
          .filter(e -> e.getLevel() == Level.WARN)
          .map(ILoggingEvent::getFormattedMessage)
          .toList();
    }
  }

  double deadMetric() {
    return app.app()
        .metrics()
        .get("bookline.outbox.dead")
        .tag("platform", "whatsapp")
        .counter()
        .count();
  }

  long deadRows() {
    return app.app()
        .database()
        .dsl()
        .fetchSingle("SELECT count(*) FROM outbox WHERE status = 'dead'")
        .get(0, Long.class);
  }

  @Test
  void a_stop_in_time_still_names_the_replies_dead_lettered_during_the_run() {
    start(Map.of());
    platform.then(
        new FakePlatform.Answer(
            400, "{\"error\":{\"message\":\"Re-engagement message\",\"code\":131047}}", null));
    whatsapp("wamid.last.1", "4921");
    await().atMost(WAIT).until(() -> deadRows() == 1);
    // The number is removed; the owner's reply queued for it has no account to go out with.
    long conversation =
        app.app()
            .database()
            .dsl()
            .fetchSingle("SELECT max(conversation_id) FROM outbox")
            .get(0, Long.class);
    assertThat(
            app.as(TestApp.ADMIN_KEY, "demo")
                .delete("/api/channels/whatsapp/" + WhatsApp.PHONE)
                .status())
        .isBetween(200, 299);
    TestApp.Response reply =
        app.as(TestApp.ADMIN_KEY, "demo")
            .post("/api/conversations/" + conversation + "/reply", "{\"text\":\"Ready!\"}");
    assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
    await().atMost(WAIT).until(() -> deadRows() == 2);
    assertThat(deadMetric()).as("every dead letter is counted").isEqualTo(2.0);

    app.close();
    app = null;

    assertThat(warnings())
        .containsExactly(
            "stopped; not delivered during this run: 2 replies dead-lettered"
                + " (GET /api/outbox/dead, POST /api/outbox/retry)");
  }

  @Test
  void a_stop_names_the_reply_it_gave_back_to_the_queue_unsent() throws SQLException {
    // On the system clock retries sleep for real: the reply's send is still waiting out the
    // platform's Retry-After when the stop begins, and the stop gives its row back.
    start(Clock.systemUTC(), Map.of());
    platform.then(new FakePlatform.Answer(429, "{\"error\":{\"code\":130429}}", "20"));
    whatsapp("wamid.last.5", "4925", Instant.now());
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() == 1);

    app.close();
    app = null;

    assertThat(warnings())
        .containsExactly(
            "stopped; not delivered during this run: 1 reply given back to the queue unsent"
                + " (another instance or the next start sends them)");
    try (Connection c = DriverManager.getConnection(databaseUrl)) {
      assertThat(DSL.using(c).fetchSingle("SELECT status, lease_owner FROM outbox").intoArray())
          .as("the row waits, unleased, for another instance or the next start")
          .containsExactly("pending", null);
    }
  }

  @Test
  void a_stop_names_the_message_set_aside_as_failed_unanswered() {
    start(Map.of("INBOX_MAX_ATTEMPTS", "1"));
    DSLContext database = app.app().database().dsl();
    Poison.install(database, "wamid.poison");
    whatsapp("wamid.poison.1", "4926");
    await()
        .atMost(WAIT)
        .until(
            () ->
                "failed"
                    .equals(
                        database.fetchValue(
                            "SELECT status FROM inbox WHERE platform_message_id = ?",
                            "wamid.poison.1")));

    app.close();
    app = null;

    assertThat(warnings())
        .containsExactly(
            "stopped; not delivered during this run: 1 message set aside as failed, unanswered"
                + " (GET /api/inbox/failed)");
  }

  @Test
  void a_stop_past_its_budget_names_the_turns_still_queued_as_well_as_the_one_running() {
    llm.always(FakeLlm.slow(30_000, "{\"intent\": \"greeting\"}"));
    start(
        Map.of(
            "OPENAI_BASE_URL", llm.baseUrl(),
            "OPENAI_MODEL", "fake-model",
            "LLM_TIMEOUT", "30s",
            "LLM_TURN_BUDGET", "60s",
            // One background turn at a time: the other two wait at the gate.
            "DATABASE_POOL_SIZE", "2",
            "SHUTDOWN_TIMEOUT", "2s"));
    whatsapp("wamid.last.2", "4922");
    whatsapp("wamid.last.3", "4923");
    whatsapp("wamid.last.4", "4924");
    await().atMost(WAIT).until(() -> llm.received().size() == 1 && waiting() == 2);

    app.close();
    app = null;

    assertThat(warnings())
        .containsExactly(
            "the stop used up SHUTDOWN_TIMEOUT (PT2S) and gave up waiting for 1 background turn"
                + " and 2 queued turns; messages already acknowledged are answered after the next"
                + " start");
  }

  double waiting() {
    return app.app()
        .metrics()
        .get("bookline.turns.background")
        .tag("state", "waiting")
        .gauge()
        .value();
  }
}
