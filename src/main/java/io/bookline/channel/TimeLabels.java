package io.bookline.channel;

import io.bookline.wording.Messages;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads back the day-and-time labels the dialogue offers as options in one language ({@code
 * format.when} "Donnerstag, 3. Dezember um 13:45", {@code format.day_time} "jueves 3 de diciembre,
 * 13:45", from the wording catalogue's own patterns) and writes them short for a title: the time
 * alone, or a short day and the time ({@code title.day_time}: "Do 3.12. 13:45"). The options carry
 * no dates of their own, so the channel reads the words back; a label it cannot read stays as it
 * is.
 */
final class TimeLabels {
  private static final Map<Locale, TimeLabels> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final String DAY = "\u0001";
  private static final String TIME = "\u0002";
  private static final List<ChronoField> NEEDED =
      List.of(
          ChronoField.DAY_OF_WEEK,
          ChronoField.MONTH_OF_YEAR,
          ChronoField.DAY_OF_MONTH,
          ChronoField.HOUR_OF_DAY,
          ChronoField.MINUTE_OF_HOUR);

  private final List<DateTimeFormatter> readers = new ArrayList<>();
  private final DateTimeFormatter time;
  private final DateTimeFormatter dayAndTime;

  private TimeLabels(Locale language) {
    ResourceBundle words =
        ResourceBundle.getBundle(
            Messages.BUNDLE,
            language,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Locale locale = Messages.forLocale(language).locale();
    String day = words.getString("format.day");
    String clock = words.getString("format.time");
    for (String label : List.of("format.when", "format.day_time")) {
      String pattern = pattern(words.getString(label), locale, day, clock);
      readers.add(
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern(pattern)
              .toFormatter(locale));
    }
    this.time = DateTimeFormatter.ofPattern(clock, locale);
    this.dayAndTime = DateTimeFormatter.ofPattern(words.getString("title.day_time"), locale);
  }

  /** The labels of a language (the closest one with words of its own). */
  static TimeLabels of(Locale language) {
    return BY_LANGUAGE.computeIfAbsent(language, TimeLabels::new);
  }

  /**
   * A message pattern with a day and a time ("{0} um {1}") as one java.time pattern: its words
   * quoted, the placeholders replaced by the day's and the time's patterns.
   */
  private static String pattern(String message, Locale locale, String day, String clock) {
    String filled = new MessageFormat(message, locale).format(new Object[] {DAY, TIME});
    StringBuilder p = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < filled.length(); i++) {
      String c = filled.substring(i, i + 1);
      if (c.equals(DAY) || c.equals(TIME)) {
        quote(literal, p);
        p.append(c.equals(DAY) ? day : clock);
      } else {
        literal.append(c);
      }
    }
    quote(literal, p);
    return p.toString();
  }

  private static void quote(StringBuilder literal, StringBuilder into) {
    if (!literal.isEmpty()) {
      into.append('\'').append(literal.toString().replace("'", "''")).append('\'');
      literal.setLength(0);
    }
  }

  /** The day and time a label says, or null when it is no day-and-time label of this language. */
  TemporalAccessor read(String label) {
    String text = label.strip();
    for (DateTimeFormatter reader : readers) {
      ParsePosition at = new ParsePosition(0);
      TemporalAccessor t = reader.parseUnresolved(text, at);
      if (t != null
          && at.getErrorIndex() < 0
          && at.getIndex() == text.length()
          && NEEDED.stream().allMatch(t::isSupported)) {
        return t;
      }
    }
    return null;
  }

  /** Whether two labels read by {@link #read} are on the same day. */
  static boolean sameDay(TemporalAccessor a, TemporalAccessor b) {
    return a.getLong(ChronoField.MONTH_OF_YEAR) == b.getLong(ChronoField.MONTH_OF_YEAR)
        && a.getLong(ChronoField.DAY_OF_MONTH) == b.getLong(ChronoField.DAY_OF_MONTH);
  }

  /** The time alone: "13:45". */
  String time(TemporalAccessor t) {
    return time.format(t);
  }

  /** A short day and the time: "Do 3.12. 13:45", "jue 3 dic 13:45", "Thu 3 Dec 13:45". */
  String dayAndTime(TemporalAccessor t) {
    return dayAndTime.format(t);
  }
}
