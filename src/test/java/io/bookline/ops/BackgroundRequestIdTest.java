package io.bookline.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.bookline.support.FakePlatform;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Ops review: a WhatsApp message's turn runs after the webhook's 200, on a background thread, and
 * its lines (and its reply's send's) carried no id that joined them to the access-log line of the
 * request that acknowledged it. They carry that request's id now (ADR 0060): kept in the inbox row
 * and the outbox row, so a turn recovered after a restart and a send on another thread carry it.
 */
class BackgroundRequestIdTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final FakePlatform.Answer PERMANENT =
      new FakePlatform.Answer(
          400, "{\"error\":{\"message\":\"Re-engagement message\",\"code\":131047}}", null);

  final MutableClock clock = TestApp.mondayMorning();
  final FakePlatform platform = new FakePlatform();
  final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
  final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  TestApp app;

  @BeforeEach
  void start() {
    lines.start();
    root.addAppender(lines);
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    app = TestApp.start(clock, env);
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
    root.detachAppender(lines);
  }

  List<ILoggingEvent> events() {
    synchronized (lines.list) {
      return List.copyOf(lines.list);
    }
  }

  List<ILoggingEvent> saying(String text) {
    return events().stream().filter(e -> e.getFormattedMessage().contains(text)).toList();
  }

  static String field(ILoggingEvent e, String name) {
    return e.getMDCPropertyMap().get(name);
  }

  TestApp.Response whatsapp(TestApp to, String messageId, String requestId) {
    byte[] body = WhatsApp.text(messageId, "4917", "hi", clock.instant().getEpochSecond());
    Map<String, String> headers = new HashMap<>(WhatsApp.signed(body));
    headers.put(AccessLog.HEADER, requestId);
    return to.postRaw("/webhooks/whatsapp", body, headers);
  }

  /** The one "message handled" line of the turn that acknowledged request {@code requestId}. */
  ILoggingEvent handled(String requestId) {
    await().atMost(WAIT).until(() -> !handledLines(requestId).isEmpty());
    return handledLines(requestId).getFirst();
  }

  List<ILoggingEvent> handledLines(String requestId) {
    return saying("message handled").stream()
        .filter(e -> requestId.equals(field(e, RequestId.MDC_KEY)))
        .toList();
  }

  @Test
  void the_ack_the_background_turn_and_the_reply_s_send_carry_one_request_id() {
    platform.then(PERMANENT);
    assertThat(whatsapp(app, "wamid.joined.1", "wa-ack-1").status()).isEqualTo(200);
    await().atMost(WAIT).until(() -> !saying("dead-lettered").isEmpty());

    ILoggingEvent ack =
        saying("POST /webhooks/whatsapp 200").stream()
            .filter(e -> e.getLoggerName().equals(AccessLog.LOGGER))
            .findFirst()
            .orElseThrow();
    assertThat(field(ack, RequestId.MDC_KEY)).isEqualTo("wa-ack-1");
    ILoggingEvent turn = handled("wa-ack-1");
    String inboxId = field(turn, "inboxId");
    assertThat(inboxId).matches("\\d+");
    assertThat(turn.getThreadName()).isNotEqualTo(ack.getThreadName());
    assertThat(events().stream().filter(e -> inboxId.equals(field(e, "inboxId"))))
        .as("every line of the turn")
        .isNotEmpty()
        .allSatisfy(e -> assertThat(field(e, RequestId.MDC_KEY)).isEqualTo("wa-ack-1"));
    ILoggingEvent send = saying("dead-lettered").getFirst();
    assertThat(send.getLevel().toString()).isEqualTo("WARN");
    assertThat(field(send, RequestId.MDC_KEY)).isEqualTo("wa-ack-1");
    assertThat(field(send, "conversationId")).isEqualTo(field(turn, "conversationId"));
  }

  /**
   * Ops review: the owner's list of dead letters named the reply and its error but not the request
   * that queued it, so no one could find the turn's lines. Each dead letter now shows the id its
   * row kept (ADR 0060), the one its WARN line and the acknowledging request's access line carry.
   */
  @Test
  void a_dead_letter_listed_to_the_owner_shows_the_request_id_its_log_lines_carry() {
    platform.then(PERMANENT);
    assertThat(whatsapp(app, "wamid.joined.4", "wa-ack-4").status()).isEqualTo(200);
    await().atMost(WAIT).until(() -> !saying("dead-lettered").isEmpty());

    TestApp.Response dead = app.as(TestApp.ADMIN_KEY, "demo").get("/api/outbox/dead");

    assertThat(dead.status()).as(dead.body()).isEqualTo(200);
    assertThat(dead.json().get("dead")).hasSize(1);
    assertThat(dead.json().get("dead").get(0).path("requestId").asText(null)).isEqualTo("wa-ack-4");
    assertThat(saying("dead-lettered"))
        .allSatisfy(e -> assertThat(field(e, RequestId.MDC_KEY)).isEqualTo("wa-ack-4"));
  }

  @Test
  void an_owner_s_message_queued_for_a_claim_is_sent_under_the_owner_request_s_id() {
    assertThat(whatsapp(app, "wamid.joined.2", "wa-ack-2").status()).isEqualTo(200);
    String conversation = field(handled("wa-ack-2"), "conversationId");
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() == 1);
    platform.then(PERMANENT);

    TestApp.Response reply =
        app.request(
            "POST",
            "/api/conversations/" + conversation + "/reply",
            "{\"text\":\"Your nails are ready\"}".getBytes(),
            Map.of(
                "Authorization",
                "Bearer " + TestApp.ADMIN_KEY,
                "X-Bookline-Business",
                "demo",
                "Content-Type",
                "application/json",
                AccessLog.HEADER,
                "owner-7"));
    assertThat(reply.status()).as(reply.body()).isBetween(200, 299);
    await().atMost(WAIT).until(() -> !saying("dead-lettered").isEmpty());

    ILoggingEvent send = saying("dead-lettered").getFirst();
    assertThat(field(send, RequestId.MDC_KEY)).isEqualTo("owner-7");
    assertThat(field(send, "conversationId")).isEqualTo(conversation);
  }

  @Test
  void a_turn_recovered_by_another_instance_carries_the_id_of_the_request_that_acknowledged_it() {
    assertThat(whatsapp(app, "wamid.joined.3", "wa-ack-3").status()).isEqualTo(200);
    String inboxId = field(handled("wa-ack-3"), "inboxId");
    // As an instance that died between the acknowledgement and the turn's commit leaves it.
    app.app()
        .database()
        .dsl()
        .execute(
            "UPDATE inbox SET status = 'received', result = NULL, processed_at = NULL WHERE id = ?",
            Long.parseLong(inboxId));
    synchronized (lines.list) {
      lines.list.clear();
    }

    app.secondInstance(); // its start-up recovery runs the row's turn

    List<ILoggingEvent> turn =
        events().stream().filter(e -> inboxId.equals(field(e, "inboxId"))).toList();
    assertThat(turn)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anyMatch(m -> m.startsWith("message handled"));
    assertThat(turn).allSatisfy(e -> assertThat(field(e, RequestId.MDC_KEY)).isEqualTo("wa-ack-3"));
  }
}
