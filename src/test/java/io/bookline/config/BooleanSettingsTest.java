package io.bookline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ops review: {@code ACCESS_LOG=flase} was taken as "on" without a word. Every boolean setting
 * (each one {@code .env.example} shows as {@code true} or {@code false}) refuses a value that is
 * none, with one line naming the setting and the values it takes.
 */
class BooleanSettingsTest {
  private static final Pattern BOOLEAN_LINE =
      Pattern.compile("^#?\\s*([A-Z][A-Z0-9_]*)=(true|false)\\s*$");

  static List<String> booleanSettings() throws Exception {
    List<String> names =
        Files.readAllLines(Path.of(".env.example")).stream()
            .map(BOOLEAN_LINE::matcher)
            .filter(Matcher::matches)
            .map(m -> m.group(1))
            .toList();
    assertThat(names)
        .as("the scan finds the boolean settings")
        .contains("ACCESS_LOG", "BOOKLINE_DEMO", "LLM_STRICT_SCHEMA", "WEB_TRUST_USER_ID");
    return names;
  }

  @ParameterizedTest
  @MethodSource("booleanSettings")
  void a_typo_stops_start_up_with_one_line_naming_the_setting_and_its_values(String name) {
    assertThatThrownBy(() -> ConfigLoader.load(Map.of(name, "flase")))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        name + " is 'flase'; expected true or false (also yes/no, on/off, 1/0)"));
  }

  @ParameterizedTest
  @MethodSource("booleanSettings")
  void every_spelling_the_error_names_is_taken(String name) {
    for (String value : List.of("true", "false", "TRUE", "No", "yes", "on", "OFF", "1", "0")) {
      assertThat(ConfigLoader.load(Map.of(name, value))).as(name + "=" + value).isNotNull();
    }
  }
}
