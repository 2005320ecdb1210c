package io.bookline.understanding;

import io.bookline.understanding.DateTimeParser.Candidate;
import io.bookline.understanding.Piece.AtTime;
import io.bookline.understanding.Piece.Meridiem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bare number right after a correction word, once a time has been said, is an hour: "at 10, no
 * sorry 11", "um 10, nein sorry 11", "a las 10, perdón 11". Alone it is no time (a count, a day),
 * so "no sorry 11" was left unread and the first time taken. {@link Wishes} then takes the last
 * time said as a correction.
 */
final class CorrectedHours {
  private CorrectedHours() {}

  /** The hours such numbers stand for, to add to the message's candidates. */
  static List<Candidate> of(List<Candidate> candidates, List<Sym> syms, DateWords w, String raw) {
    List<Candidate> out = new ArrayList<>();
    int timeEnds =
        candidates.stream()
            .filter(c -> c.piece().isTime())
            .mapToInt(Candidate::to)
            .min()
            .orElse(Integer.MAX_VALUE);
    for (int i = Math.max(1, timeEnds); i < syms.size(); i++) {
      Sym s = syms.get(i);
      if (s.kind() != Sym.Kind.NUMBER
          || covered(candidates, i)
          || !correction(syms.get(i - 1), w, raw)) {
        continue;
      }
      int hour = Integer.parseInt(s.text());
      if (hour <= 23) {
        out.add(new Candidate(new AtTime(hour, 0, Meridiem.NONE), i, i + 1, Integer.MAX_VALUE));
      }
    }
    return out;
  }

  private static boolean covered(List<Candidate> candidates, int i) {
    return candidates.stream().anyMatch(c -> c.from() <= i && i < c.to());
  }

  private static boolean correction(Sym s, DateWords w, String raw) {
    String typed =
        s.end() <= raw.length()
            ? Folding.fold(raw.substring(s.start(), s.end()).toLowerCase(Locale.ROOT))
            : s.text();
    return w.wishes().corrections().contains(typed) || w.wishes().corrections().contains(s.text());
  }
}
