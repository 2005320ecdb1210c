package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import io.bookline.config.LlmConfig;
import io.bookline.retry.RetryTiming;
import io.bookline.retry.Sleeper;
import io.bookline.support.FakeLlm;
import io.bookline.support.LogCapture;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The last resort of the model path: whatever throws there that nothing expected (a bug of ours,
 * not a model server's failure) is logged with its stack and the rules answer, so a turn never
 * fails for the model's sake. An error of the rules themselves is not hidden.
 */
class LlmUnderstandingGuardTest {
  static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 11, 23, 9, 0);
  static final List<Named> SERVICES = List.of(new Named(1, "Pedicure", List.of("pedicure")));

  final FakeLlm llm = new FakeLlm();
  final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

  @AfterEach
  void stop() {
    llm.close();
  }

  LlmUnderstanding understanding(TokenLedger ledger) {
    LlmConfig config =
        new LlmConfig(
            Optional.empty(),
            Optional.of(llm.baseUrl()),
            "fake-model",
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            1,
            10,
            Duration.ofSeconds(30),
            true);
    var timing =
        new RetryTiming(Clock.systemUTC(), Sleeper.onThread(), ThreadLocalRandom.current());
    return new LlmUnderstanding(
        config,
        new RuleUnderstanding(Lexicon.all()),
        new LlmTransport(config, timing, metrics),
        metrics,
        ledger);
  }

  static UnderstandingContext context(LocalDateTime now) {
    return new UnderstandingContext(
            now, ZoneId.of("Europe/Berlin"), Locale.UK, SERVICES, List.of(), Expectation.NOTHING)
        .paidBy(new TokenAccount(1, "demo", null));
  }

  /** A ledger with a bug: it throws when an answered call is counted. */
  static final TokenLedger BROKEN =
      new TokenLedger() {
        @Override
        public long spent(long businessId, LocalDate day) {
          return 0;
        }

        @Override
        public void spend(long businessId, LocalDate day, long prompt, long completion) {
          throw new IllegalStateException("a bug in counting tokens");
        }
      };

  @Test
  void an_unexpected_error_on_the_model_path_is_logged_and_the_rules_answer() {
    llm.always(FakeLlm.toolCall("{\"intent\": \"book\", \"service\": \"Pedicure\"}"));
    try (LogCapture logs = new LogCapture()) {
      Understood u = understanding(BROKEN).understand("pedicure tomorrow at 10", context(MONDAY_9));
      assertThat(u.reading().serviceId()).isEqualTo(1L);
      assertThat(u.reading().date()).isEqualTo(LocalDate.of(2026, 11, 24));
      assertThat(u.reading().time()).isEqualTo(LocalTime.of(10, 0));
      assertThat(u.trace().provider()).isEqualTo("rules");
      assertThat(u.trace().fallback()).isTrue();
      assertThat(u.trace().fallbackReason()).isEqualTo("unexpected error");
      assertThat(metrics.counter("bookline.llm.fallbacks", "reason", "unexpected error").count())
          .isEqualTo(1.0);
      assertThat(logs.events())
          .anySatisfy(
              e -> {
                assertThat(e.getLevel()).isEqualTo(Level.ERROR);
                assertThat(e.getThrowableProxy().getMessage())
                    .isEqualTo("a bug in counting tokens");
              });
    }
  }

  @Test
  void an_error_of_the_rules_themselves_is_not_turned_into_a_fallback() {
    llm.always(FakeLlm.toolCall("{\"intent\": \"book\"}"));
    LlmUnderstanding understanding = understanding(TokenLedger.NONE);
    // The rules cannot read "tomorrow" without a today: their error, not the model's.
    UnderstandingContext noToday = context(null);
    assertThatThrownBy(() -> understanding.understand("pedicure tomorrow", noToday))
        .isInstanceOf(NullPointerException.class);
    assertThat(llm.received()).as("the rules read before the model is asked").isEmpty();
  }
}
