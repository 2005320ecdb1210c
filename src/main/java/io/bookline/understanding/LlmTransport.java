package io.bookline.understanding;

import com.openai.client.OpenAIClient;
import com.openai.core.RequestOptions;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.bookline.config.LlmConfig;
import io.bookline.retry.Backoff;
import io.bookline.retry.Outcome;
import io.bookline.retry.Retrier;
import io.bookline.retry.RetryTiming;
import io.bookline.retry.StopReason;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a {@link Prompt} to an OpenAI-compatible chat-completions endpoint (OpenAI, Azure, vLLM,
 * Ollama, llama.cpp) and returns the {@link Completion}. One owner for retries: openai-java's own
 * are off; the shared {@link Backoff} retries timeouts, connection errors, 429 and 5xx within the
 * turn's time budget ({@code Retry-After} honoured), and a Resilience4j circuit breaker stops
 * calling a failing endpoint for a while. Every request's timeout and every wait fit the budget.
 */
public final class LlmTransport {
  private static final Logger LOG = LoggerFactory.getLogger(LlmTransport.class);
  static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

  /** An attempt needs at least this much of the budget left to be worth starting. */
  static final Duration MIN_ATTEMPT = Duration.ofMillis(100);

  private final OpenAIClient client;
  private final LlmConfig config;
  private final ToolCallFormat format;
  private final CircuitBreaker breaker;
  private final Retrier retrier;
  private final Clock clock;
  private final Counter calls;
  private final Counter switches;

  /**
   * Set once this endpoint refused a tool-call request ({@code strict} or {@code tool_choice}) with
   * a 400 and then answered the same prompt in JSON mode: every later request uses JSON mode. One
   * transport talks to one endpoint, so this is remembered per endpoint.
   */
  private final AtomicBoolean jsonMode = new AtomicBoolean();

  public LlmTransport(LlmConfig config, RetryTiming timing, MeterRegistry metrics) {
    this.config = config;
    this.client = new ModelHttp(config.requestTimeout()).openAi(config);
    this.format = new ToolCallFormat(config.model(), config.strictSchema());
    this.clock = timing.clock();
    this.breaker = CircuitBreaker.of("llm", breakerConfig(config, clock));
    Duration window = config.turnBudget().minus(MIN_ATTEMPT);
    this.retrier =
        timing.retrier(
            Backoff.exponential(FIRST_BACKOFF, config.maxAttempts())
                .cappedAt(window.compareTo(FIRST_BACKOFF) > 0 ? window : FIRST_BACKOFF)
                .within(window));
    this.calls = Counter.builder("bookline.llm.calls").register(metrics);
    this.switches = Counter.builder("bookline.llm.json.mode.switches").register(metrics);
  }

  /** Whether this endpoint is read in JSON mode (it refused tool calls). */
  public boolean jsonMode() {
    return jsonMode.get();
  }

  private static CircuitBreakerConfig breakerConfig(LlmConfig config, Clock clock) {
    return CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(10)
        .minimumNumberOfCalls(4)
        .failureRateThreshold(50)
        .waitDurationInOpenState(config.circuitOpenFor())
        .permittedNumberOfCallsInHalfOpenState(1)
        .automaticTransitionFromOpenToHalfOpenEnabled(false)
        .recordException(OpenAiFailures::endpointFailing)
        // A 200 without a reading is a failing endpoint too: asked again, it answers the same.
        .recordResult(answer -> answer instanceof ToolCallFormat.Answer a && a.isUnusable())
        .clock(clock)
        .build();
  }

