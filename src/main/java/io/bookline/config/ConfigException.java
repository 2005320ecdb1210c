package io.bookline.config;

import java.util.List;

/** Start-up stops with this when any setting is invalid; the message lists every problem. */
public final class ConfigException extends RuntimeException {
  private final List<String> problems;

  public ConfigException(List<String> problems) {
    super(
        "Bookline cannot start, the configuration has "
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + ":\n  - "
            + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
