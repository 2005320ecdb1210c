package io.bookline.understanding;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Cannot-keep phrases that go on with a day up to the end of their clause and with nothing else
 * ({@link Phrases} notation): "ich schaffe es nicht am Montag um 11 Uhr", "no llego el lunes 30 de
 * noviembre". A running-late word in the same clause is no day word ("pünktlich", "rechtzeitig",
 * "bis", "später"; "a tiempo", "a la hora", "tarde"), so "ich schaffe es nicht mehr pünktlich" and
 * "no llego mañana a tiempo" match none of these phrases: running late, no cancellation a yes could
 * confirm.
 */
final class ClauseDays {
  private ClauseDays() {}

  /** At most this many day words: "am Montag um 11:30 Uhr" is six ("11:30" is two). */
  static final int MOST = 6;

  /** Calendar and clock numbers: "am 30.", "um 11:30". */
  private static final String NUMBERS =
      IntStream.rangeClosed(0, 59).mapToObj(Integer::toString).collect(Collectors.joining("|"))
          + "|00";

  /** German words a day may start with after "nicht", or "hin" and "mehr" with none. */
  static final String GERMAN_START =
      words(
          "am an heute morgen übermorgen diesen nächsten kommenden hin dahin mehr zum zur zu",
          "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag");

  /**
   * German words of a day and time, and of getting there ("zu kommen"). "Bis", "später",
   * "pünktlich", "rechtzeitig" are not.
   */
  static final String GERMAN =
      words(
          GERMAN_START.replace('|', ' '),
          "um uhr den dem tag termin euch ihnen dir leider vorbei kommen erscheinen",
          "früh morgens vormittag",
          "vormittags mittag mittags nachmittag nachmittags abend abends",
          "januar jänner februar märz april mai juni juli august september oktober november",
          "dezember",
          NUMBERS.replace('|', ' '));

  /** Spanish words a day may start with: not "a" ("no llego a tiempo", "no llego a las 11"). */
  static final String SPANISH_START =
      words(
          "el los este ese esta esa mañana hoy pasado próximo próxima",
          "lunes martes miércoles jueves viernes sábado domingo");

  /** Spanish words of a day and time. "Tarde", "tiempo", "hora", "puntual" are not. */
  static final String SPANISH =
      words(
          SPANISH_START.replace('|', ' '),
          "a al la las de del que viene día mediodía noche por cita",
          "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre",
          "noviembre diciembre",
          NUMBERS.replace('|', ' '));

  /**
   * {@code phrase} followed by one word of {@code start} and up to {@link #MOST} words in all of
   * {@code day}, the last ending its clause.
   */
  static String then(String phrase, String start, String day) {
    StringBuilder s = new StringBuilder(phrase).append(' ').append(start);
    for (int i = 1; i < MOST; i++) {
      s.append(' ').append(day).append('?');
    }
    return s.append('$').toString();
  }

  private static String words(String... spaced) {
    return Stream.of(spaced)
        .flatMap(s -> List.of(s.split(" ")).stream())
        .distinct()
        .collect(Collectors.joining("|"));
  }
}
