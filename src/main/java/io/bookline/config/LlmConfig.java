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
