package io.bookline.understanding;

import io.bookline.config.LlmConfig;
import io.bookline.db.Storable;
import io.bookline.understanding.Completion.Answered;
import io.bookline.understanding.Completion.Unanswered;
import io.bookline.understanding.ReadingMerge.Merged;
import io.bookline.understanding.ReadingValidator.Validated;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Understanding through a model: one tool call per customer message ({@link Prompt} out through the
 * {@link LlmTransport}, {@link ReadingSchema} arguments back), every field checked by the {@link
 * ReadingValidator}. The model proposes; nothing it says can set a price, a free time or touch
 * another customer. Whenever it cannot answer in budget, or answers with no usable tool call, or
 * anything on the model's path throws, the offline rules answer instead, and the {@link Trace} says
 * why. The rules' own errors are not caught: they are not the model's.
 */
public final class LlmUnderstanding implements Understanding {
  private static final Logger LOG = LoggerFactory.getLogger(LlmUnderstanding.class);
  private final LlmConfig config;
  private final RuleUnderstanding rules;
  private final LlmTransport transport;
  private final MeterRegistry metrics;
  private final TokenLedger ledger;
  private final Counter retries;
  private final Timer latency;

  public LlmUnderstanding(
      LlmConfig config, RuleUnderstanding rules, LlmTransport transport, MeterRegistry metrics) {
    this(config, rules, transport, metrics, TokenLedger.NONE);
  }

  public LlmUnderstanding(
      LlmConfig config,
      RuleUnderstanding rules,
      LlmTransport transport,
      MeterRegistry metrics,
      TokenLedger ledger) {
    this.config = config;
    this.ledger = ledger;
    this.rules = rules;
    this.transport = transport;
    this.metrics = metrics;
    this.retries = Counter.builder("bookline.llm.retries").register(metrics);
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
    // Outside the guard below: an error of the rules' own is a bug to see, not a model failure.
    Reading offline = rules.interpret(raw, context);
    TokenAccount account = context.account();
    if (overBudget(account, context)) {
      // The business spent its tokens for today: the rules answer until its midnight.
      metrics.counter("bookline.llm.budget_exhausted", "business", account.business()).increment();
      return fallback(offline, rulesTrace(started, 0, BUDGET_EXHAUSTED));
    }
    try {
      return withModel(raw, offline, context, started);
    } catch (CancellationException stopping) {
      throw stopping;
    } catch (RuntimeException e) {
      // The last resort: the transport and the reading of the answer expect every failure of a
      // model server, so this is a bug on the model path; the customer still gets an answer.
      LOG.error("The model path failed unexpectedly; the offline rules answer", e);
      return fallback(offline, rulesTrace(started, 0, OpenAiFailures.UNEXPECTED));
    }
  }

  private Understood withModel(
      String raw, Reading offline, UnderstandingContext context, long started) {
    Completion completion = transport.complete(Prompt.of(raw, context, config.historyMessages()));
    long millis = (System.nanoTime() - started) / 1_000_000;
    return switch (completion) {
      case Unanswered u -> fallback(offline, rulesTrace(started, u.calls(), u.reason()));
      case Answered a -> {
        count(a, context);
        yield read(a, raw, offline, context, millis);
      }
    };
  }

  /** The trace of a message the rules read because the model could not: {@code reason} says why. */
  private Trace rulesTrace(long started, int calls, String reason) {
    return new Trace(
        "rules",
        config.model(),
        null,
        null,
        (System.nanoTime() - started) / 1_000_000,
        Math.max(0, calls - 1),
        calls,
        true,
        reason,
        List.of());
  }

  /** Why a turn of a business over its daily budget is read by the rules alone. */
  public static final String BUDGET_EXHAUSTED = "daily token budget exhausted";

  private boolean overBudget(TokenAccount account, UnderstandingContext context) {
    return account.counted()
        && account.dailyBudget() != null
        && ledger.spent(account.businessId(), context.now().toLocalDate()) >= account.dailyBudget();
  }

  /** The answer's tokens, as the server counted them, in metrics and on the business's day. */
  private void count(Answered answer, UnderstandingContext context) {
    long prompt = answer.promptTokens() == null ? 0 : answer.promptTokens();
    long completion = answer.completionTokens() == null ? 0 : answer.completionTokens();
    TokenAccount account = context.account();
    String business = account.counted() ? account.business() : "none";
    metrics
        .counter("bookline.llm.tokens", "kind", "prompt", "business", business)
        .increment(prompt);
    metrics
        .counter("bookline.llm.tokens", "kind", "completion", "business", business)
        .increment(completion);
    if (account.counted()) {
      ledger.spend(account.businessId(), context.now().toLocalDate(), prompt, completion);
    }
  }

  private Understood read(
      Answered answer, String text, Reading offline, UnderstandingContext context, long millis) {
    retries.increment(answer.retries());
    latency.record(Duration.ofMillis(millis));
    if (answer.unusable() != null) {
      return fallback(offline, trace(answer, millis, answer.unusable(), List.of()));
    }
    Validated validated = ReadingValidator.validate(answer.arguments().get(), context);
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

  /**
   * The trace of an answer: the model's reading, or the rules' when {@code fallback} says why. The
   * model's name and the rejections quote what the server sent, and the trace is stored with the
   * message: a NUL there made the turn's insert fail on every try (Postgres keeps none in text or
   * jsonb), so the quotes are made {@link Storable} and kept short.
   */
  private static Trace trace(Answered answer, long millis, String fallback, List<String> rejected) {
    List<String> kept = new ArrayList<>();
    for (String r : rejected.subList(0, Math.min(rejected.size(), MAX_REJECTIONS))) {
      kept.add(recorded(r));
    }
    if (rejected.size() > MAX_REJECTIONS) {
      kept.add("and " + (rejected.size() - MAX_REJECTIONS) + " more");
    }
    return new Trace(
        fallback == null ? "llm" : "rules",
        recorded(answer.model()),
        answer.promptTokens(),
        answer.completionTokens(),
        millis,
        answer.retries(),
        answer.calls(),
        fallback != null,
        fallback,
        kept);
  }

  /**
   * Rejections kept with a message; a model that invents hundreds of fields is not quoted whole.
   */
  static final int MAX_REJECTIONS = 20;

  /** The longest quote of a model's text kept in a trace, in chars. */
  static final int MAX_QUOTE = 200;

  private static String recorded(String text) {
    String clean = Storable.text(text);
    if (clean == null || clean.length() <= MAX_QUOTE) {
      return clean;
    }
    int end = Character.isHighSurrogate(clean.charAt(MAX_QUOTE - 1)) ? MAX_QUOTE - 1 : MAX_QUOTE;
    return clean.substring(0, end) + "…";
  }
}
