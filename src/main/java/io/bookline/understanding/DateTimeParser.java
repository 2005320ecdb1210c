package io.bookline.understanding;

import io.bookline.understanding.Piece.AtTime;
import io.bookline.understanding.Piece.Meridiem;
import io.bookline.understanding.Tokenizer.Token;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Reads the dates and times people write in chat against the business's local now, from one
 * language's {@link DateWords}: the text becomes {@link Sym symbols}, every rule of the table whose
 * words are present proposes {@link Piece pieces}, and the longest non-overlapping ones win ({@link
 * Selection}). Times without am/pm follow business hours: a bare 1–7 is afternoon, 8–12 morning,
 * unless a part of the day says otherwise.
 */
public final class DateTimeParser {

  /**
   * What was found; any field may be null.
   *
   * @param dateSpan the words the date was read from
   * @param timeSpan the words the time was read from
   * @param unresolved words meant as a date or time that could not be placed
   * @param dateByWeekday the date was named by its weekday alone ("Tuesday"): the first such day
   *     from today
   * @param declined a day said before the date and passed over for it ("not tomorrow, monday":
   *     tomorrow; "von Montag auf Mittwoch": Monday), the day a move leaves; null when none
   * @param declinedSpan the words {@code declined} was read from
   */
  public record Found(
      LocalDate date,
      LocalTime time,
      TimeQualifier qualifier,
      PartOfDay partOfDay,
      Span dateSpan,
      Span timeSpan,
      List<Unresolved> unresolved,
      boolean dateByWeekday,
      LocalDate declined,
      Span declinedSpan) {
    public Found {
      unresolved = List.copyOf(unresolved);
    }

    static final Found NOTHING =
        new Found(null, null, null, null, null, null, List.of(), false, null, null);
  }

  /** A piece some rule proposed over symbols {@code [from, to)}; {@code order} is its rule's. */
  record Candidate(Piece piece, int from, int to, int order) {
    int length() {
      return to - from;
    }
  }

  private final DateWords words;
  private final Symbolizer symbolizer;

  public DateTimeParser(DateWords words) {
    this.words = words;
    this.symbolizer = new Symbolizer(words);
  }

  /**
   * Reads the customer's text as written.
   *
   * @param monthFirst read {@code 8/3} as August 3rd (US) rather than 8 March
   * @param expectingTime the bot just asked for a time, so a lone number is an hour
   */
  public Found parse(String raw, LocalDateTime now, boolean monthFirst, boolean expectingTime) {
    return parse(Tokenizer.tokenize(raw), raw, now, monthFirst, expectingTime);
  }

  Found parse(
      List<Token> tokens,
      String raw,
      LocalDateTime now,
      boolean monthFirst,
      boolean expectingTime) {
    return parse(tokens, raw, now, monthFirst, expectingTime, null);
  }

  /**
   * The same, and while a time is held or offered, a number that ends the message after one of the
   * cue's words is an hour too ("make it 5", "can we do 5 instead?"); null: only a lone number.
   */
  Found parse(
      List<Token> tokens,
      String raw,
      LocalDateTime now,
      boolean monthFirst,
      boolean expectingTime,
      HourCues lastNumber) {
    return parse(tokens, raw, now, monthFirst, expectingTime, lastNumber, null);
  }

  /**
   * The same, and with {@code withADay}, a number that ends the message after one of its words is
   * an hour when the message names a day as well, whatever the bot asked ("Montag früh, geht 9?").
   */
  Found parse(
      List<Token> tokens,
      String raw,
      LocalDateTime now,
      boolean monthFirst,
      boolean expectingTime,
      HourCues lastNumber,
      HourCues withADay) {
    List<Sym> syms = symbolizer.symbols(tokens, raw);
    if (syms.isEmpty()) {
      return Found.NOTHING;
    }
    Resolver.Anchor anchor = new Resolver.Anchor(now, monthFirst);
    List<Candidate> candidates = match(syms, anchor);
    // "the tuesday one", "sobre una alergia": an article is no hour without its cue.
    candidates.removeIf(
        c ->
            c.piece().isTime()
                && (ArticleHours.cueless(syms, c.from(), c.to(), raw)
                    || BothOfUs.both(syms, c.from(), c.to(), raw)));
    dropHourAfterADayBeforeAnother(candidates);
    candidates.removeIf(c -> countAfterADay(c, syms, raw));
    candidates.addAll(CorrectedHours.of(candidates, syms, words, raw));
    if ((expectingTime || lastNumber != null)
        && candidates.stream().noneMatch(c -> c.piece().isTime())) {
      Candidate bare = bareHour(syms, expectingTime ? null : lastNumber);
      if (bare == null && expectingTime && lastNumber != null) {
        bare = bareHour(syms, lastNumber);
      }
      if (bare != null) {
        candidates.add(bare);
      }
    }
    if (withADay != null
        && candidates.stream().anyMatch(c -> c.piece().isDate())
        && candidates.stream().noneMatch(c -> c.piece().isTime())) {
      Candidate bare = bareHour(syms, withADay);
      if (bare != null) {
        candidates.add(bare);
      }
    }
    if (candidates.isEmpty()) {
      return Found.NOTHING;
    }
    return new Selection(words, syms, raw, anchor.today()).assemble(choose(candidates, syms));
  }

