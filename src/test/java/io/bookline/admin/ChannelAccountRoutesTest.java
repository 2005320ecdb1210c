package io.bookline.admin;

import static io.bookline.db.Schema.Conversations;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.db.Schema;
import io.bookline.support.TestApp;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jooq.JSONB;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A business's channel accounts through the owner API. A Telegram bot is found by the business slug
 * in its webhook path, so a business's Telegram account can only have its own slug as its id:
 * another business's slug (public, it is in every chat link) or one nobody has yet is refused, and
 * an account written under someone else's slug before that rule answers nobody and goes to the
 * slug's business when its owner connects a bot. Ids with spaces are refused; an account can be
 * removed; each shows the webhook path to give the platform.
 */
class ChannelAccountRoutesTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static String keyA;
  static String keyB;

  @BeforeAll
  static void two_businesses() {
    keyA = create("tg-a");
    keyB = create("tg-b");
    // Written before the rule (and before anything looked the slug up): B holds an account keyed
    // by A's slug.
    app.app()
        .database()
        .dsl()
        .insertInto(Schema.ChannelAccounts.T)
        .set(Schema.ChannelAccounts.BUSINESS_ID, businessId("tg-b"))
        .set(Schema.ChannelAccounts.PLATFORM, "telegram")
        .set(Schema.ChannelAccounts.EXTERNAL_ID, "tg-a")
        .set(
            Schema.ChannelAccounts.SECRETS,
            JSONB.valueOf("{\"botToken\":\"squat\",\"secretToken\":\"squat-secret\"}"))
        .execute();
  }

  @Test
  void a_business_connects_a_bot_under_its_own_slug_only() {
    var own = app.as(keyB).put("/api/channels/telegram/tg-b", bot(token("b"), "b-secret"));
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().get("externalId").asText()).isEqualTo("tg-b");

    for (String slug : new String[] {"demo", "tg-not-yet-created", "tg-a"}) {
      var other = app.as(keyB).put("/api/channels/telegram/" + slug, bot(token("b"), "b-secret"));
      assertThat(other.status()).as(other.body()).isEqualTo(400);
      assertThat(other.json().get("fields").get("externalId").asText())
          .contains("business's slug 'tg-b'", "'" + slug + "'");
      assertThat(accountsOf("tg-b")).doesNotContain("demo", "tg-not-yet-created");
    }
  }

  @Test
  void an_account_held_under_another_business_s_slug_answers_nobody_and_goes_back_to_its_owner() {
    long b = businessId("tg-b");
    var update = telegramUpdate("tg-a", "squat-secret");
    assertThat(update.status()).as(update.body()).isEqualTo(401);
    assertThat(conversationsOf(b)).isZero();

    var taken =
        app.as(keyA).put("/api/channels/telegram/tg-a", "{\"botToken\":\"" + token("a") + "\"}");
    assertThat(taken.status()).as(taken.body()).isEqualTo(200);
    assertThat(taken.json().get("businessId").asLong()).isEqualTo(businessId("tg-a"));
    // The owner set only the bot token: the former holder's secret token did not come along.
    assertThat(taken.json().get("secretsSet").toString()).isEqualTo("[\"botToken\"]");
    assertThat(telegramUpdate("tg-a", "squat-secret").status()).isEqualTo(401);
  }

  @Test
  void an_account_shows_its_webhook_path_and_can_be_removed_by_its_business_only() {
    var a = app.as(keyA);
    assertThat(a.put("/api/channels/whatsapp/5550001", "{\"appSecret\":\"wa-a\"}").status())
        .isEqualTo(200);
    assertThat(a.get("/api/channels").json().get("channels").findValuesAsText("webhookPath"))
        .contains("/webhooks/whatsapp");
    var b = app.as(keyB);
    assertThat(b.put("/api/channels/telegram/tg-b", bot(token("b"), "b-secret")).status())
        .isEqualTo(200);
    assertThat(b.get("/api/channels").json().get("channels").findValuesAsText("webhookPath"))
        .contains("/webhooks/telegram/tg-b");

    var other = app.as(keyB).delete("/api/channels/whatsapp/5550001");
    assertThat(other.status()).as(other.body()).isEqualTo(404);
    assertThat(other.json().get("message").asText()).contains("no whatsapp account '5550001'");
    assertThat(a.get("/api/channels").body()).contains("5550001");

    var removed = a.delete("/api/channels/whatsapp/5550001");
    assertThat(removed.status()).as(removed.body()).isEqualTo(204);
    assertThat(a.get("/api/channels").body()).doesNotContain("5550001");
    assertThat(a.delete("/api/channels/whatsapp/5550001").status()).isEqualTo(404);
    assertThat(a.delete("/api/channels/fax/1").status()).isEqualTo(400);
  }

  @Test
  void an_account_id_with_a_space_or_a_line_break_is_refused() {
    for (String id : new String[] {"111222333%20", "%20111222333", "111%0A222", "x".repeat(65)}) {
      var refused = app.as(keyA).put("/api/channels/whatsapp/" + id, "{\"appSecret\":\"s\"}");
      assertThat(refused.status()).as(id + ": " + refused.body()).isEqualTo(400);
      // An id too long is told by its length (ADR 0114), a wrong character by the characters.
      assertThat(refused.json().get("fields").get("externalId").asText())
          .contains(
              id.length() > 64
                  ? "a whatsapp account id has at most 64"
                  : "is not a whatsapp account id");
    }
    assertThat(app.as(keyA).get("/api/channels").body()).doesNotContain("111222333");
  }

  static String create(String slug) {
    return IsolationMatrixTest.create(app, slug);
  }

  /** A bot token shaped as BotFather gives one, told apart by its last character. */
  static String token(String last) {
    return "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" + last;
  }

  static String bot(String token, String secret) {
    return "{\"botToken\":\"" + token + "\",\"secretToken\":\"" + secret + "\"}";
  }

  static TestApp.Response telegramUpdate(String slug, String secret) {
    String update =
        "{\"update_id\":1001,\"message\":{\"message_id\":5,\"date\":"
            + app.clock().instant().getEpochSecond()
            + ",\"chat\":{\"id\":4242,\"type\":\"private\"},\"from\":{\"id\":4242,"
            + "\"first_name\":\"Tele\"},\"text\":\"hi\"}}";
    return app.postRaw(
        "/webhooks/telegram/" + slug,
        update.getBytes(StandardCharsets.UTF_8),
        Map.of("X-Telegram-Bot-Api-Secret-Token", secret, "Content-Type", "application/json"));
  }

  static long businessId(String slug) {
    return app.app()
        .database()
        .dsl()
        .select(Schema.Businesses.ID)
        .from(Schema.Businesses.T)
        .where(Schema.Businesses.SLUG.eq(slug))
        .fetchSingle(Schema.Businesses.ID);
  }

  /** The external ids of a business's Telegram accounts, oldest first. */
  static java.util.List<String> accountsOf(String slug) {
    return app.app()
        .database()
        .dsl()
        .select(Schema.ChannelAccounts.EXTERNAL_ID)
        .from(Schema.ChannelAccounts.T)
        .where(Schema.ChannelAccounts.BUSINESS_ID.eq(businessId(slug)))
        .and(Schema.ChannelAccounts.PLATFORM.eq("telegram"))
        .orderBy(Schema.ChannelAccounts.ID)
        .fetch(Schema.ChannelAccounts.EXTERNAL_ID);
  }

  static int conversationsOf(long business) {
    return app.app()
        .database()
        .dsl()
        .fetchCount(Conversations.T, Conversations.BUSINESS_ID.eq(business));
  }
}
