package io.bookline.understanding;

import io.bookline.understanding.DateTimeParser.Candidate;
import io.bookline.understanding.DateTimeParser.Found;
import io.bookline.understanding.Piece.AtTime;
import io.bookline.understanding.Piece.InPart;
import io.bookline.understanding.Piece.Moment;
import io.bookline.understanding.Piece.OnDate;
import io.bookline.understanding.Piece.Unplaced;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the chosen pieces into one {@link Found}: the first date and the first time, the part of
 * day nearest the time, the qualifier around it, the spans of the words used, and what was meant as
 * a date or time but could not be placed (two different days joined by "or" are a question).
 */
final class Selection {
  private static final Set<String> VALUE_WORDS =
      Set.of("noon", "midnight", "half", "quarter", "lunch");
  private static final Set<String> SKIP_BEFORE = Set.of("at", "the", "like", "say", "maybe");
  private static final Set<String> SKIP_AFTER = Set.of("am", "pm", "oclock", "h");
  private static final Set<String> AFTER_OR = Set.of("the", "el", "on");

  /** The reason of a lone time turned down ("not 3pm"): asked for another, naming it. */
  static final String REFUSED = Unresolved.REFUSED_TIME;

  private final DateWords words;
  private final List<Sym> syms;
  private final String raw;
  private final LocalDate today;

  Selection(DateWords words, List<Sym> syms, String raw, LocalDate today) {
    this.words = words;
    this.syms = syms;
    this.raw = raw;
    this.today = today;
  }

  Found assemble(List<Candidate> said) {
    List<Candidate> chosen = JoinedDays.join(said);
    List<Unresolved> unresolved = new ArrayList<>();
    List<Candidate> declined = new ArrayList<>();
    Candidate date = pick(chosen, true, unresolved, declined);
    Candidate time = pick(chosen, false, unresolved, declined);
    // Of several parts of the day, the last one wished for: "afternoon, not in the morning".
    List<Candidate> parts = new Wishes(words, syms, raw, chosen).parts();
    PartOfDay partOfDay = parts.isEmpty() ? null : ((InPart) parts.getLast().piece()).part();
    LocalDate day = date == null ? null : day(date);
    LocalTime clock = null;
    TimeQualifier qualifier = null;
    if (time != null) {
      if (time.piece() instanceof Moment m) {
        clock = m.at().toLocalTime();
        qualifier = TimeQualifier.AT;
        if (date == null) {
          date = time;
          day = m.at().toLocalDate();
        }
      } else {
        AtTime t = (AtTime) time.piece();
        clock = ClockTimes.clock(t, ClockTimes.nearest(parts, time));
        qualifier = t.qualifier() != null ? t.qualifier() : qualifier(time);
        if (qualifier == TimeQualifier.BEFORE
            && new Wishes(words, syms, raw, chosen).busyUntil(time)) {
          // "I work until 3": the customer can come after 3 (ADR 0091), not at 3 (ADR 0109).
          qualifier = TimeQualifier.PAST;
        }
      }
    }
    return new Found(
        day,
        clock,
        qualifier,
        partOfDay,
        date == null ? null : span(date),
        time == null ? null : span(time),
        unresolved,
        date != null && date.piece() instanceof OnDate d && d.byWeekday(),
        declined.isEmpty() ? null : day(declined.get(0)),
        declined.isEmpty() ? null : span(declined.get(0)));
  }

