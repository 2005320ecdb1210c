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
 * (spelling, intent, service, names, dates and times) in English, German and Spanish, the language
 * detector, and the English date/time parser alone. Each call
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

  static final String[] GERMAN = {
    "Hallo, ich hätte gern eine Maniküre am Freitag ab 16 Uhr",
    "Ich möchte einen Termin morgen um halb drei, mein Name ist Nora Lee",
    "Gel Maniküre übermorgen Vormittag",
    "Ich möchte meinen Termin stornieren",
    "Was kostet eine Pediküre?",
    "Geht es am Freitag den 20. um viertel nach 4?",
    "morgen um 10 ok?",
    "nächste Woche Dienstag gegen 16 Uhr",
    "dreiviertel fünf am Donnerstag",
    "Samstag Vormittag so gegen 9?",
    "der zweite bitte",
    "ja bitte",
    "Maria Lopez",
    "in zwei Stunden",
    "am 1. Juni um 11 Uhr",
    "Wie sind Ihre Öffnungszeiten am Samstag?",
  };

  static final String[] SPANISH = {
    "Hola, quiero una manicura el viernes después de las 4",
    "Quisiera una cita mañana a las tres y media, me llamo Nora Lee",
    "manicura de gel pasado mañana por la tarde",
    "Quiero cancelar mi cita",
    "¿Cuánto cuesta una pedicura?",
    "¿Puede ser el viernes 20 a las cuatro y cuarto?",
    "mañana a las 10 está bien?",
    "el lunes que viene sobre las 4",
    "a las cinco menos cuarto el jueves",
    "el sábado por la mañana a eso de las 9",
    "la segunda por favor",
    "sí por favor",
    "María López",
    "dentro de dos horas",
    "el 1 de junio a las 11",
    "¿Cuál es el horario del sábado?",
  };

  private final RuleUnderstanding rules = new RuleUnderstanding(Lexicon.all());
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
  private final UnderstandingContext german = context.in(Language.DE);
  private final UnderstandingContext spanish = context.in(Language.ES);
  private final LanguageDetector detector = new LanguageDetector(Lexicon.all());
  private int next;

  @Benchmark
  public Reading wholeReadingOfATypicalMessage() {
    next = (next + 1) % MESSAGES.length;
    return rules.interpret(MESSAGES[next], context);
  }

  @Benchmark
  public Reading wholeReadingOfATypicalGermanMessage() {
    next = (next + 1) % GERMAN.length;
    return rules.interpret(GERMAN[next], german);
  }

  @Benchmark
  public Reading wholeReadingOfATypicalSpanishMessage() {
    next = (next + 1) % SPANISH.length;
    return rules.interpret(SPANISH[next], spanish);
  }

  @Benchmark
  public LanguageDetector.Detection languageOfATypicalMessage() {
    next = (next + 1) % SPANISH.length;
    return detector.detect(Language.EN, (next % 2 == 0 ? SPANISH : GERMAN)[next]);
  }

  @Benchmark
  public DateTimeParser.Found datesAndTimesOfATypicalMessage() {
    next = (next + 1) % MESSAGES.length;
    return dates.parse(MESSAGES[next], now, false, false);
  }
}
