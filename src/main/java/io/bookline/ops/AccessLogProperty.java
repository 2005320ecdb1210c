package io.bookline.ops;

import ch.qos.logback.core.PropertyDefinerBase;
import io.bookline.config.DotEnv;
import io.bookline.config.SettingValues;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells {@code logback.xml} the level of the {@link AccessLog} logger: {@code OFF} when {@code
 * ACCESS_LOG} is false (environment or {@code ./.env}, as {@link LogFormatProperty} reads it), else
 * {@code INFO}. Logging starts before the configuration is loaded, so this reads the key itself.
 */
public final class AccessLogProperty extends PropertyDefinerBase {
  @Override
  public String getPropertyValue() {
    String raw =
        Optional.ofNullable(System.getenv("ACCESS_LOG"))
            .filter(v -> !v.isBlank())
            .orElseGet(() -> DotEnv.read(Path.of(".env")).getOrDefault("ACCESS_LOG", ""));
    return level(raw);
  }

  /**
   * The logger's level for a setting's text, read as the configuration reads a boolean ({@code
   * off}, {@code no} and {@code 0} turn it off too); a value that is no boolean logs until the
   * configuration check stops start-up naming it.
   */
  static String level(String raw) {
    try {
      return raw.isBlank() || SettingValues.bool(raw) ? "INFO" : "OFF";
    } catch (IllegalArgumentException e) {
      return "INFO";
    }
  }
}
