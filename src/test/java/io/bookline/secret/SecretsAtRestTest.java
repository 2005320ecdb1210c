package io.bookline.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.bookline.channel.Signatures;
import io.bookline.db.Schema;
import io.bookline.support.FakePlatform;
import io.bookline.support.LogCapture;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 8 of issue 14 (ADR 0029) against real Postgres: channel secrets are sealed in the {@code
 * secrets} column (read raw here), the app still verifies and sends with them, a key rotation
 * re-seals every row at start-up, and a malformed Telegram token stays out of {@code last_error},
 * the admin API and the log.
 */
class SecretsAtRestTest {
  static final String KEY_1 = "first-secret-key-0123456789abcdef-0123456789";
  static final String KEY_2 = "second-secret-key-0123456789abcdef-012345678";
  static final String KEY_3 = "third-secret-key-0123456789abcdef-0123456789";
  static final String PHONE = "4915550001";

  /** Blank is unset: TestApp sets a key for every app unless the test says otherwise. */
  static final String[] NO_KEY = {"BOOKLINE_SECRET_KEY", ""};

  static final String APP_SECRET = "own-app-secret-value-77";
  static final String ACCESS_TOKEN = "EAAG-own-access-token-88";

  final MutableClock clock = TestApp.mondayMorning();
  final FakePlatform platform = new FakePlatform();
  final String database = TestPostgres.freshDatabase();
  @TempDir Path dataDir;
  TestApp app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
    platform.close();
  }

  void start(String... settings) {
    if (app != null) {
      app.close();
    }
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", database);
    env.put("BOOKLINE_DATA_DIR", dataDir.toString());
    for (int i = 0; i < settings.length; i += 2) {
      env.put(settings[i], settings[i + 1]);
    }
    app = TestApp.start(clock, env);
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  Map<String, String> rawSecrets() {
    Map<String, String> raw = new HashMap<>();
    db().select(Schema.ChannelAccounts.EXTERNAL_ID, Schema.ChannelAccounts.SECRETS)
        .from(Schema.ChannelAccounts.T)
        .fetch()
        .forEach(r -> raw.put(r.value1(), r.value2().data()));
    return raw;
  }

  /** A signed message to the owner's own number: 200 only if the app could open its secret. */
  int messageToOwnNumber(String id) {
    byte[] body =
        WhatsApp.envelope(
            PHONE,
            "{\"from\":\"4917\",\"id\":\""
                + id
                + "\",\"timestamp\":\""
                + clock.instant().getEpochSecond()
                + "\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}");
    return app.postRaw(
            "/webhooks/whatsapp",
            body,
            Map.of("X-Hub-Signature-256", Signatures.hubSignature(body, APP_SECRET)))
        .status();
  }

  void ownNumber() {
    var put =
        app.putAdmin(
            "/api/channels/whatsapp/" + PHONE,
            "{\"appSecret\":\"" + APP_SECRET + "\",\"accessToken\":\"" + ACCESS_TOKEN + "\"}");
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  @Test
  void secrets_are_sealed_in_the_column_and_still_verify_and_send() {
    start("BOOKLINE_SECRET_KEY", KEY_1);
    ownNumber();
    Map<String, String> raw = rawSecrets();
    assertThat(raw).containsOnlyKeys(PHONE, WhatsApp.PHONE);
    raw.values()
        .forEach(
            column ->
                assertThat(column)
                    .startsWith("{\"$sealed\": \"v1.")
                    .doesNotContain(APP_SECRET, ACCESS_TOKEN, WhatsApp.SECRET, "wa-token"));
    assertThat(messageToOwnNumber("wamid.sealed")).isEqualTo(200);
    await().atMost(Duration.ofSeconds(30)).until(() -> !platform.calls("whatsapp").isEmpty());
    assertThat(platform.calls("whatsapp").getFirst().path())
        .isEqualTo("/wa/" + PHONE + "/messages");
    // A sealed value copied onto another account does not open there: it verifies nothing.
    db().update(Schema.ChannelAccounts.T)
        .set(Schema.ChannelAccounts.SECRETS, JSONB.valueOf(raw.get(WhatsApp.PHONE)))
        .where(Schema.ChannelAccounts.EXTERNAL_ID.eq(PHONE))
        .execute();
    start("BOOKLINE_SECRET_KEY", KEY_1);
    assertThat(messageToOwnNumber("wamid.moved")).isEqualTo(401);
  }

  @Test
  void a_rotation_reseals_plain_and_old_rows_at_start_up_and_a_lost_key_opens_nothing() {
    start("BOOKLINE_SECRET_KEY", KEY_1);
    ownNumber();
    String underKey1 = rawSecrets().get(PHONE);
    // A row from before secrets were sealed.
    db().insertInto(Schema.ChannelAccounts.T)
        .set(Schema.ChannelAccounts.BUSINESS_ID, 1L)
        .set(Schema.ChannelAccounts.PLATFORM, "messenger")
        .set(Schema.ChannelAccounts.EXTERNAL_ID, "page-1")
        .set(
            Schema.ChannelAccounts.SECRETS,
            JSONB.valueOf(
                "{\"appSecret\":\"plain-old-secret\",\"accessToken\":\"plain-old-token\"}"))
        .execute();

    start("BOOKLINE_SECRET_KEY", KEY_2, "BOOKLINE_SECRET_KEY_PREVIOUS", KEY_1);
    String key2 = SecretBox.of(KEY_2.getBytes(StandardCharsets.UTF_8), List.of()).currentKeyId();
    Map<String, String> raw = rawSecrets();
    assertThat(raw.values()).allSatisfy(c -> assertThat(c).contains("\"v1." + key2 + "."));
    assertThat(raw.get(PHONE)).isNotEqualTo(underKey1);
    assertThat(raw.get("page-1")).doesNotContain("plain-old");
    assertThat(messageToOwnNumber("wamid.rotating")).isEqualTo(200);

    start("BOOKLINE_SECRET_KEY", KEY_2);
    assertThat(messageToOwnNumber("wamid.rotated")).isEqualTo(200);

    try (LogCapture log = new LogCapture()) {
      start("BOOKLINE_SECRET_KEY", KEY_3);
      assertThat(messageToOwnNumber("wamid.lost")).isEqualTo(401);
      assertThat(log.mentioning("cannot be opened")).isNotEmpty();
      assertThat(log.events())
          .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(KEY_2, KEY_3));
    }
  }

  @Test
  void without_a_configured_key_one_is_kept_in_the_data_directory_for_the_owner_alone()
      throws Exception {
    start(NO_KEY);
    ownNumber();
    Path file = dataDir.resolve(SecretKeys.FILE);
    assertThat(file).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(rawSecrets().get(PHONE)).doesNotContain(APP_SECRET);
    start(NO_KEY);
    assertThat(messageToOwnNumber("wamid.kept")).isEqualTo(200);
    // Setting a key later re-seals under it; the kept key still opens the old rows meanwhile.
    start("BOOKLINE_SECRET_KEY", KEY_1);
    assertThat(messageToOwnNumber("wamid.later")).isEqualTo(200);
    String key1 = SecretBox.of(KEY_1.getBytes(StandardCharsets.UTF_8), List.of()).currentKeyId();
    assertThat(rawSecrets().get(PHONE)).contains("\"v1." + key1 + ".");
  }

  @Test
  void without_a_configured_key_a_start_elsewhere_refuses_instead_of_cutting_off_every_channel(
      @TempDir Path elsewhere) {
    start(NO_KEY);
    ownNumber();
    app.close();
    app = null;
    // Another working directory, or a new container without its volume: another kept key.
    assertThatThrownBy(() -> start(NO_KEY[0], "", "BOOKLINE_DATA_DIR", elsewhere.toString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BOOKLINE_SECRET_KEY is not set")
        .hasMessageContaining(elsewhere.resolve(SecretKeys.FILE).toString())
        .hasMessageContaining("1 channel account")
        .hasMessageContaining("BOOKLINE_DATA_DIR");
    // From where its key is, it starts and the owner's channel still works.
    start(NO_KEY);
    assertThat(messageToOwnNumber("wamid.home")).isEqualTo(200);
  }

  @Test
  void accounts_from_the_environment_alone_are_sealed_again_elsewhere_and_start_up_goes_on(
      @TempDir Path elsewhere) {
    start(NO_KEY);
    start(NO_KEY[0], "", "BOOKLINE_DATA_DIR", elsewhere.toString());
    String kept = SecretKeys.keptKeyId(elsewhere).orElseThrow();
    assertThat(rawSecrets().get(WhatsApp.PHONE)).contains("\"v1." + kept + ".");
  }

  @Test
  void a_malformed_telegram_token_stays_out_of_last_error_the_api_and_the_log() {
    try (LogCapture log = new LogCapture()) {
      start(
          "TELEGRAM_BOT_TOKEN", "777:leaky token",
          "TELEGRAM_SECRET_TOKEN", "tg-secret",
          "TELEGRAM_API_BASE_URL", platform.base("tg"));
      String update =
          "{\"update_id\":1,\"message\":{\"message_id\":1,\"from\":{\"id\":42},\"chat\":{\"id\":42,"
              + "\"type\":\"private\"},\"date\":"
              + clock.instant().getEpochSecond()
              + ",\"text\":\"hi\"}}";
      var ack =
          app.postRaw(
              "/webhooks/telegram/demo",
              update.getBytes(StandardCharsets.UTF_8),
              Map.of("X-Telegram-Bot-Api-Secret-Token", "tg-secret"));
      assertThat(ack.status()).isEqualTo(200);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> db().fetchCount(Schema.Outbox.T, Schema.Outbox.STATUS.eq("dead")) == 1);
      String lastError =
          db().select(Schema.Outbox.LAST_ERROR).from(Schema.Outbox.T).fetchSingle().value1();
      assertThat(lastError).contains("/bot***/").doesNotContain("leaky", "777:");
      var dead = app.getAdmin("/api/outbox/dead");
      assertThat(dead.body()).contains("bot***").doesNotContain("leaky");
      assertThat(log.events())
          .allSatisfy(
              e -> {
                assertThat(e.getFormattedMessage()).doesNotContain("leaky");
                if (e.getThrowableProxy() != null) {
                  assertThat(e.getThrowableProxy().getMessage()).doesNotContain("leaky");
                }
              });
      assertThat(log.mentioning("dead-lettered")).isNotEmpty();
    }
  }
}
