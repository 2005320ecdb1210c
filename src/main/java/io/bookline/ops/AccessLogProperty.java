package io.bookline.ops;

import ch.qos.logback.core.PropertyDefinerBase;
import io.bookline.config.DotEnv;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells {@code logback.xml} the level of the {@link AccessLog} logger: {@code OFF} when {@code
 * ACCESS_LOG=false} (environment or {@code ./.env}, as {@link LogFormatProperty} reads it), else
 * {@code INFO}. Logging starts before the configuration is loaded, so this reads the key itself.
 */
public final class AccessLogProperty extends PropertyDefinerBase {
  @Override
  public String getPropertyValue() {
    String raw =
        Optional.ofNullable(System.getenv("ACCESS_LOG"))
            .filter(v -> !v.isBlank())
            .orElseGet(() -> DotEnv.read(Path.of(".env")).getOrDefault("ACCESS_LOG", ""));
    return raw.strip().equalsIgnoreCase("false") ? "OFF" : "INFO";
  }
}
