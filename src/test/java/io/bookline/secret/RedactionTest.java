package io.bookline.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {
  @Test
  void a_telegram_token_in_a_path_is_masked_even_when_malformed() {
    assertThat(
            Redaction.redact("POST https://api.telegram.org/bot123456:AAE-x_y/sendMessage failed"))
        .isEqualTo("POST https://api.telegram.org/bot***/sendMessage failed");
    assertThat(
            Redaction.redact(
                "Illegal character in path at index 31: http://127.0.0.1:9/tg/bot123:abc def/sendMessage"))
        .isEqualTo(
            "Illegal character in path at index 31: http://127.0.0.1:9/tg/bot***/sendMessage");
  }

  @Test
  void query_tokens_bearer_tokens_and_url_passwords_are_masked() {
    assertThat(Redaction.redact("GET /x?access_token=EAAG123&limit=5&hub.verify_token=v"))
        .isEqualTo("GET /x?access_token=***&limit=5&hub.verify_token=***");
    assertThat(Redaction.redact("Authorization: Bearer bk_abc.DEF-123"))
        .isEqualTo("Authorization: Bearer ***");
    assertThat(Redaction.redact("postgres://bookline:s3cret@db:5432/bookline"))
        .isEqualTo("postgres://bookline:***@db:5432/bookline");
    assertThat(Redaction.redact("nothing to hide here")).isEqualTo("nothing to hide here");
  }

  /** Ops review N5: the mask ends the value, not the sentence around it. */
  @Test
  void a_masked_query_value_keeps_the_punctuation_after_it() {
    assertThat(
            Redaction.redact("database=jdbc:postgresql://h/d?user=u&password=s3cr3t, poolSize=10"))
        .isEqualTo("database=jdbc:postgresql://h/d?user=u&password=***, poolSize=10");
    assertThat(Redaction.redact("at jdbc:postgresql://h/d?password=s3cr3t: Connection refused"))
        .isEqualTo("at jdbc:postgresql://h/d?password=***: Connection refused");
    assertThat(Redaction.redact("(see /x?token=a.b,c.d).")).isEqualTo("(see /x?token=***).");
    assertThat(Redaction.redact("/x?key=abc&b=1")).isEqualTo("/x?key=***&b=1");
  }

  @Test
  void a_url_password_without_a_user_is_masked() {
    assertThat(Redaction.redact("redis://:s3cr3t@127.0.0.1:6379/12"))
        .isEqualTo("redis://:***@127.0.0.1:6379/12");
  }

  @Test
  void the_data_postgres_quotes_in_its_errors_is_masked() {
    assertThat(
            Redaction.redact(
                "ERROR: unsupported Unicode escape sequence\n  Detail: \\ud83d must be followed by"
                    + " a low surrogate.\n  Where: JSON data, line 1: {\"text\": \"my card 4111 \\ud83d"))
        .endsWith("Where: JSON data, line 1: ***")
        .doesNotContain("4111");
    assertThat(
            Redaction.redact(
                "ERROR: duplicate key value violates unique constraint \"customers_key\"\n  Detail:"
                    + " Key (business_id, platform_user_id)=(1, +4917612345678) already exists."))
        .endsWith("Key (business_id, platform_user_id)=(***) already exists.");
  }

  @Test
  void known_secret_values_are_masked_but_not_short_words() {
    assertThat(
            Redaction.redact("error from wa-token-value-1: no", List.of("wa-token-value-1", "no")))
        .isEqualTo("error from ***: no");
  }

  @Test
  void control_characters_cannot_start_a_new_line() {
    assertThat(
            Redaction.escape(
                "phone 123\n2026-11-25T00:00:00 ERROR forged\r\tx\u0000\u001b[31m\u2028"))
        .isEqualTo("phone 123\\n2026-11-25T00:00:00 ERROR forged\\r\\tx\\u0000\\u001b[31m\\u2028");
    assertThat(Redaction.escape("Grüße, 😀 \\n")).isEqualTo("Grüße, 😀 \\n");
  }
}
