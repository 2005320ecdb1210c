package io.bookline.config;

import java.time.Duration;
import java.util.Optional;

/**
 * The LLM understanding. On when an API key or a base URL is set (a local OpenAI-compatible server
 * may need no key); otherwise Bookline uses its offline rules.
 *
 * @param apiKey {@code OPENAI_API_KEY}
 * @param baseUrl {@code OPENAI_BASE_URL}, e.g. http://localhost:11434/v1 for Ollama
 * @param model {@code OPENAI_MODEL}
 * @param requestTimeout {@code LLM_TIMEOUT}: one HTTP request
 * @param turnBudget {@code LLM_TURN_BUDGET}: all attempts of one message, waits included
 * @param maxAttempts {@code LLM_MAX_ATTEMPTS}: first try plus retries
 * @param historyMessages {@code LLM_HISTORY_MESSAGES}: earlier messages sent along
 * @param circuitOpenFor {@code LLM_CIRCUIT_OPEN_FOR}: how long a failing endpoint is left alone
 * @param strictSchema {@code LLM_STRICT_SCHEMA}: ask for strict JSON-schema tool calls
 */
public record LlmConfig(
    Optional<String> apiKey,
    Optional<String> baseUrl,
    String model,
    Duration requestTimeout,
    Duration turnBudget,
    int maxAttempts,
    int historyMessages,
    Duration circuitOpenFor,
    boolean strictSchema) {

  public static final String DEFAULT_MODEL = "gpt-4o-mini";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_TURN_BUDGET = Duration.ofSeconds(15);
  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final int DEFAULT_HISTORY = 10;
  public static final Duration DEFAULT_CIRCUIT_OPEN_FOR = Duration.ofSeconds(30);

  /**
   * Reads the {@code OPENAI_*} and {@code LLM_*} settings; a base URL that is no http(s) URL, or a
   * value that does not parse, is a problem reported with the others.
   */
  static LlmConfig read(ConfigLoader env) {
    Optional<String> baseUrl = env.optional("OPENAI_BASE_URL");
    baseUrl.ifPresent(
        u -> {
          if (!u.startsWith("http://") && !u.startsWith("https://")) {
            env.problem(
                "OPENAI_BASE_URL is '"
                    + SettingValues.redactedUrl(u)
                    + "'; expected an http:// or https:// URL such as http://localhost:11434/v1");
          }
        });
    String model = env.optional("OPENAI_MODEL").orElse(DEFAULT_MODEL);
    String durationHint = "a positive duration such as 10s or 1500ms";
    Duration timeout =
        env.read("LLM_TIMEOUT", DEFAULT_TIMEOUT, SettingValues::duration, durationHint);
    Duration budget =
        env.read("LLM_TURN_BUDGET", DEFAULT_TURN_BUDGET, SettingValues::duration, durationHint);
    int attempts =
        env.read(
            "LLM_MAX_ATTEMPTS",
            DEFAULT_MAX_ATTEMPTS,
            v -> SettingValues.positiveInt(v, 10),
            "a whole number 1-10");
    int history =
        env.read(
            "LLM_HISTORY_MESSAGES",
            DEFAULT_HISTORY,
            v -> SettingValues.intInRange(v, 0, 100),
            "a whole number 0-100");
    Duration openFor =
        env.read(
            "LLM_CIRCUIT_OPEN_FOR",
            DEFAULT_CIRCUIT_OPEN_FOR,
            SettingValues::duration,
            durationHint);
    boolean strict = env.flag("LLM_STRICT_SCHEMA", true);
    return new LlmConfig(
        env.optional("OPENAI_API_KEY"),
        baseUrl,
        model,
        timeout,
        budget,
        attempts,
        history,
        openFor,
        strict);
  }

  public boolean enabled() {
    return apiKey.isPresent() || baseUrl.isPresent();
  }

  @Override
  public String toString() {
    if (!enabled()) {
      return "off";
    }
    return "model="
        + model
        + " at "
        + baseUrl.orElse("api.openai.com")
        + (apiKey.isPresent() ? " (key set)" : "");
  }
}
