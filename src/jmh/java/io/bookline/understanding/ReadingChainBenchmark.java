package io.bookline.understanding;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reading a turn runs without an LLM: the rules inside the wrappers, chained as {@code
 * TurnParts.understanding} chains them, over {@link ParserBenchmark}'s typical messages. The
 * difference to {@link ParserBenchmark}'s whole readings is what the wrappers cost. Run with {@code
 * mvn -B -Pbenchmarks -DskipTests test -Dbenchmarks=ReadingChain}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReadingChainBenchmark {
  private final Understanding chain =
      new NotABooking(
          new ForWhom(
              new ThatOne(
                  new AllOfThem(new BackToTheBot(new RuleUnderstanding(Lexicon.all()))))));
  private final UnderstandingContext context =
      new UnderstandingContext(
          LocalDateTime.parse("2026-03-10T10:00:00"),
          ZoneId.of("Europe/London"),
          Locale.UK,
          List.of(
              new Named(1, "Basic Manicure", List.of("basic", "classic manicure")),
              new Named(2, "Gel Manicure", List.of("gel", "shellac")),
              new Named(3, "Pedicure", List.of("pedi"))),
          List.of(new Named(10, "Anna"), new Named(11, "Marta")),
          Expectation.NOTHING);
  private final UnderstandingContext german = context.in(Language.DE);
  private final UnderstandingContext spanish = context.in(Language.ES);
  private int next;

  @Benchmark
  public Understood englishThroughTheWrappers() {
    next = (next + 1) % ParserBenchmark.MESSAGES.length;
    return chain.understand(ParserBenchmark.MESSAGES[next], context);
  }

  @Benchmark
  public Understood germanThroughTheWrappers() {
    next = (next + 1) % ParserBenchmark.GERMAN.length;
    return chain.understand(ParserBenchmark.GERMAN[next], german);
  }

  @Benchmark
  public Understood spanishThroughTheWrappers() {
    next = (next + 1) % ParserBenchmark.SPANISH.length;
    return chain.understand(ParserBenchmark.SPANISH[next], spanish);
  }
}
