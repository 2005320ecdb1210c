package io.bookline.understanding;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.config.LlmConfig;
import io.bookline.understanding.Completion.Answered;
import io.bookline.understanding.Completion.Unanswered;
import io.bookline.understanding.ReadingMerge.Merged;
import io.bookline.understanding.ReadingValidator.Validated;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Understanding through a model: one tool call per customer message ({@link Prompt} out through the
 * {@link LlmTransport}, {@link ReadingSchema} arguments back), every field checked by the {@link
 * ReadingValidator}. The model proposes; nothing it says can set a price, a free time or touch
 * another customer. Whenever it cannot answer in budget, or answers with no usable tool call, the
 * offline rules answer instead, and the {@link Trace} says why.
 */
public final class LlmUnderstanding implements Understanding {
  private final LlmConfig config;
  private final RuleUnderstanding rules;
  private final LlmTransport transport;
  private final MeterRegistry metrics;
  private final ObjectMapper json;
  private final Counter retries;
  private final Counter promptTokens;
  private final Counter completionTokens;
  private final Timer latency;

  public LlmUnderstanding(
      LlmConfig config,
      RuleUnderstanding rules,
      LlmTransport transport,
      MeterRegistry metrics,
      ObjectMapper json) {
    this.config = config;
    this.rules = rules;
    this.transport = transport;
    this.metrics = metrics;
    this.json = json;
    this.retries = Counter.builder("bookline.llm.retries").register(metrics);
    this.promptTokens =
        Counter.builder("bookline.llm.tokens").tag("kind", "prompt").register(metrics);
    this.completionTokens =
        Counter.builder("bookline.llm.tokens").tag("kind", "completion").register(metrics);
    this.latency = Timer.builder("bookline.llm.latency").register(metrics);
  }

  @Override
  public String name() {
    return "llm";
  }

  @Override
  public Reading interpret(String text, UnderstandingContext context) {
    return understand(text, context).reading();
  }

  @Override
  public Understood understand(String text, UnderstandingContext context) {
    long started = System.nanoTime();
    String raw = text == null ? "" : text.strip();
    if (raw.isEmpty()) {
      // Nothing to ask a model about.
      return new Understood(Reading.nothing("rules"), Trace.offline("rules", 0));
    }
    Completion completion = transport.complete(Prompt.of(raw, context, config.historyMessages()));
    Reading offline = rules.interpret(raw, context);
    long millis = (System.nanoTime() - started) / 1_000_000;
    return switch (completion) {
      case Unanswered u ->
          fallback(
              offline,
              new Trace(
                  "rules",
                  config.model(),
                  null,
                  null,
                  millis,
                  u.retries(),
                  u.calls(),
                  true,
                  u.reason(),
                  List.of()));
      case Answered a -> read(a, raw, offline, context, millis);
    };
  }

  private Understood read(
      Answered answer, String text, Reading offline, UnderstandingContext context, long millis) {
    retries.increment(answer.retries());
    latency.record(Duration.ofMillis(millis));
    if (answer.promptTokens() != null) {
      promptTokens.increment(answer.promptTokens());
    }
    if (answer.completionTokens() != null) {
      completionTokens.increment(answer.completionTokens());
    }
    if (answer.arguments().isEmpty()) {
      return fallback(offline, trace(answer, millis, "no tool call in the answer", List.of()));
    }
    Optional<Map<String, Object>> arguments =
        ReadingSchema.arguments(json, answer.arguments().get());
    if (arguments.isEmpty()) {
      return fallback(
          offline, trace(answer, millis, "tool call arguments are not a JSON object", List.of()));
    }
    Validated validated = ReadingValidator.validate(arguments.get(), context);
    for (ReadingValidator.Rejection r : validated.rejected()) {
      metrics
          .counter("bookline.llm.rejections", "field", metricField(r.field()), "reason", r.reason())
          .increment();
    }
    Merged merged = ReadingMerge.merge(validated.reading(), offline, text);
    merged
        .decisions()
        .forEach(
            (field, decision) -> {
              if (ReadingMerge.ASK.equals(decision)) {
                metrics.counter("bookline.llm.disagreements", "field", field).increment();
              }
            });
    Map<String, Object> how = new LinkedHashMap<>();
    how.put("decisions", new TreeMap<>(merged.decisions()));
    how.put("llm", ReadingMerge.describe(validated.reading()));
    how.put("rules", ReadingMerge.describe(offline));
    return new Understood(
        merged.reading(), trace(answer, millis, null, validated.messages()).withMerge(how));
  }

  /** A field outside the schema is counted as one tag value, so a model cannot grow the tags. */
  private static String metricField(String field) {
    return ReadingSchema.FIELDS.contains(field) ? field : "other";
  }

  private Understood fallback(Reading offline, Trace trace) {
    metrics.counter("bookline.llm.fallbacks", "reason", trace.fallbackReason()).increment();
    return new Understood(offline, trace);
  }

  /** The trace of an answer: the model's reading, or the rules' when {@code fallback} says why. */
  private static Trace trace(Answered answer, long millis, String fallback, List<String> rejected) {
    return new Trace(
        fallback == null ? "llm" : "rules",
        answer.model(),
        answer.promptTokens(),
        answer.completionTokens(),
        millis,
        answer.retries(),
        answer.calls(),
        fallback != null,
        fallback,
        rejected);
  }
}
