package io.bookline.understanding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a reading was made, kept with the message: which understanding answered, the model, token
 * counts, latency, retries, and whether it fell back to the offline rules and why.
 *
 * @param rejected fields of a model's reading that failed validation and were dropped
 * @param merge how the model's and the rules' readings were joined: {@code decisions} per field and
 *     both readings (ADR 0024); empty when only one understanding answered
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
    List<String> rejected,
    Map<String, Object> merge) {

  public Trace {
    rejected = rejected == null ? List.of() : List.copyOf(rejected);
    merge = merge == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(merge));
  }

  /** A trace without a merge. */
  public Trace(
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
    this(
        provider,
        model,
        promptTokens,
        completionTokens,
        latencyMillis,
        retries,
        calls,
        fallback,
        fallbackReason,
        rejected,
        Map.of());
  }

  /** The same trace with how the readings were joined. */
  public Trace withMerge(Map<String, Object> how) {
    return new Trace(
        provider,
        model,
        promptTokens,
        completionTokens,
        latencyMillis,
        retries,
        calls,
        fallback,
        fallbackReason,
        rejected,
        how);
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
    if (!merge.isEmpty()) {
      m.put("merge", merge);
    }
    return m;
  }
}
