package io.bookline.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.channel.web.VisitorKeys;
import io.bookline.channel.web.VisitorTokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Visitor tokens (ADR 0020): signed per business, checked in constant time, key kept. */
class VisitorTokensTest {
  static final byte[] SECRET =
      "a-secret-of-at-least-thirty-two-characters".getBytes(StandardCharsets.UTF_8);

  final VisitorTokens tokens = new VisitorTokens(SECRET, new SecureRandom());

  @Test
  void a_token_proves_its_visitor_to_its_business_only() {
    String visitor = tokens.newVisitor();
    String token = tokens.token(7, visitor);
    assertThat(tokens.visitor(7, token)).contains(visitor);
    assertThat(tokens.visitor(8, token)).isEmpty();
    // Another instance with the same secret accepts it; one with another secret does not.
    assertThat(new VisitorTokens(SECRET, new SecureRandom()).visitor(7, token)).contains(visitor);
    byte[] other = "another-secret-of-thirty-two-characters!".getBytes(StandardCharsets.UTF_8);
    assertThat(new VisitorTokens(other, new SecureRandom()).visitor(7, token)).isEmpty();
  }

  @Test
  void altered_malformed_or_foreign_tokens_prove_nobody() {
    String visitor = tokens.newVisitor();
    String token = tokens.token(7, visitor);
    String otherVisitor = tokens.newVisitor();
    String swapped = token.replace(visitor, otherVisitor);
    for (String bad :
        new String[] {
          null,
          "",
          "v1",
          "v1..",
          visitor,
          swapped,
          token + "A",
          "v2" + token.substring(2),
          token.replace("v1.v_", "v1.x_"),
          "v1." + visitor + ".%%%",
          "x".repeat(5000)
        }) {
      assertThat(tokens.visitor(7, bad)).as(String.valueOf(bad)).isEmpty();
    }
  }

  @Test
  void new_visitors_are_distinct_128_bit_ids() {
    assertThat(tokens.newVisitor())
        .matches("v_[A-Za-z0-9_-]{22}")
        .isNotEqualTo(tokens.newVisitor());
  }

  @Test
  void the_embedded_trial_keeps_its_key_in_the_data_directory_for_its_owner_only(@TempDir Path dir)
      throws Exception {
    VisitorTokens first = VisitorKeys.tokens(Optional.empty(), Optional.of(dir));
    String visitor = first.newVisitor();
    String token = first.token(1, visitor);
    Path file = dir.resolve(VisitorKeys.FILE);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    // After a restart, the same key: the token still holds.
    assertThat(VisitorKeys.tokens(Optional.empty(), Optional.of(dir)).visitor(1, token))
        .contains(visitor);
    // A configured secret wins over the kept key.
    assertThat(
            VisitorKeys.tokens(
                    Optional.of("configured-secret-0123456789-0123456789"), Optional.of(dir))
                .visitor(1, token))
        .isEmpty();
  }
}
