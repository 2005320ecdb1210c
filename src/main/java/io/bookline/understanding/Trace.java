package io.bookline.understanding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a reading was made, kept with the message: which understanding answered, the model, token
 * counts, latency, retries, and whether it fell back to the offline rules and why.
 *
 * @param rejected fields of a model's reading that failed validation and were dropped
 */
public record Trace(
    String provider,
    String model,
    Long promptTokens,
    Long completionTokens,
    long latencyMillis,
    int retries,
    int calls,
    boolean fallback,
    String fallbackReason,
    List<String> rejected) {

  public Trace {
    rejected = rejected == null ? List.of() : List.copyOf(rejected);
  }

  public static Trace offline(String provider, long latencyMillis) {
    return new Trace(provider, null, null, null, latencyMillis, 0, 0, false, null, List.of());
  }

  /** The trace as it goes into {@code messages.metadata}. */
  public Map<String, Object> asMetadata() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("understanding", provider);
    if (model != null) {
      m.put("model", model);
    }
    if (promptTokens != null) {
      m.put("promptTokens", promptTokens);
    }
    if (completionTokens != null) {
      m.put("completionTokens", completionTokens);
    }
    m.put("latencyMillis", latencyMillis);
    m.put("llmCalls", calls);
    m.put("retries", retries);
    m.put("fallback", fallback);
    if (fallbackReason != null) {
      m.put("fallbackReason", fallbackReason);
    }
    if (!rejected.isEmpty()) {
      m.put("rejected", rejected);
    }
    return m;
  }
}
