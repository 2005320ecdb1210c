package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What an owner sends when connecting a channel is read field by field: a secret that is not a
 * string, a misspelt field or another platform's secret is a 400 naming it (it was stored as "5",
 * or silently dropped, and the owner was told "connected"); a token pasted with its line break
 * still matches what the platform sends; the answer names the secrets still missing.
 */
class ChannelAccountBodyTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static String key;

  @BeforeAll
  static void a_business() {
    key = IsolationMatrixTest.create(app, "ch-body");
  }

  @Test
  void a_secret_that_is_not_a_string_is_refused_and_nothing_is_stored() {
    var refused =
        app.as(key).put("/api/channels/whatsapp/5550005", "{\"accessToken\":5,\"appSecret\":{}}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("fields").get("accessToken").asText())
        .isEqualTo("must be a string");
    assertThat(refused.json().get("fields").get("appSecret").asText())
        .isEqualTo("must be a string");
    assertThat(app.as(key).get("/api/channels").body()).doesNotContain("5550005");
  }

  @Test
  void
      a_misspelt_field_or_another_platform_s_secret_is_named_with_the_fields_this_platform_takes() {
    var typo = app.as(key).put("/api/channels/whatsapp/5551234", "{\"acessToken\":\"EAAG\"}");
    assertThat(typo.status()).as(typo.body()).isEqualTo(400);
    assertThat(typo.json().get("fields").get("acessToken").asText())
        .isEqualTo(
            "is not a field here; expected one of [accessToken, appSecret, business, verifyToken]");

    var other = app.as(key).put("/api/channels/telegram/ch-body", "{\"accessToken\":\"EAAG\"}");
    assertThat(other.status()).as(other.body()).isEqualTo(400);
    assertThat(other.json().get("fields").get("accessToken").asText())
        .contains("expected one of [botToken, business, secretToken]");
    assertThat(app.as(key).get("/api/channels").body()).doesNotContain("5551234");
  }

  @Test
  void a_secret_pasted_with_its_line_break_still_matches_the_platform_s() {
    var connected =
        app.as(key)
            .put(
                "/api/channels/telegram/ch-body",
                "{\"botToken\":\"" + BOT_TOKEN + "\\n\",\"secretToken\":\" tg-secret-1\\n\"}");
    assertThat(connected.status()).as(connected.body()).isEqualTo(200);

    var update = telegramUpdate("ch-body", "tg-secret-1");
    assertThat(update.status()).as(update.body()).isEqualTo(200);
  }

  @Test
  void the_answer_names_the_secrets_still_missing() {
    var half = app.as(key).put("/api/channels/whatsapp/5559876", "{\"accessToken\":\"EAAG\"}");
    assertThat(half.status()).as(half.body()).isEqualTo(200);
    assertThat(half.json().get("secretsMissing").toString())
        .isEqualTo("[\"appSecret\",\"verifyToken\"]");

    var whole =
        app.as(key)
            .put("/api/channels/whatsapp/5559876", "{\"appSecret\":\"s\",\"verifyToken\":\"v\"}");
    assertThat(whole.json().get("secretsMissing").toString()).isEqualTo("[]");
    assertThat(whole.json().get("secretsSet").toString())
        .isEqualTo("[\"accessToken\",\"appSecret\",\"verifyToken\"]");
  }

  @Test
  void a_secret_token_telegram_would_refuse_is_refused_naming_the_field() {
    String expected =
        "must be 1 to 256 letters, digits, '_' or '-' (Telegram's rule for a webhook's secret"
            + " token): a word you make up, such as nail-studio-7f3k";
    for (String wrong : new String[] {"my secret!", "geheim€", "x".repeat(257)}) {
      var refused =
          app.as(key)
              .put(
                  "/api/channels/telegram/ch-body",
                  "{\"botToken\":\"" + BOT_TOKEN + "\",\"secretToken\":\"" + wrong + "\"}");
      assertThat(refused.status()).as(wrong + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().get("fields").toString())
          .as(wrong)
          .isEqualTo("{\"secretToken\":\"" + expected + "\"}");
    }
    var right =
        app.as(key)
            .put(
                "/api/channels/telegram/ch-body",
                "{\"botToken\":\"" + BOT_TOKEN + "\",\"secretToken\":\"nail-studio_7f3k\"}");
    assertThat(right.status()).as(right.body()).isEqualTo(200);
  }

  /** A token shaped as BotFather gives one: the bot's id, a colon, 35 characters. */
  static final String BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

  @Test
  void a_bot_token_not_shaped_as_botfather_gives_it_is_refused_naming_the_field() {
    String expected =
        "is not a Telegram bot token: expected the bot's id in digits, a colon and 35 letters,"
            + " digits, '_' or '-', as BotFather gives it (123456789:AAH…)";
    for (String wrong :
        new String[] {
          "123:abc",
          "@my_nail_bot",
          "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
          "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
          "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw12",
          "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDs w1",
          "bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
          ""
        }) {
      var refused =
          app.as(key)
              .put(
                  "/api/channels/telegram/ch-body",
                  "{\"botToken\":\"" + wrong + "\",\"secretToken\":\"s\"}");
      assertThat(refused.status()).as(wrong + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().get("fields").toString())
          .as(wrong)
          .isEqualTo("{\"botToken\":\"" + expected + "\"}");
      if (!wrong.isEmpty()) {
        assertThat(refused.body()).as("the token is not repeated").doesNotContain(wrong);
      }
    }

    var right =
        app.as(key)
            .put(
                "/api/channels/telegram/ch-body",
                "{\"botToken\":\"123456789:AA-_dqTcvCH1vGWJxfSeofSAs0K5PALDsaw\"}");
    assertThat(right.status()).as(right.body()).isEqualTo(200);
    // Another business's key cannot connect this business's bot, shaped right or not.
    var other = app.as(IsolationMatrixTest.create(app, "ch-body-b"));
    assertThat(
            other
                .put("/api/channels/telegram/ch-body", "{\"botToken\":\"" + BOT_TOKEN + "\"}")
                .status())
        .isEqualTo(400);
  }

  static TestApp.Response telegramUpdate(String slug, String secret) {
    String update =
        "{\"update_id\":2001,\"message\":{\"message_id\":7,\"date\":"
            + app.clock().instant().getEpochSecond()
            + ",\"chat\":{\"id\":4343,\"type\":\"private\"},\"from\":{\"id\":4343,"
            + "\"first_name\":\"Tele\"},\"text\":\"hi\"}}";
    return app.postRaw(
        "/webhooks/telegram/" + slug,
        update.getBytes(StandardCharsets.UTF_8),
        Map.of("X-Telegram-Bot-Api-Secret-Token", secret, "Content-Type", "application/json"));
  }
}
