package io.bookline.ops;

import ch.qos.logback.core.PropertyDefinerBase;
import io.bookline.config.DotEnv;
import io.bookline.config.LogFormat;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells {@code logback.xml} which appender to use: {@code text} or {@code json}, from {@code
 * LOG_FORMAT} in the environment or {@code ./.env}, read the way the configuration reads it.
 * Logging starts before the configuration is loaded, so this reads the one key itself; an invalid
 * value logs as text until the configuration check stops start-up naming it.
 */
public final class LogFormatProperty extends PropertyDefinerBase {
  @Override
  public String getPropertyValue() {
    String raw =
        Optional.ofNullable(System.getenv("LOG_FORMAT"))
            .filter(v -> !v.isBlank())
            .orElseGet(() -> DotEnv.read(Path.of(".env")).getOrDefault("LOG_FORMAT", ""));
    try {
      return LogFormat.parse(raw).name().toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return LogFormat.TEXT.name().toLowerCase(Locale.ROOT);
    }
  }
}
