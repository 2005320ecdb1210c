package io.bookline.config;

import java.util.Locale;

/** How log lines are written ({@code LOG_FORMAT}). */
public enum LogFormat {
  /** One readable line per event (the default). */
  TEXT,
  /** One JSON object per line, for log collectors. */
  JSON;

  /** {@code text} or {@code json}, in any case. */
  public static LogFormat parse(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "text" -> TEXT;
      case "json" -> JSON;
      default -> throw new IllegalArgumentException("not a log format: " + value);
    };
  }
}
