package io.bookline.understanding;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates and times people write in English chat ("next Friday", "the 12th of this month",
 * "quarter to 2 in the afternoon", "after 4") against the business's local today. Times without
 * am/pm follow business hours: a bare 1–7 is afternoon, 8–12 is morning.
 */
public final class DateTimeParser {

  /** What was found; any field may be null. */
  public record Found(
      LocalDate date, LocalTime time, TimeQualifier qualifier, PartOfDay partOfDay) {}

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String ORD = "(?:st|nd|rd|th)";
  private static final String WEEKDAY_FULL =
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final String WEEKDAY_ANY =
      "(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
          + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)";

  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b"
              + MONTH
              + "\\.?\\s+(?:the\\s+)?(\\d{1,2})"
              + ORD
              + "?\\b(?!\\s*(?::|am\\b|pm\\b|oclock))"
              + "(?:,?\\s+(\\d{4}))?");
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "\\b(\\d{1,2})" + ORD + "?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+(\\d{4}))?");
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<![\\d:])(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?(?![\\d/])");
  private static final Pattern DAY_AFTER_TOMORROW =
      Pattern.compile("\\b(?:the\\s+)?day\\s+after\\s+(?:tomorrow|tmrw|tmr)\\b");
  private static final Pattern TOMORROW =
      Pattern.compile("\\b(?:tomorrow|tomorow|tmrw|tmr|2morrow)\\b");
  private static final Pattern TODAY =
      Pattern.compile("\\b(?:today|tonight|tonite|this\\s+(?:morning|afternoon|evening))\\b");
  private static final Pattern IN_DAYS =
      Pattern.compile("\\bin\\s+(\\d{1,2}|a)\\s+(days?|weeks?)\\b");
  private static final Pattern WEEKDAY_NEXT_WEEK =
      Pattern.compile(
          "\\b(?:on\\s+)?"
              + WEEKDAY_FULL
              + "\\s+(?:of\\s+)?(next|this|the\\s+following)\\s+week\\b"
              + "|\\b(next|this)\\s+week\\s+(?:on\\s+)?"
              + WEEKDAY_FULL
              + "\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:(this|next|coming|on|until|by|for)\\s+)?(?:the\\s+)?" + WEEKDAY_ANY + "\\b");
  private static final Pattern DAY_ORDINAL =
      Pattern.compile(
          "\\b(\\d{1,2})"
              + ORD
              + "\\b(?!\\s+(?:one|1|option|slot|time|choice)\\b)"
              + "(?:\\s+of\\s+(this|next|the)\\s+month)?"
              + "|\\b(?:the|on)\\s+(\\d{1,2})\\s+of\\s+(this|next|the)\\s+month\\b");

  private static final Pattern MINUTES_PAST =
      Pattern.compile(
          "\\b(?:a\\s+)?(half|quarter|5|10|15|20|25)\\s*(?:minutes?\\s+)?(past|after|to|till|before)\\s+(\\d{1,2})\\b");
  private static final Pattern CLOCK =
      Pattern.compile("(?<![\\d/.])(\\d{1,2})\\s*[:.h]\\s*(\\d{2})(?![\\d/])\\s*(am|pm)?\\b");
  private static final Pattern HOUR_AMPM = Pattern.compile("(?<![\\d:/.])(\\d{1,2})\\s*(am|pm)\\b");
  private static final Pattern OCLOCK = Pattern.compile("(?<![\\d:/.])(\\d{1,2})\\s*oclock\\b");
  private static final Pattern NOON = Pattern.compile("\\b(noon|midday|lunchtime|midnight)\\b");
  private static final Pattern PART_THEN_HOUR =
      Pattern.compile(
          "\\b(morning|afternoon|evening|night)\\s+(?:at\\s+|around\\s+)?(\\d{1,2})\\b(?!\\s*"
              + ORD
              + ")");
  private static final Pattern HOUR_THEN_PART =
      Pattern.compile(
          "(?<![\\d:/.])(\\d{1,2})\\s+(?:in\\s+the|this|at|at\\s+the|in)\\s+(morning|afternoon|evening|night)\\b");
  private static final Pattern TRIGGER_HOUR =
      Pattern.compile(
          "\\b(at|for|around|about|by|after|before|from|till|until|say|like|try|maybe|not\\s+before"
              + "|no\\s+earlier\\s+than|no\\s+later\\s+than|later\\s+than|earlier\\s+than|@)\\s+(\\d{1,2})\\b"
              + "(?!\\s*(?:"
              + ORD
              + "|people|persons?|person|hours?|hrs?|mins?|minutes?|days?|weeks?"
              + "|months?|years?|eur|euros?|usd|dollars?|bucks|%|/|-|of\\b))");
  private static final Pattern BARE_HOUR = Pattern.compile("^\\s*(?:at\\s+)?(\\d{1,2})\\s*$");

  private static final Pattern PART_OF_DAY =
      Pattern.compile("\\b(morning|afternoon|evening|night|tonight|tonite|arvo)\\b");
  private static final Pattern AFTER_BEFORE =
      Pattern.compile(
          "(not\\s+before|no\\s+earlier\\s+than|after|from|later\\s+than|past"
              + "|before|by|until|till|no\\s+later\\s+than|not\\s+after|earlier\\s+than"
              + "|around|about|approximately|approx|roughly|near|circa|ish)\\s+(?:the\\s+)?"
              + "(?:(?:morning|afternoon|evening)\\s+)?$");

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50));
  private static final Pattern NUMBER_WORD =
      Pattern.compile(
          "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
              + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\\b");
  private static final Pattern COMPOUND_NUMBER =
      Pattern.compile(
          "\\b(twenty|thirty|forty|fifty)[\\s-](one|two|three|four|five|six|seven|eight|nine)\\b");
  private static final String[] ORDINAL_WORDS = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth"
  };
  private static final Pattern ORDINAL_WORD =
      Pattern.compile(
          "\\b(the|on|for)\\s+(?:(twenty|thirty)[\\s-]?)?(first|second|third|fourth|fifth|sixth"
              + "|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
              + "|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\\b"
              // "the second one" picks from a list; it is not the 2nd of the month.
              + "(?!\\s+(?:one|option|slot|time|choice)\\b)");

  private DateTimeParser() {}

  /** Lower-cases and regularises text so the patterns above see one spelling of each thing. */
  public static String normalize(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    s =
        s.replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replace('\u201c', '"')
            .replace('\u201d', '"');
    s = s.replaceAll("o\\s*['\"`\u00b4]?\\s*clock", " oclock ");
    s = s.replaceAll("\\ba\\.\\s?m\\.?", "am").replaceAll("\\bp\\.\\s?m\\.?", "pm");
    s = s.replaceAll("(\\d)(am|pm)\\b", "$1 $2");
    s = s.replaceAll("\\bteh\\b", "the");
    s =
        replaceAll(
            COMPOUND_NUMBER,
            s,
            m -> String.valueOf(NUMBER_WORDS.get(m.group(1)) + NUMBER_WORDS.get(m.group(2))));
    s = replaceAll(ORDINAL_WORD, s, DateTimeParser::ordinalWord);
    s = replaceAll(NUMBER_WORD, s, m -> String.valueOf(NUMBER_WORDS.get(m.group(1))));
    s = s.replaceAll("[,!?;()\\[\\]\"*]", " ");
    s = s.replaceAll("\\.(?!\\d)", " ");
    s = s.replaceAll("\\s+", " ").strip();
    return s;
  }

  private static String ordinalWord(Matcher m) {
    int n = 0;
    if (m.group(2) != null) {
      n = m.group(2).equals("twenty") ? 20 : 30;
    }
    String w = m.group(3);
    if (w.equals("thirtieth")) {
      n = 30;
    } else {
      for (int i = 0; i < ORDINAL_WORDS.length; i++) {
        if (ORDINAL_WORDS[i].equals(w)) {
          n += i + 1;
        }
      }
    }
    return m.group(1) + " " + n + suffix(n);
  }

  private static String suffix(int n) {
    if (n % 100 >= 11 && n % 100 <= 13) {
      return "th";
    }
    return switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /**
   * Parses already {@link #normalize normalized} text.
   *
   * @param monthFirst read {@code 8/3} as August 3rd (US) rather than 8 March
   * @param expectingTime the bot just asked for a time, so a lone number is an hour
   */
  public static Found parse(
      String normalized, LocalDate today, boolean monthFirst, boolean expectingTime) {
    StringBuilder rest = new StringBuilder(normalized);
    LocalDate date = findDate(rest, today, monthFirst);
    String withoutDates = rest.toString();
    PartOfDay part = partOfDay(withoutDates);
    if (date == null && withoutDates.matches(".*\\b(?:tonight|tonite)\\b.*")) {
      date = today;
    }
    TimeHit hit = findTime(withoutDates, part, expectingTime);
    return new Found(date, hit == null ? null : hit.time, hit == null ? null : hit.qualifier, part);
  }

  // ---------------------------------------------------------------- dates

  private static LocalDate findDate(StringBuilder s, LocalDate today, boolean monthFirst) {
    LocalDate found = null;
    Matcher m = ISO.matcher(s);
    if (m.find()) {
      found = safeDate(int1(m, 1), int1(m, 2), int1(m, 3));
      blank(s, m);
    }
    m = MONTH_DAY.matcher(s);
    if (m.find()) {
      LocalDate d = monthDay(today, month(m.group(1)), int1(m, 2), m.group(3));
      found = first(found, d);
      blank(s, m);
    }
    m = DAY_MONTH.matcher(s);
    if (m.find()) {
      LocalDate d = monthDay(today, month(m.group(2)), int1(m, 1), m.group(3));
      found = first(found, d);
      blank(s, m);
    }
    m = NUMERIC_DATE.matcher(s);
    if (m.find()) {
      int a = int1(m, 1);
      int b = int1(m, 2);
      int monthNo = monthFirst ? a : b;
      int day = monthFirst ? b : a;
      if (monthNo >= 1 && monthNo <= 12 && day >= 1 && day <= 31) {
        found = first(found, monthDay(today, monthNo, day, m.group(3)));
        blank(s, m);
      }
    }
    m = DAY_AFTER_TOMORROW.matcher(s);
    if (m.find()) {
      found = first(found, today.plusDays(2));
      blank(s, m);
    }
    m = TOMORROW.matcher(s);
    if (m.find()) {
      found = first(found, today.plusDays(1));
      blank(s, m);
    }
    m = TODAY.matcher(s);
    if (m.find()) {
      found = first(found, today);
      // keep "this evening" visible for the part-of-day reading
    }
    m = IN_DAYS.matcher(s);
    if (m.find()) {
      int n = m.group(1).equals("a") ? 1 : int1(m, 1);
      found = first(found, m.group(2).startsWith("week") ? today.plusWeeks(n) : today.plusDays(n));
      blank(s, m);
    }
    m = WEEKDAY_NEXT_WEEK.matcher(s);
    if (m.find()) {
      String dayName = m.group(1) != null ? m.group(1) : m.group(4);
      String which = m.group(2) != null ? m.group(2) : m.group(3);
      DayOfWeek dow = weekday(dayName);
      LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      if (!which.startsWith("this")) {
        monday = monday.plusWeeks(1);
      }
      found = first(found, monday.plusDays(dow.getValue() - 1L));
      blank(s, m);
    }
    m = WEEKDAY.matcher(s);
    while (m.find()) {
      String prefix = m.group(1);
      String word = m.group(2);
      boolean abbreviation = !word.endsWith("day");
      // "sat", "sun", "wed" are also plain words; take abbreviations only after a date cue.
      if (abbreviation && prefix == null) {
        continue;
      }
      DayOfWeek dow = weekday(word);
      LocalDate d =
          "next".equals(prefix)
              ? today.with(TemporalAdjusters.next(dow))
              : today.with(TemporalAdjusters.nextOrSame(dow));
      found = first(found, d);
      blank(s, m);
      break;
    }
    m = DAY_ORDINAL.matcher(s);
    if (m.find()) {
      int day = m.group(1) != null ? int1(m, 1) : int1(m, 3);
      String which = m.group(1) != null ? m.group(2) : m.group(4);
      if (day >= 1 && day <= 31) {
        found = first(found, dayOfMonth(today, day, "next".equals(which)));
        blank(s, m);
      }
    }
    return found;
  }

  private static LocalDate first(LocalDate existing, LocalDate candidate) {
    return existing != null ? existing : candidate;
  }

  private static LocalDate dayOfMonth(LocalDate today, int day, boolean nextMonth) {
    LocalDate month = today.withDayOfMonth(1);
    if (nextMonth) {
      month = month.plusMonths(1);
    } else if (day < today.getDayOfMonth()) {
      // "the 3rd" said on the 20th means next month's 3rd.
      month = month.plusMonths(1);
    }
    for (int i = 0; i < 12; i++) {
      LocalDate candidate = safeDate(month.getYear(), month.getMonthValue(), day);
      if (candidate != null) {
        return candidate;
      }
      month = month.plusMonths(1);
    }
    return null;
  }

  private static LocalDate monthDay(LocalDate today, int month, int day, String year) {
    if (year != null) {
      int y = Integer.parseInt(year);
      if (y < 100) {
        y += 2000;
      }
      return safeDate(y, month, day);
    }
    LocalDate d = safeDate(today.getYear(), month, day);
    if (d != null && d.isBefore(today)) {
      d = safeDate(today.getYear() + 1, month, day);
    }
    return d;
  }

  private static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int month(String word) {
    return switch (word.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }

  private static DayOfWeek weekday(String word) {
    return switch (word.substring(0, 3)) {
      case "mon" -> DayOfWeek.MONDAY;
      case "tue" -> DayOfWeek.TUESDAY;
      case "wed" -> DayOfWeek.WEDNESDAY;
      case "thu" -> DayOfWeek.THURSDAY;
      case "fri" -> DayOfWeek.FRIDAY;
      case "sat" -> DayOfWeek.SATURDAY;
      default -> DayOfWeek.SUNDAY;
    };
  }

  // ---------------------------------------------------------------- times

  private record TimeHit(LocalTime time, TimeQualifier qualifier) {}

  private static TimeHit findTime(String s, PartOfDay part, boolean expectingTime) {
    Matcher m = MINUTES_PAST.matcher(s);
    if (m.find()) {
      int minutes =
          switch (m.group(1)) {
            case "half" -> 30;
            case "quarter" -> 15;
            default -> Integer.parseInt(m.group(1));
          };
      int hour = Integer.parseInt(m.group(3));
      boolean to =
          m.group(2).equals("to") || m.group(2).equals("till") || m.group(2).equals("before");
      if (to) {
        hour = hour == 1 ? 12 : hour - 1;
        minutes = 60 - minutes;
      }
      String ampm = ampmAfter(s, m.end());
      LocalTime t = resolve(hour, minutes, ampm, part, false);
      if (t != null) {
        return new TimeHit(t, qualifier(s, m.start()));
      }
    }
    m = CLOCK.matcher(s);
    while (m.find()) {
      int hour = int1(m, 1);
      int minute = int1(m, 2);
      if (minute > 59) {
        continue;
      }
      boolean leadingZero = m.group(1).length() == 2 && m.group(1).startsWith("0");
      LocalTime t = resolve(hour, minute, m.group(3), part, leadingZero);
      if (t != null) {
        return new TimeHit(t, qualifier(s, m.start()));
      }
    }
    m = HOUR_AMPM.matcher(s);
    if (m.find()) {
      LocalTime t = resolve(int1(m, 1), 0, m.group(2), part, false);
      if (t != null) {
        return new TimeHit(t, qualifier(s, m.start()));
      }
    }
    m = OCLOCK.matcher(s);
    if (m.find()) {
      LocalTime t = resolve(int1(m, 1), 0, ampmAfter(s, m.end()), part, false);
      if (t != null) {
        return new TimeHit(t, qualifier(s, m.start()));
      }
    }
    m = NOON.matcher(s);
    if (m.find()) {
      LocalTime t = m.group(1).equals("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
      return new TimeHit(t, qualifier(s, m.start()));
    }
    m = PART_THEN_HOUR.matcher(s);
    if (m.find()) {
      LocalTime t = resolve(int1(m, 2), 0, null, partOf(m.group(1)), false);
      if (t != null) {
        return new TimeHit(t, qualifier(s, m.start()));
      }
    }
    m = HOUR_THEN_PART.matcher(s);
    if (m.find()) {
      LocalTime t = resolve(int1(m, 1), 0, null, partOf(m.group(2)), false);
      if (t != null) {
        return new TimeHit(t, qualifier(s, m.start()));
      }
    }
    m = TRIGGER_HOUR.matcher(s);
    if (m.find()) {
      LocalTime t = resolve(int1(m, 2), 0, null, part, false);
      if (t != null) {
        return new TimeHit(t, qualifierWord(m.group(1)));
      }
    }
    if (expectingTime) {
      m = BARE_HOUR.matcher(s);
      if (m.find()) {
        LocalTime t = resolve(int1(m, 1), 0, null, part, false);
        if (t != null) {
          return new TimeHit(t, TimeQualifier.AT);
        }
      }
    }
    return null;
  }

  private static String ampmAfter(String s, int from) {
    Matcher m = Pattern.compile("^\\s*(am|pm)\\b").matcher(s.substring(from));
    return m.find() ? m.group(1) : null;
  }

  /** Clock time from an hour as written, its am/pm and the part of day around it. */
  private static LocalTime resolve(
      int hour, int minute, String ampm, PartOfDay part, boolean leadingZero) {
    if (hour > 23 || minute > 59) {
      return null;
    }
    int h = hour;
    if (ampm != null) {
      if (hour > 12 || hour == 0) {
        return hour <= 23 ? LocalTime.of(hour, minute) : null;
      }
      if (ampm.equals("pm") && h < 12) {
        h += 12;
      } else if (ampm.equals("am") && h == 12) {
        h = 0;
      }
    } else if (hour >= 13 || hour == 0 || leadingZero) {
      h = hour;
    } else if (part == PartOfDay.AFTERNOON || part == PartOfDay.EVENING) {
      h = hour == 12 ? 12 : hour + 12;
    } else if (part == PartOfDay.MORNING) {
      h = hour;
    } else if (hour <= 7) {
      // Business hours: "at 4" is four in the afternoon.
      h = hour + 12;
    }
    return LocalTime.of(h, minute);
  }

  private static PartOfDay partOfDay(String s) {
    Matcher m = PART_OF_DAY.matcher(s);
    PartOfDay found = null;
    while (m.find()) {
      found = partOf(m.group(1));
    }
    return found;
  }

  private static PartOfDay partOf(String word) {
    return switch (word) {
      case "morning" -> PartOfDay.MORNING;
      case "afternoon", "arvo" -> PartOfDay.AFTERNOON;
      default -> PartOfDay.EVENING;
    };
  }

  private static TimeQualifier qualifier(String s, int timeStart) {
    String before = s.substring(0, timeStart);
    Matcher m = AFTER_BEFORE.matcher(before);
    if (m.find()) {
      return qualifierWord(m.group(1));
    }
    String after = s.substring(timeStart);
    if (after.matches("^\\S+(?:\\s+(?:am|pm))?\\s*(?:-?ish|or\\s+so)\\b.*")) {
      return TimeQualifier.AROUND;
    }
    if (after.matches("^\\S+(?:\\s+(?:am|pm))?\\s+or\\s+later\\b.*")) {
      return TimeQualifier.AFTER;
    }
    if (after.matches("^\\S+(?:\\s+(?:am|pm))?\\s+(?:at\\s+the\\s+latest|or\\s+earlier)\\b.*")) {
      return TimeQualifier.BEFORE;
    }
    return TimeQualifier.AT;
  }

  private static TimeQualifier qualifierWord(String word) {
    String w = word.replaceAll("\\s+", " ");
    return switch (w) {
      case "after", "from", "later than", "not before", "no earlier than", "past" ->
          TimeQualifier.AFTER;
      case "before", "by", "until", "till", "no later than", "not after", "earlier than" ->
          TimeQualifier.BEFORE;
      case "around", "about", "approximately", "approx", "roughly", "near", "circa", "ish" ->
          TimeQualifier.AROUND;
      default -> TimeQualifier.AT;
    };
  }

  // ---------------------------------------------------------------- helpers

  private static int int1(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static void blank(StringBuilder s, Matcher m) {
    for (int i = m.start(); i < m.end(); i++) {
      s.setCharAt(i, ' ');
    }
  }

  private static String replaceAll(
      Pattern p, String s, java.util.function.Function<Matcher, String> replacement) {
    Matcher m = p.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
