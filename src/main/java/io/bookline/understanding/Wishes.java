package io.bookline.understanding;

import io.bookline.understanding.DateTimeParser.Candidate;
import io.bookline.understanding.Piece.InPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of several days (or parts of the day) a message names is the one wished for, from the words
 * around each ({@link WishWords}): "kann ich den Termin von Montag auf Mittwoch verschieben?"
 * wishes for Wednesday, "no, tomorrow doesn't work, monday" for Monday. Words count only within the
 * clause of the day they stand by ("no, Monday" is no negated Monday) and up to the next day or
 * time said.
 */
final class Wishes {
  private static final String CLAUSE_ENDS = ",;:.!?¿¡";

  /** How far before a day a word turns it down: "not tomorrow", "can't do tomorrow". */
  private static final int REACH_BEFORE = 3;

  /** How far after: "tomorrow doesn't work", "morgen geht doch nicht", "mañana no". */
  private static final int REACH_AFTER = 4;

  private final DateWords words;
  private final List<Sym> syms;
  private final String raw;
  private final List<Candidate> chosen;

  Wishes(DateWords words, List<Sym> syms, String raw, List<Candidate> chosen) {
    this.words = words;
    this.syms = syms;
    this.raw = raw;
    this.chosen = chosen;
  }

  /**
   * Of two or more days, the last one said as a correction ("tuesday but actually wednesday"), else
   * the first aimed at, else the first not turned down, else the first.
   */
  Candidate day(List<Candidate> days) {
    for (Candidate c : days.reversed()) {
      if (c != days.get(0) && (waitedFor(c) || corrected(c) && !turnedDown(c))) {
        return c;
      }
    }
    for (Candidate c : days) {
      if (aimedAt(c)) {
        return c;
      }
    }
    // A day said as closed or as an event's is talked about, not wished for (ADR 0091).
    for (Candidate c : days) {
      if (!turnedDown(c) && !aside(c)) {
        return c;
      }
    }
    for (Candidate c : days) {
      if (!turnedDown(c)) {
        return c;
      }
    }
    return days.get(0);
  }