  /**
   * "monday 2 pedicures at 11", "am Montag 2 Pediküren um 11": a number right after a day is its
   * hour ("tuesday 2 pedicure" is Tuesday at 14:00) only when no other hour is said; with "at 11"
   * it is the 11 that is the hour, and the 2 a count of people (ADR 0103).
   */
  private void dropHourAfterADayBeforeAnother(List<Candidate> candidates) {
    List<Candidate> afterADay =
        candidates.stream().filter(c -> c.piece().isTime() && afterADay(c)).toList();
    for (Candidate weak : afterADay) {
      boolean another =
          candidates.stream()
              .anyMatch(
                  c ->
                      c.piece() instanceof Piece.AtTime
                          && !afterADay(c)
                          && (c.from() >= weak.to() || c.to() <= weak.from()));
      if (another) {
        candidates.remove(weak);
      }
    }
  }

  /**
   * "el lunes 2 pedicuras": a weekday and a number that disagree as a date, with a word that is no
   * date word right after the number, are the weekday and a count, not a day to ask about.
   */
  private static boolean countAfterADay(Candidate c, List<Sym> syms, String raw) {
    if (!(c.piece() instanceof Piece.Unplaced u)
        || !DateResolvers.MISMATCH.equals(u.reason())
        || syms.get(c.from()).kind() != Sym.Kind.WEEKDAY
        || syms.get(c.to() - 1).kind() != Sym.Kind.NUMBER) {
      return false;
    }
    int end = syms.get(c.to() - 1).end();
    int next = end;
    while (next < raw.length() && raw.charAt(next) == ' ') {
      next++;
    }
    int wordEnd = next;
    while (wordEnd < raw.length() && Character.isLetter(raw.charAt(wordEnd))) {
      wordEnd++;
    }
    String word = raw.substring(next, wordEnd).toLowerCase(Locale.ROOT);
    Sym after = c.to() < syms.size() ? syms.get(c.to()) : null;
    // A word the date words know stands for its symbol ("de" is "of"); any other is kept as typed.
    boolean dateWordNext =
        after != null
            && after.start() == next
            && !(after.kind() == Sym.Kind.WORD && after.text().equals(word));
    // "tuesday 9 at 10": the time follows, so the number was said as the day (ADR 0115).
    return next > end && wordEnd > next && !dateWordNext && !TIME_NEXT.contains(word);
  }

  /** English words that say a time follows, kept as typed by the English notation. */
  private static final Set<String> TIME_NEXT =
      Set.of("at", "around", "about", "from", "after", "before", "between");

  /** Whether the candidate is read by the rule for an hour right after a day ("monday 2"). */
  private boolean afterADay(Candidate c) {
    List<Rule> rules = words.rules();
    return c.order() >= 0
        && c.order() < rules.size()
        && rules.get(c.order()).pattern().source.startsWith("^(tomorrow|today");
  }

