package io.bookline.ingress;

import static io.bookline.db.Schema.Inbox;
import static io.bookline.db.Schema.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.channel.web.WebChannel;
import io.bookline.config.IngressConfig;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nobody fills the disk through the web chat (issue 14 finding 6, ADR 0021): bodies over 8 KB are
 * refused with a JSON 413 before anything is stored, only the fields the chat reads are stored, and
 * raw payloads and finished inbox rows go after {@code PAYLOAD_RETENTION}.
 */
class WebBodyAndRetentionTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final MutableClock clock = app.clock();

  DSLContext db() {
    return app.app().database().dsl();
  }

  @Test
  void a_web_body_over_8_kb_is_a_json_413_and_nothing_is_stored() {
    String padded = "{\"text\":\"hi\",\"pad\":\"" + "x".repeat(9_000) + "\"}";
    var declared = app.post("/webhooks/web/demo", padded);
    assertThat(declared.status()).isEqualTo(413);
    assertThat(declared.json().get("error").asText()).isEqualTo("payload_too_large");
    assertThat(declared.json().get("message").asText())
        .isEqualTo("the body has " + padded.length() + " bytes; this webhook takes at most 8192");
    // A whole message of the longest text still fits.
    String longest = "{\"text\":\"" + "a".repeat(WebChannel.MAX_TEXT) + "\"}";
    assertThat(app.post("/webhooks/web/demo", longest).status()).isEqualTo(200);
    assertThat(db().fetchCount(Inbox.T)).isEqualTo(1);
    // Platforms keep Meta's limit: 9 KB to a platform webhook is not refused for its size.
    var platform =
        app.postRaw(
            "/webhooks/whatsapp",
            padded.getBytes(StandardCharsets.UTF_8),
            Map.of("X-Hub-Signature-256", "sha256=00"));
    assertThat(platform.status()).isNotEqualTo(413);
  }

  @Test
  void only_the_fields_the_chat_reads_are_stored_never_the_token_or_padding() {
    String token =
        app.post("/webhooks/web/demo", "{\"text\":\"hi\"}").json().get("visitor").asText();
    String body =
        "{\"text\":\"prices?\",\"messageId\":\"m-7\",\"visitor\":\""
            + token
            + "\",\"extra\":\""
            + "y".repeat(6_000)
            + "\",\"more\":{\"a\":[1,2,3]}}";
    var r = app.post("/webhooks/web/demo", body);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    String rawBody =
        new String(
            db().select(Inbox.RAW_BODY)
                .from(Inbox.T)
                .where(Inbox.PLATFORM_MESSAGE_ID.like("%/m-7"))
                .fetchOne(Inbox.RAW_BODY),
            StandardCharsets.UTF_8);
    assertThat(rawBody).isEqualTo("{\"text\":\"prices?\",\"messageId\":\"m-7\"}");
    String rawMessage =
        db().select(Messages.RAW_MESSAGE)
            .from(Messages.T)
            .where(Messages.PLATFORM_MESSAGE_ID.like("%/m-7"))
            .fetchOne(Messages.RAW_MESSAGE)
            .data();
    assertThat(rawMessage).doesNotContain("yyy", token, "extra", "more");
    Integer stored =
        db().fetchOne(
                "select pg_column_size(raw_body) from inbox where platform_message_id like '%/m-7'")
            .get(0, Integer.class);
    assertThat(stored).isLessThan(100);
  }

  /** Sets messages.created_at (Postgres's now()) of rows after {@code afterId} to the app clock. */
  void datedByTheClock(long afterId) {
    db().update(Messages.T)
        .set(Messages.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
        .where(Messages.ID.gt(afterId))
        .execute();
  }

  long lastMessageId() {
    Long id = db().select(DSL.max(Messages.ID)).from(Messages.T).fetchOne().value1();
    return id == null ? 0 : id;
  }

  @Test
  void raw_payloads_and_finished_inbox_rows_go_after_the_retention_on_a_moved_clock() {
    assertThat(IngressConfig.defaults().payloadRetention()).isEqualTo(Duration.ofDays(90));
    app.say("old", "prices?");
    app.say("old", "hours?");
    datedByTheClock(0);
    // One old row still waiting for its turn (its next attempt far ahead): never touched.
    long waiting = db().select(DSL.min(Inbox.ID)).from(Inbox.T).fetchOne().value1();
    db().update(Inbox.T)
        .set(Inbox.STATUS, "received")
        .set(
            Inbox.NEXT_ATTEMPT_AT,
            clock.instant().plus(Duration.ofDays(1000)).atOffset(ZoneOffset.UTC))
        .where(Inbox.ID.eq(waiting))
        .execute();

    Retention retention = new Retention(db(), clock, Duration.ofDays(90));
    clock.advance(Duration.ofDays(89));
    long before = lastMessageId();
    app.say("recent", "prices?");
    datedByTheClock(before);
    assertThat(retention.runOnce()).isEqualTo(new Retention.Removed(0, 0));

    clock.advance(Duration.ofDays(2)); // the first messages are 91 days old, the recent one 2
    assertThat(retention.runOnce()).isEqualTo(new Retention.Removed(2, 1));
    assertThat(
            db().select(Inbox.ID, Inbox.STATUS)
                .from(Inbox.T)
                .where(Inbox.CONVERSATION_KEY.like("%:old"))
                .fetch())
        .hasSize(1)
        .allSatisfy(r -> assertThat(r.get(Inbox.ID)).isEqualTo(waiting));
    assertThat(db().fetchCount(Inbox.T, Inbox.CONVERSATION_KEY.like("%:recent"))).isEqualTo(1);
    // The conversation itself stays: its texts, and the recent message's raw payload.
    assertThat(db().fetchCount(Messages.T, Messages.CONTENT_TEXT.eq("hours?"))).isEqualTo(1);
    assertThat(db().fetchCount(Messages.T, Messages.RAW_MESSAGE.isNotNull())).isEqualTo(1);
    assertThat(retention.runOnce()).isEqualTo(new Retention.Removed(0, 0));
  }
}
