package io.bookline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Review finding: TELEGRAM_SECRET_TOKEN's shape was not checked at start, so a token Telegram's
 * setWebhook refuses (the owner API already says so for a channel's secretToken) started fine and
 * the bot never received an update. Now start-up stops with one line naming the setting, and the
 * secret itself is never printed.
 */
class TelegramSecretTokenSettingTest {
  static final String BOT = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

  static Map<String, String> telegram(String secretToken) {
    return Map.of("TELEGRAM_BOT_TOKEN", BOT, "TELEGRAM_SECRET_TOKEN", secretToken);
  }

  @Test
  void a_secret_token_with_a_space_and_a_bang_stops_start_up_naming_the_setting() {
    assertThatThrownBy(() -> ConfigLoader.load(telegram("my secret!")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.problems())
                  .containsExactly(
                      "TELEGRAM_SECRET_TOKEN is not a Telegram secret token (10 characters);"
                          + " expected 1 to 256 letters, digits, '_' or '-', as setWebhook takes"
                          + " it, e.g. nail-studio-7f3k");
              assertThat(e.getMessage()).doesNotContain("my secret");
            });
  }

  @Test
  void a_secret_token_longer_than_256_characters_stops_start_up() {
    assertThatThrownBy(() -> ConfigLoader.load(telegram("a".repeat(257))))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .asString()
                    .startsWith("TELEGRAM_SECRET_TOKEN is not a Telegram secret token (257"));
  }

  @Test
  void letters_digits_underscore_and_dash_up_to_256_start() {
    for (String ok : new String[] {"nail-studio_7f3k", "x", "a".repeat(256)}) {
      Config c = ConfigLoader.load(telegram(ok));
      assertThat(c.channels().telegram().orElseThrow().secrets()).containsEntry("secretToken", ok);
    }
  }
}
