package io.bookline.channel;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shortens an option's title to a platform's limit legibly: at a word boundary where there is one,
 * and always with a mark ("…"), so a shortened title never looks like a whole one. A tap still
 * sends the whole option (its id carries it), so a title may say it in any way that tells it apart.
 */
public final class Titles {
  /** The mark a shortened title ends with. */
  public static final String MARK = "…";

  /** A shared word at most this long is kept whole in front of where titles start to differ. */
  private static final int SHARED_WORD = 6;

  private Titles() {}

  /** {@code title} itself when it fits in {@code max} characters, else a shortened, marked one. */
  public static String shorten(String title, int max) {
    String t = title.strip();
    if (t.codePointCount(0, t.length()) <= max) {
      return t;
    }
    int room = t.offsetByCodePoints(0, max - 1);
    int space = t.lastIndexOf(' ', room);
    // A word boundary in the latter half keeps whole words; else the word is cut, with the mark.
    int cut = space >= room / 2 ? space : room;
    return t.substring(0, cut).stripTrailing() + MARK;
  }

  /**
   * The titles of a reply's options in at most {@code max} characters each, told apart: options
   * that differ never get the same title. Day-and-time labels in {@code language} that do not fit
   * are written short: all on one day as their times ("13:45", "14:00"; the reply's text names the
   * day), on several days as a short day and time ("Do 3.12. 13:45", "Fr 4.12. 15:00"). Any other
   * title too long is {@linkplain #shorten shortened}; titles that would then read the same keep
   * their start and the words where the options differ ("Maniküre für… 1"), and as a last resort
   * are numbered as the options are in text.
   */
  public static List<String> fit(List<String> options, int max, Locale language) {
    List<String> titles = new ArrayList<>(options.stream().map(String::strip).toList());
    shortTimes(titles, max, language);
    titles.replaceAll(t -> shorten(t, max));
    tellApart(options, titles, max);
    return List.copyOf(titles);
  }

  /** Day-and-time labels too long for {@code max}: their times, or short days and times. */
  private static void shortTimes(List<String> titles, int max, Locale language) {
    TimeLabels labels = TimeLabels.of(language);
    Map<Integer, TemporalAccessor> times = new LinkedHashMap<>();
    boolean tooLong = false;
    for (int i = 0; i < titles.size(); i++) {
      TemporalAccessor t = labels.read(titles.get(i));
      if (t != null) {
        times.put(i, t);
        tooLong |= length(titles.get(i)) > max;
      }
    }
    if (!tooLong) {
      return;
    }
    TemporalAccessor first = times.values().iterator().next();
    boolean oneDay = times.values().stream().allMatch(t -> TimeLabels.sameDay(first, t));
    times.forEach((i, t) -> titles.set(i, oneDay ? labels.time(t) : labels.dayAndTime(t)));
  }

  /** Gives options that differ but got the same title titles that differ. */
  private static void tellApart(List<String> options, List<String> titles, int max) {
    for (List<Integer> same : collisions(options, titles)) {
      List<String> group = same.stream().map(i -> options.get(i).strip()).toList();
      int common = commonPrefix(group);
      for (int i : same) {
        titles.set(i, headAndTail(options.get(i).strip(), common, max));
      }
    }
    for (List<Integer> same : collisions(options, titles)) {
      for (int i : same) {
        String number = (i + 1) + ". ";
        titles.set(i, number + shorten(options.get(i), max - length(number)));
      }
    }
  }

  /** Groups of two or more positions whose options differ and whose titles are the same. */
  private static List<List<Integer>> collisions(List<String> options, List<String> titles) {
    Map<String, List<Integer>> byTitle = new LinkedHashMap<>();
    for (int i = 0; i < titles.size(); i++) {
      byTitle.computeIfAbsent(titles.get(i), k -> new ArrayList<>()).add(i);
    }
    return byTitle.values().stream()
        .filter(same -> same.stream().map(i -> options.get(i).strip()).distinct().count() > 1)
        .toList();
  }

  /**
   * As much of the start as fits, the mark, then the option from the word where it differs from the
   * others ({@code common} characters are shared): "Donnerstag,… 13:45". When that part is too long
   * itself, it is shortened with a mark at its end too.
   */
  private static String headAndTail(String option, int common, int max) {
    int start = option.lastIndexOf(' ', Math.max(0, common - 1)) + 1;
    if (common - start > SHARED_WORD) {
      start = common; // a long shared word is cut where the options start to differ
    }
    if (start == 0) {
      return shorten(option, max);
    }
    String gap = option.charAt(start - 1) == ' ' ? " " : "";
    String tail = option.substring(start);
    int room = max - length(MARK) - length(gap) - length(tail);
    if (room < 1) {
      return MARK + gap + shorten(tail, max - length(MARK) - length(gap));
    }
    String head = option.substring(0, start).stripTrailing();
    if (length(head) > room) {
      int end = head.offsetByCodePoints(0, room);
      int space = head.lastIndexOf(' ', end);
      head = head.substring(0, space >= end / 2 ? space : end);
    }
    return head.stripTrailing() + MARK + gap + tail;
  }

  /**
   * How many characters all of {@code texts} share at their start (never half a surrogate pair).
   */
  private static int commonPrefix(List<String> texts) {
    String first = texts.get(0);
    int n = first.length();
    for (String t : texts) {
      int i = 0;
      while (i < Math.min(n, t.length()) && t.charAt(i) == first.charAt(i)) {
        i++;
      }
      n = i;
    }
    return n > 0 && Character.isHighSurrogate(first.charAt(n - 1)) ? n - 1 : n;
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * {@code text} in at most {@code max} UTF-8 bytes, shortened the same way when it does not fit.
   */
  public static String shortenBytes(String text, int max) {
    String t = text;
    int chars = t.length();
    while (t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > max && chars > 1) {
      chars--;
      t = shorten(text, chars);
    }
    return t;
  }
}