  /**
   * The first resolved piece of the slot (of several days, the one {@link Wishes wished for}, the
   * first going to {@code declined} when passed over), unless a different one follows it after
   * "or"; when none resolved, what could not be placed goes to {@code unresolved}.
   */
  private Candidate pick(
      List<Candidate> chosen,
      boolean dates,
      List<Unresolved> unresolved,
      List<Candidate> declined) {
    List<Candidate> resolved = new ArrayList<>();
    List<Candidate> unplaced = new ArrayList<>();
    for (Candidate c : chosen) {
      if (dates ? c.piece().isDate() : c.piece().isTime()) {
        (c.piece() instanceof Unplaced ? unplaced : resolved).add(c);
      }
    }
    if (dates) {
      resolved = toCome(resolved);
    }
    Unresolved.What what = dates ? Unresolved.What.DATE : Unresolved.What.TIME;
    if (resolved.size() >= 2 && alternatives(resolved.get(0), resolved.get(1))) {
      Span both = span(resolved.get(0)).union(span(resolved.get(1)));
      List<LocalDate> days = dates ? inOneWeek(resolved.get(0), resolved.get(1)) : List.of();
      List<Candidate> parts = new Wishes(words, syms, raw, chosen).parts();
      List<LocalTime> times = dates ? List.of() : ClockTimes.both(resolved, parts);
      String said = raw.substring(both.start(), both.end());
      unresolved.add(new Unresolved(what, both, said, "alternatives", days, times));
      return null;
    }
    if (!resolved.isEmpty()) {
      Candidate first = resolved.get(0);
      Sym after = dates ? null : bareTimeAfterOr(first);
      Sym before = dates || after != null ? null : bareTimeBeforeOr(first);
      if (after != null || before != null) {
        Span both =
            after != null
                ? new Span(span(first).start(), after.end())
                : new Span(before.start(), span(first).end());
        List<LocalTime> two =
            ClockTimes.either(first, after, before, new Wishes(words, syms, raw, chosen).parts());
        unresolved.add(unresolved(what, both, "alternatives").withTimes(two));
        return null;
      }
      if (dates && resolved.size() > 1) {
        Candidate wished = new Wishes(words, syms, raw, chosen).day(resolved);
        if (wished != first) {
          declined.add(first);
        }
        return wished;
      }
      // "not at 3, at 5 please": the time wished for; "not 3pm" alone names none ("not before 3"
      // does: it is a bound).
      Candidate wished = dates ? first : new Wishes(words, syms, raw, chosen).time(resolved);
      if (wished == null && !bound(first)) {
        // The time turned down is named back ("Not 15:00"), as the bot writes times.
        String clock =
            ClockTimes.of(first, new Wishes(words, syms, raw, chosen).parts()).toString();
        unresolved.add(new Unresolved(what, span(first), clock, REFUSED));
      }
      return wished == null && bound(first) ? first : wished;
    }
    for (Candidate c : unplaced) {
      String reason = ((Unplaced) c.piece()).reason();
      // "the day after" is quoted whole: its "after" is no qualifier to leave out.
      Span words =
          DateResolvers.DAY_AFTER.equals(reason)
              ? new Span(syms.get(c.from()).start(), syms.get(c.to() - 1).end())
              : span(c);
      unresolved.add(
          new Unresolved(
              what,
              words,
              raw.substring(words.start(), words.end()),
              reason,
              ((Unplaced) c.piece()).days()));
    }
    return null;
  }

  /**
   * The days said that are still to come, when some are and some have passed: "the pedicure
   * yesterday was great, can I book another for monday?", "die Pediküre gestern war super, kann ich
   * Montag wieder eine buchen?", "la pedicura de ayer genial, ¿me reservas otra el lunes?". A day
   * gone by beside one to come tells of a past visit; the day to come is the wish. A passed day
   * said alone is still read, and told it has passed.
   */
  private List<Candidate> toCome(List<Candidate> days) {
    List<Candidate> coming = new ArrayList<>();
    for (Candidate c : days) {
      if (!day(c).isBefore(today)) {
        coming.add(c);
      }
    }
    return coming.isEmpty() ? days : coming;
  }

  private static LocalDate day(Candidate date) {
    return date.piece() instanceof OnDate d ? d.date() : ((Moment) date.piece()).at().toLocalDate();
  }

