package io.bookline.understanding;

import io.bookline.understanding.DateTimeParser.Candidate;
import java.util.List;
import java.util.Locale;

/**
 * Which of several days a message names is the one wished for, from the words around each ({@link
 * WishWords}): "kann ich den Termin von Montag auf Mittwoch verschieben?" wishes for Wednesday.
 * Words count only within the clause of the day they stand by ("no, Monday" is no negated Monday).
 */
final class Wishes {
  private static final String CLAUSE_ENDS = ",;:.!?¿¡";

  private final DateWords words;
  private final List<Sym> syms;
  private final String raw;

  Wishes(DateWords words, List<Sym> syms, String raw) {
    this.words = words;
    this.syms = syms;
    this.raw = raw;
  }

  /** Of two or more days, the first aimed at, else the first. */
  Candidate day(List<Candidate> days) {
    for (Candidate c : days) {
      if (aimedAt(c)) {
        return c;
      }
    }
    return days.get(0);
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