  /**
   * Whether the time is what keeps the customer busy until then ("I work until 3", "trabajo hasta
   * las tres"): a busy word shortly before it in its clause. Such a bound is the earliest they can
   * come, not the latest (ADR 0091).
   */
  boolean busyUntil(Candidate time) {
    for (int j = time.from() - 1, passed = 0; j >= 0 && !clauseEndsAfter(j) && !said(j); j--) {
      Sym s = syms.get(j);
      if (words.wishes().busy().contains(s.text()) || words.wishes().busy().contains(typed(s))) {
        return true;
      }
      if (!words.fillers().contains(s.text()) && ++passed == REACH_BEFORE) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether only a "wait" and small words stand between the day and the day or time said before it,
   * clause ends or not: "monday at 10 no wait tuesday", "Montag um 10, nein warte, Dienstag".
   */
  private boolean waitedFor(Candidate c) {
    boolean wait = false;
    for (int j = c.from() - 1; j >= 0 && !said(j); j--) {
      Sym s = syms.get(j);
      if (AsideDays.WAIT.contains(typed(s))) {
        wait = true;
      } else if (!AsideDays.WITH_WAIT.contains(typed(s))
          && !words.fillers().contains(s.text())
          && !against(s, Set.of())) {
        return false;
      }
    }
    return wait;
  }

  /**
   * Whether the day is said as closed ("closed sunday?", "sonntag habt ihr zu") or as an event's
   * ("my sister's wedding next Saturday"): such a word in its clause, before it or shortly after.
   */
  private boolean aside(Candidate c) {
    for (int j = c.from() - 1; j >= 0 && !clauseEndsAfter(j) && !said(j); j--) {
      String typed = typed(syms.get(j));
      if (AsideDays.CLOSED.contains(typed) || AsideDays.EVENTS.contains(typed)) {
        return true;
      }
    }
    for (int k = c.to(); k < syms.size() && k < c.to() + REACH_AFTER && !said(k); k++) {
      if (clauseEndsAfter(k - 1)) {
        break;
      }
      String typed = typed(syms.get(k));
      if (AsideDays.CLOSED.contains(typed)
          || AsideDays.CLOSED_AFTER.contains(typed)
          || AsideDays.EVENTS.contains(typed)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Of the times said, the last one said as a correction ("at 10, no sorry 11, actually 12"), else
   * the first not turned down ("not at 3, at 5 please", "a las 3 no, a las 5"); of one time, null
   * when it is refused outright ("not 3pm", "nicht um 15 Uhr", "a las 3 no"): a negation opens its
   * clause right before it or closes it right after it.
   */
  Candidate time(List<Candidate> times) {
    if (times.size() > 1) {
      // "at 10, no sorry 11, ugh actually 12": the last time said as a correction of those before.
      for (Candidate c : times.reversed()) {
        if (c != times.get(0) && correctsTo(c)) {
          return c;
        }
      }
      for (Candidate c : times) {
        if (!turnedDown(c)) {
          return c;
        }
      }
      return times.get(0);
    }
    Candidate only = times.get(0);
    int j = only.from() - 1;
    while (j >= 0 && !clauseEndsAfter(j) && words.fillers().contains(syms.get(j).text())) {
      j--;
    }
    boolean before =
        j >= 0
            && !clauseEndsAfter(j)
            && against(syms.get(j), Set.of())
            // "no 2pm" answers a question with a time; after it "no" refuses ("a las 3 no").
            && !typed(syms.get(j)).equals("no")
            && (j == 0 || clauseEndsAfter(j - 1));
    int k = only.to();
    boolean after =
        k < syms.size()
            && !clauseEndsAfter(k - 1)
            && against(syms.get(k), Set.of())
            && clauseEndsAfter(k);
    return before || after ? null : only;
  }

  /**
   * The parts of the day said, less those turned down or explained away ("not in the morning",
   * "because in the morning I work"); all of them when every one is.
   */
  List<Candidate> parts() {
    List<Candidate> said = new ArrayList<>();
    List<Candidate> wished = new ArrayList<>();
    for (Candidate c : chosen) {
      if (c.piece() instanceof InPart) {
        said.add(c);
        if (!turnedDown(c, words.wishes().busy())) {
          wished.add(c);
        }
      }
    }
    return wished.isEmpty() ? said : wished;
  }

  /** Whether a word of {@code against} stands near the piece in its clause. */
  private boolean turnedDown(Candidate c) {
    return turnedDown(c, Set.of());
  }

  /** Whether a word of {@code against}, or of {@code also}, stands near the piece in its clause. */
  private boolean turnedDown(Candidate c, Set<String> also) {
    for (int j = c.from() - 1, passed = 0; j >= 0 && !clauseEndsAfter(j) && !said(j); j--) {
      if (against(syms.get(j), also)) {
        return true;
      }
      if (!words.fillers().contains(syms.get(j).text()) && ++passed == REACH_BEFORE) {
        break;
      }
    }
    for (int k = c.to(); k < syms.size() && k < c.to() + REACH_AFTER && !said(k); k++) {
      if (clauseEndsAfter(k - 1)) {
        break;
      }
      if (against(syms.get(k), also)) {
        return true;
      }
    }
    return false;
  }

  private boolean against(Sym s, Set<String> also) {
    String typed = typed(s);
    return words.wishes().against().contains(s.text())
        || words.wishes().against().contains(typed)
        || also.contains(s.text())
        || also.contains(typed);
  }

  /** Whether symbol {@code i} belongs to a day or time said. */
  private boolean said(int i) {
    for (Candidate c : chosen) {
      if (c.from() <= i && i < c.to()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word of {@code corrections} stands shortly before the piece in its clause, after any
   * other day or time said: "aber jetzt doch lieber Mittwoch", "pero mejor el miércoles".
   */
  private boolean corrected(Candidate c) {
    for (int j = c.from() - 1, passed = 0; j >= 0 && !clauseEndsAfter(j) && !said(j); j--) {
      Sym s = syms.get(j);
      if (words.wishes().corrections().contains(s.text())
          || words.wishes().corrections().contains(typed(s))) {
        return true;
      }
      if (!words.fillers().contains(s.text()) && ++passed == REACH_BEFORE) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether a correction word stands shortly before the time with no negation between them: "no
   * sorry 11", "nein sorry 11", "no perdón a las 11" (the "no" takes back the time before).
   */
  private boolean correctsTo(Candidate c) {
    for (int j = c.from() - 1, passed = 0; j >= 0 && !clauseEndsAfter(j) && !said(j); j--) {
      Sym s = syms.get(j);
      if (words.wishes().corrections().contains(s.text())
          || words.wishes().corrections().contains(typed(s))) {
        return true;
      }
      if (against(s, Set.of())) {
        return false;
      }
      if (!words.fillers().contains(s.text()) && ++passed == REACH_BEFORE) {
        break;
      }
    }
    return false;
  }

  /** Whether a word of {@code toward} stands right before the piece, small words between. */
  private boolean aimedAt(Candidate c) {
    for (int j = c.from() - 1; j >= 0 && !clauseEndsAfter(j); j--) {
      Sym s = syms.get(j);
      if (words.wishes().toward().contains(s.text())
          || words.wishes().toward().contains(typed(s))) {
        return true;
      }
      if (!words.fillers().contains(s.text())) {
        return false;
      }
    }
    return false;
  }

  /** Whether a clause ends between symbol {@code i} and the next. */
  private boolean clauseEndsAfter(int i) {
    if (i + 1 >= syms.size()) {
      return true;
    }
    String gap =
        raw.substring(syms.get(i).end(), Math.max(syms.get(i).end(), syms.get(i + 1).start()));
    for (int k = 0; k < gap.length(); k++) {
      if (CLAUSE_ENDS.indexOf(gap.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The word as typed, for words a language writes as another symbol ("al" is {@code at}). */
  private String typed(Sym s) {
    return Folding.fold(raw.substring(s.start(), s.end()).toLowerCase(Locale.ROOT));
  }
}