  /** One reading for {@code prompt}, retried within the turn's budget. */
  public Completion complete(Prompt prompt) {
    Instant deadline = clock.instant().plus(config.turnBudget());
    AtomicInteger sent = new AtomicInteger();
    boolean json = jsonMode.get();
    Outcome<ToolCallFormat.Answer> outcome =
        attempts(json ? format.jsonModeRequest(prompt) : format.request(prompt), deadline, sent);
    if (!json
        && refused(outcome)
        && Duration.between(clock.instant(), deadline).compareTo(MIN_ATTEMPT) > 0) {
      outcome = attempts(format.jsonModeRequest(prompt), deadline, sent);
      if (!refused(outcome) && jsonMode.compareAndSet(false, true)) {
        switches.increment();
        LOG.warn(
            "The LLM endpoint {} refused a tool call (strict schema or tool_choice) with HTTP 400"
                + " and answered in JSON mode: using JSON mode with the schema in the prompt from"
                + " now on",
            config.baseUrl().orElse("api.openai.com"));
      }
    }
    return switch (outcome) {
      case Outcome.Done<ToolCallFormat.Answer> done -> done.value().answered(sent.get());
      case Outcome.GaveUp<ToolCallFormat.Answer> gaveUp -> unanswered(gaveUp, sent.get());
    };
  }

  /**
   * The answer is read inside the attempt, so an answer that is no chat completion fails the
   * attempt like any other failure and {@link OpenAiFailures} judges it (never retried). It is read
   * inside the circuit breaker too, which counts it, and an answer without a reading, as a failure
   * of the endpoint.
   */
  private Outcome<ToolCallFormat.Answer> attempts(
      ChatCompletionCreateParams params, Instant deadline, AtomicInteger sent) {
    return retrier.run(
        () -> exchange(params, deadline, sent), e -> OpenAiFailures.verdict(e, clock.instant()));
  }

  /** A 400: the server refused the request's shape (never retried, see {@link OpenAiFailures}). */
  private static boolean refused(Outcome<ToolCallFormat.Answer> outcome) {
    return outcome instanceof Outcome.GaveUp<ToolCallFormat.Answer> g
        && OpenAiFailures.badRequest(g.last());
  }

  private ToolCallFormat.Answer exchange(
      ChatCompletionCreateParams params, Instant deadline, AtomicInteger sent) {
    Duration remaining = Duration.between(clock.instant(), deadline);
    Duration timeout =
        remaining.compareTo(config.requestTimeout()) < 0 ? remaining : config.requestTimeout();
    RequestOptions options =
        RequestOptions.builder().timeout(timeout.isPositive() ? timeout : MIN_ATTEMPT).build();
    return breaker.executeSupplier(
        () -> {
          sent.incrementAndGet();
          calls.increment();
          return format.read(client.chat().completions().create(params, options));
        });
  }

  /**
   * Whether the call ended because its thread was interrupted (the stop), not because it timed out:
   * a timeout is an {@link InterruptedIOException} too ({@code SocketTimeoutException}, and
   * OkHttp's call timeout, "timeout"), while OkHttp says "interrupted" when it finds the thread
   * interrupted, clearing the flag.
   */
  private static boolean interrupted(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof InterruptedException
          || t instanceof InterruptedIOException io
              && !(io instanceof SocketTimeoutException)
              && "interrupted".equals(io.getMessage())) {
        return true;
      }
    }
    return false;
  }

  private static Completion.Unanswered unanswered(Outcome.GaveUp<?> gaveUp, int sent) {
    if (gaveUp.last() instanceof CallNotPermittedException) {
      return new Completion.Unanswered("circuit open", sent);
    }
    if (gaveUp.reason() == StopReason.WINDOW_SPENT || gaveUp.reason() == StopReason.WAIT_TOO_LONG) {
      return new Completion.Unanswered("time budget spent", sent);
    }
    if (Thread.currentThread().isInterrupted() || interrupted(gaveUp.last())) {
      // The stop gave up on this turn (ADR 0054): it ends here, before it writes anything on a
      // thread whose database socket the interrupt would break; the inbox keeps its message.
      Thread.currentThread().interrupt();
      throw new CancellationException("the stop interrupted this turn's LLM call");
    }
    if (!OpenAiFailures.expected(gaveUp.last())) {
      LOG.error(
          "LLM call failed unexpectedly after {} attempt(s), using the offline rules",
          sent,
          gaveUp.last());
      return new Completion.Unanswered(OpenAiFailures.UNEXPECTED, sent);
    }
    LOG.warn(
        "LLM failed after {} attempt(s), using the offline rules: {}",
        sent,
        gaveUp.last().toString());
    return new Completion.Unanswered(OpenAiFailures.describe(gaveUp.last()), sent);
  }
}