  /** Two pieces joined by "or", an article or "on" allowed after it ("el martes o el jueves"). */
  private boolean alternatives(Candidate a, Candidate b) {
    if (a.piece().equals(b.piece())
        || b.from() <= a.to()
        || !syms.get(a.to()).text().equals("or")) {
      return false;
    }
    for (int i = a.to() + 1; i < b.from(); i++) {
      if (!AFTER_OR.contains(syms.get(i).text())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The days of two alternatives. "next week tuesday or thursday", "martes o jueves de la semana
   * que viene": the week said with one of them holds for a weekday said alone with the other.
   */
  private List<LocalDate> inOneWeek(Candidate a, Candidate b) {
    LocalDate first = day(a);
    LocalDate second = day(b);
    if (alone(a) && namesWeek(b)) {
      first = sameWeek(first, second);
    } else if (alone(b) && namesWeek(a)) {
      second = sameWeek(second, first);
    }
    return List.of(first, second);
  }

  private static boolean alone(Candidate c) {
    return c.piece() instanceof OnDate d && d.byWeekday();
  }

  private boolean namesWeek(Candidate c) {
    return c.piece() instanceof OnDate
        && syms.subList(c.from(), c.to()).stream().anyMatch(s -> s.text().equals("week"));
  }

  /**
   * The day of {@code day}'s weekday in the week (Monday to Sunday) of {@code other}; {@code day}
   * itself (the weekday's next date) when that one is before it, so gone by: "monday or saturday
   * this week" on a Friday is next Monday, never the Monday past.
   */
  private static LocalDate sameWeek(LocalDate day, LocalDate other) {
    LocalDate inWeek =
        other.plusDays(day.getDayOfWeek().getValue() - other.getDayOfWeek().getValue());
    return inWeek.isBefore(day) ? day : inWeek;
  }

  /**
   * "at 3 or 4", "um 3 oder 4": a bare number (or clock time) right after "or" is a second time the
   * rules did not read as one on its own; the customer is asked rather than given the first.
   */
  private Sym bareTimeAfterOr(Candidate c) {
    int or = c.to();
    if (or + 1 >= syms.size() || !syms.get(or).text().equals("or")) {
      return null;
    }
    Sym next = syms.get(or + 1);
    return bare(next) ? next : null;
  }

  /** "3 or 4pm": the same, the bare number first. */
  private Sym bareTimeBeforeOr(Candidate c) {
    int or = c.from() - 1;
    if (or < 1 || !syms.get(or).text().equals("or")) {
      return null;
    }
    Sym before = syms.get(or - 1);
    return bare(before) ? before : null;
  }

  private static boolean bare(Sym s) {
    return s.kind() == Sym.Kind.NUMBER
        || s.kind() == Sym.Kind.WORD_NUMBER
        || s.kind() == Sym.Kind.CLOCK;
  }

  private Unresolved unresolved(Unresolved.What what, Span span, String reason) {
    return new Unresolved(what, span, raw.substring(span.start(), span.end()), reason);
  }

  /** Whether the time is said as a bound ("before 3", "3pm or later"), not as the time itself. */
  private boolean bound(Candidate time) {
    return time.piece() instanceof AtTime t
        && (t.qualifier() != null ? t.qualifier() : qualifier(time)) != TimeQualifier.AT;
  }

  /** How the words around the time constrain the slot: "after 4", "5pm or later", "4ish". */
  private TimeQualifier qualifier(Candidate time) {
    int first = -1;
    int last = -1;
    for (int i = time.from(); i < time.to(); i++) {
      Sym s = syms.get(i);
      if (s.kind().numeric() || VALUE_WORDS.contains(s.text())) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      first = time.from();
      last = time.to() - 1;
    }
    int j = first - 1;
    for (int skipped = 0; j >= 0 && skipped < 2 && SKIP_BEFORE.contains(syms.get(j).text()); ) {
      j--;
      skipped++;
    }
    for (int len = 3; len >= 1; len--) {
      TimeQualifier q = words.qualifiersBefore().get(phrase(j - len + 1, len));
      if (q != null && q != TimeQualifier.AT) {
        return q;
      }
      if (q != null) {
        // "what about 11": the longer words take back what a shorter one says ("about");
        // "what about 11ish" is still around.
        break;
      }
    }
    int k = last + 1;
    while (k < syms.size() && SKIP_AFTER.contains(syms.get(k).text())) {
      k++;
    }
    for (int len = 3; len >= 1; len--) {
      TimeQualifier q = words.qualifiersAfter().get(phrase(k, len));
      if (q != null) {
        return q;
      }
    }
    return TimeQualifier.AT;
  }

  private String phrase(int from, int len) {
    if (from < 0 || from + len > syms.size()) {
      return "";
    }
    StringBuilder out = new StringBuilder(syms.get(from).text());
    for (int i = from + 1; i < from + len; i++) {
      out.append(' ').append(syms.get(i).text());
    }
    return out.toString();
  }

  /** The words a piece was read from, without the small words around them. */
  private Span span(Candidate c) {
    int a = c.from();
    int b = c.to() - 1;
    while (a < b && trimmed(syms.get(a))) {
      a++;
    }
    while (b > a && trimmed(syms.get(b))) {
      b--;
    }
    return new Span(syms.get(a).start(), syms.get(b).end());
  }

  private boolean trimmed(Sym s) {
    return words.fillers().contains(s.text())
        || words.qualifiersBefore().containsKey(s.text())
        || s.text().equals("-");
  }
}
