package io.bookline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Owner tester: a one-character key was "too short (1 characters)". */
class OneCharacterTest {
  @Test
  void a_one_character_setting_is_one_character() {
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    Map.of(
                        "BOOKLINE_SECRET_KEY",
                        "x",
                        "BOOKLINE_ADMIN_KEY",
                        "y",
                        "METRICS_TOKEN",
                        "z")));
    assertThat(e.getMessage())
        .contains("BOOKLINE_SECRET_KEY is too short (1 character);")
        .contains("BOOKLINE_ADMIN_KEY is too short (1 character);")
        .contains("METRICS_TOKEN is too short (1 character);")
        .doesNotContain("1 characters");
  }
}