  /** Every piece every applicable rule proposes, overlapping ones included. */
  private List<Candidate> match(List<Sym> syms, Resolver.Anchor anchor) {
    StringBuilder text = new StringBuilder(syms.size() * 4).append(' ');
    int[] startOf = new int[syms.size() + 1];
    int kinds = 0;
    Set<String> present = new HashSet<>();
    for (int i = 0; i < syms.size(); i++) {
      startOf[i] = text.length();
      text.append(syms.get(i).text()).append(' ');
      kinds |= syms.get(i).kind().bit();
      present.add(syms.get(i).text());
    }
    startOf[syms.size()] = text.length();
    int[] symAt = new int[text.length() + 1];
    for (int i = 0, k = 0; i <= text.length(); i++) {
      while (k < syms.size() && startOf[k + 1] <= i) {
        k++;
      }
      symAt[i] = k;
    }
    List<Candidate> out = new ArrayList<>();
    List<Rule> rules = words.rules();
    for (int r = 0; r < rules.size(); r++) {
      RulePattern p = rules.get(r).pattern();
      if (!p.possible(kinds, present)) {
        continue;
      }
      Matcher m = null;
      for (int first = 0; first < syms.size(); first++) {
        if (!p.canStartWith(syms.get(first))) {
          continue;
        }
        if (m == null) {
          m = p.regex.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        m.region(startOf[first], text.length());
        if (m.lookingAt() && m.end() > m.start()) {
          Piece piece = rules.get(r).resolver().resolve(new Captures(m, p.names), anchor);
          if (piece != null) {
            out.add(new Candidate(piece, first, symAt[m.end()], r));
          }
        }
      }
    }
    return out;
  }

  /**
   * "4", "at 4", "1115" alone, when the bot has just asked for a time; with cues, also a number at
   * the end after one of their words, before only theirs ("actually 5", "5 then please").
   */
  private static Candidate bareHour(List<Sym> syms, HourCues cues) {
    int end = syms.size();
    while (cues != null && end > 1 && cues.after().contains(syms.get(end - 1).text())) {
      end--;
    }
    int i = end == 2 && syms.get(0).text().equals("at") ? 1 : 0;
    boolean cued = end < syms.size();
    if (cues != null && end > 1 && cues.before().contains(syms.get(end - 2).text())) {
      i = end - 1;
      cued = true;
    }
    // With cues, a lone "9" is no hour: asked for a name, it may be anything.
    if (end != i + 1 || cues != null && !cued) {
      return null;
    }
    Sym s = syms.get(i);
    int n;
    try {
      n = Integer.parseInt(s.text().replace("~", ""));
    } catch (NumberFormatException e) {
      return null;
    }
    boolean fourDigits = s.kind() == Sym.Kind.FOUR_DIGITS;
    int hour = fourDigits ? n / 100 : n;
    int minute = fourDigits ? n % 100 : 0;
    if ((s.kind() != Sym.Kind.NUMBER && s.kind() != Sym.Kind.WORD_NUMBER && !fourDigits)
        || hour > 23
        || minute > 59) {
      return null;
    }
    Meridiem mer = s.text().startsWith("0") && s.text().length() > 1 ? Meridiem.H24 : Meridiem.NONE;
    return new Candidate(new AtTime(hour, minute, mer), i, i + 1, Integer.MAX_VALUE);
  }

  /**
   * The longest pieces first, then the earlier rule: a piece is kept unless a kept one of the same
   * slot overlaps it, or one of another slot already used one of its numbers.
   */
  private static List<Candidate> choose(List<Candidate> candidates, List<Sym> syms) {
    candidates.sort(
        Comparator.comparingInt(Candidate::length)
            .reversed()
            .thenComparingInt(Candidate::order)
            .thenComparingInt(Candidate::from));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      boolean free = true;
      for (Candidate k : kept) {
        if (conflict(c, k, syms)) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::from));
    return kept;
  }

  private static boolean conflict(Candidate a, Candidate b, List<Sym> syms) {
    int from = Math.max(a.from(), b.from());
    int to = Math.min(a.to(), b.to());
    if (from >= to) {
      return false;
    }
    Piece p = a.piece();
    Piece q = b.piece();
    boolean parts = p instanceof Piece.InPart && q instanceof Piece.InPart;
    if ((p.isDate() && q.isDate()) || (p.isTime() && q.isTime()) || parts) {
      return true;
    }
    for (int i = from; i < to; i++) {
      if (syms.get(i).kind().numeric()) {
        return true;
      }
    }
    return false;
  }

  /** Lower-cased words of the text, for matching catalog names (kept for the model's checks). */
  public static String normalize(String text) {
    StringBuilder out = new StringBuilder();
    for (Token t : Tokenizer.tokenize(text)) {
      out.append(out.isEmpty() ? "" : " ").append(t.text());
    }
    return out.toString();
  }
}
