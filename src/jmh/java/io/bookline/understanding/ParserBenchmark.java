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
 * Throughput of the offline understanding on typical customer messages: the whole rules reading
 * (spelling, intent, service, names, dates and times) and the date/time parser alone. Each call
 * reads the next message of the list, so the figure is the mean time per typical message. Run
 * with {@code mvn -B -Pbenchmarks -DskipTests test} (README, "Measuring").
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {
  static final String[] MESSAGES = {
    "Hi, can I get a basic manicure Friday after 4?",
    "I'd like a gel manicure tomorrow at 2pm, my name is Nora Lee",
    "gel manicur on fridy aftr 3",
    "I want to cancle my apointment",
    "wat r ur pricess",
    "Can you book me in for the 7th at 4 pm please?",
    "is 10 tomorrow ok",
    "half four on thursday",
    "Wednesday the 18th at quarter to 4",
    "any chance of sat morning 9ish?",
    "the second one",
    "yes please",
    "Maria Lopez",
    "in a couple of hours",
    "first monday in june at 11am",
    "what are your opening hours on saturday",
  };

  private final RuleUnderstanding rules = new RuleUnderstanding(Lexicon.english());
  private final DateTimeParser dates = new DateTimeParser(Lexicon.english().dates());
  private final LocalDateTime now = LocalDateTime.parse("2026-03-10T10:00:00");
  private final UnderstandingContext context =
      new UnderstandingContext(
          now,
          ZoneId.of("Europe/London"),
          Locale.UK,
          List.of(
              new Named(1, "Basic Manicure", List.of("basic", "classic manicure")),
              new Named(2, "Gel Manicure", List.of("gel", "shellac")),
              new Named(3, "Pedicure", List.of("pedi"))),
          List.of(new Named(10, "Anna"), new Named(11, "Marta")),
          Expectation.NOTHING);
  private int next;

  @Benchmark
  public Reading wholeReadingOfATypicalMessage() {
    next = (next + 1) % MESSAGES.length;
    return rules.interpret(MESSAGES[next], context);
  }

  @Benchmark
  public DateTimeParser.Found datesAndTimesOfATypicalMessage() {
    next = (next + 1) % MESSAGES.length;
    return dates.parse(MESSAGES[next], now, false, false);
  }
}
