package io.bookline.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
  static final byte[] OLD = "old-secret-key-0123456789abcdef-0123".getBytes(StandardCharsets.UTF_8);
  static final byte[] NEW = "new-secret-key-0123456789abcdef-0123".getBytes(StandardCharsets.UTF_8);
  static final String WHERE = "channel_accounts/whatsapp/10634295353625";

  @Test
  void a_sealed_value_opens_only_where_it_was_sealed_and_hides_its_text() {
    SecretBox box = SecretBox.of(NEW, List.of());
    String sealed = box.seal(WHERE, "{\"appSecret\":\"wa-app-secret\"}");
    assertThat(sealed).startsWith("v1." + box.currentKeyId() + ".").doesNotContain("wa-app");
    assertThat(SecretBox.isSealed(sealed)).isTrue();
    assertThat(box.open(WHERE, sealed)).isEqualTo("{\"appSecret\":\"wa-app-secret\"}");
    assertThat(box.seal(WHERE, "same"))
        .as("a fresh nonce each time")
        .isNotEqualTo(box.seal(WHERE, "same"));
    assertThatThrownBy(() -> box.open("channel_accounts/whatsapp/other", sealed))
        .isInstanceOf(SecretException.class)
        .hasMessageContaining("changed or moved");
  }

  @Test
  void a_changed_byte_does_not_open() {
    SecretBox box = SecretBox.of(NEW, List.of());
    String sealed = box.seal(WHERE, "token-value");
    char last = sealed.charAt(sealed.length() - 1);
    String tampered = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThatThrownBy(() -> box.open(WHERE, tampered)).isInstanceOf(SecretException.class);
  }

  @Test
  void during_a_rotation_the_previous_key_opens_and_only_the_new_one_seals() {
    SecretBox before = SecretBox.of(OLD, List.of());
    String old = before.seal(WHERE, "token-value");
    SecretBox rotating = SecretBox.of(NEW, List.of(OLD));
    assertThat(rotating.open(WHERE, old)).isEqualTo("token-value");
    assertThat(rotating.isCurrent(old)).isFalse();
    assertThat(rotating.isCurrent(rotating.seal(WHERE, "x"))).isTrue();
    assertThat(rotating.keyIds()).containsExactly(rotating.currentKeyId(), before.currentKeyId());

    SecretBox after = SecretBox.of(NEW, List.of());
    assertThatThrownBy(() -> after.open(WHERE, old))
        .isInstanceOf(SecretException.class)
        .hasMessageContaining("sealed under key " + before.currentKeyId())
        .hasMessageNotContaining("old-secret");
  }
}
