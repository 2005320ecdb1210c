package io.bookline.understanding;

import static io.bookline.understanding.Rule.of;

import java.util.List;

/**
 * The English rule table: which words, in which order, each shared resolver reads. Earlier rules
 * win ties between matches of the same length; longer matches always win.
 */
final class EnglishRules {
  private EnglishRules() {}

  /** After a number: it is not an hour when these follow ("at 3 hours", "by 2 of us"). */
  private static final String NOT_AN_HOUR = "!hour|minute|day|week|month|year|of|-|/|<ord>";

  /** After an ordinal: a pick from a list, not a day ("the second one"). */
  private static final String NOT_A_PICK =
      "!one|~1|ones|option|options|slot|slots|time|times|choice|week|available|free|possible|opening|thing|visit|appointment";

  /** After a day number: an hour is meant instead ("may 4pm"). */
  private static final String NOT_A_DAY = "!am|pm|oclock|ish|h|<mm>";

  /** After a weekday and a number: the time is said next, so the number is a day. */
  private static final String TIME_AFTER_DAY = "at|around|about|from|after|before|between";

  private static final String TRIGGER =
      "<t=at|around|about|by|after|before|from|till|until|than|say|like|try|maybe|approx"
          + "|approximately|roughly|circa|past|between|round|bout|abt|starting>";
  private static final String WORD_TRIGGER =
      "<t=at|around|about|by|after|before|from|till|until|than|approximately|roughly|past"
          + "|between|round|starting>";

  static List<Rule> rules() {
    return List.of(
        // ------------------------------------------------------------- days
        of("<iso>", DateResolvers.iso()),
        of("<dow>? the? <date> <dow:dow2>?", DateResolvers.numeric()),
        of(
            "<dow>? the? <ord|num:d> " + NOT_A_DAY + " of? <month> <year:y>? <dow:dow2>?",
            DateResolvers.monthDay()),
        of("<dow>? <month> the? <ord:d> <year:y>? <dow:dow2>?", DateResolvers.monthDay()),
        of(
            "<dow>? <month> the? <num:d> " + NOT_A_DAY + " <year:y>? <dow:dow2>?",
            DateResolvers.monthDay()),
        of("<dow>? the? <ord|num:d> of <which=this|next|the> month", DateResolvers.dayOfMonth()),
        of("the? <ord:n> <dow> of|in <month> <year:y>?", DateResolvers.nthWeekdayOfMonth()),
        of("the? <last=last> <dow> of|in <month> <year:y>?", DateResolvers.nthWeekdayOfMonth()),
        of("<dow> the? <ord:d> " + NOT_A_PICK, DateResolvers.dayOfMonth()),
        of("<dow> the <dnum:d> " + NOT_A_DAY, DateResolvers.dayOfMonth()),
        // "tuesday 8 at 10": with the time said after it, the number is the day (ADR 0115).
        of("<dow> <dnum:d> &(" + TIME_AFTER_DAY + ")", DateResolvers.dayOfMonth()),
        of("<dow> <dnum:d> " + NOT_A_DAY, DateResolvers.weekdayAndNumber()),
        of("the <ord:d> " + NOT_A_PICK, DateResolvers.dayOfMonth()),
        of("<dord:d> " + NOT_A_PICK, DateResolvers.dayOfMonth()),
        of("the? day after tomorrow", DateResolvers.days(2)),
        of("the day after !tomorrow|next", DateResolvers.unresolved(DateResolvers.DAY_AFTER)),
        of("the? <dow> after next", DateResolvers.weekdayWeeksOn(1)),
        of("<dow> week", DateResolvers.weekdayWeeksOn(1)),
        of("<num:n> <dow> from now|today", DateResolvers.weekdayWeeksOn(0)),
        of("<dow> of? <which=next|this> week", DateResolvers.weekdayOfWeek()),
        of("<which=next|this> week on? <dow>", DateResolvers.weekdayOfWeek()),
        of("<this=this>? <which=next|coming|this|last>? <dow>", DateResolvers.weekday()),
        of("in a|an|<num:n> <unit=day|week|month>", DateResolvers.after()),
        of(
            "a|an|<num:n> <unit=day|week|month> from|after <base=now|today|tomorrow>",
            DateResolvers.after()),
        of("a|an|<num:n> <unit=week> <base=today|tomorrow>", DateResolvers.after()),
        of("<rel>", DateResolvers.relativeDay()),
        of("this <part>", DateResolvers.days(0)),
        of("next|this|the? following? week", DateResolvers.unresolved("not_a_single_day")),
        of("the? weekend after next", DateResolvers.weekendWeeksOn(2)),
        of("next weekend", DateResolvers.weekendWeeksOn(1)),
        of("this|the? weekend", DateResolvers.weekend()),
        of("end of the|this|next? week|month", DateResolvers.unresolved("not_a_single_day")),
        of("later this week", DateResolvers.unresolved("not_a_single_day")),
        of("next month", DateResolvers.unresolved("not_a_single_day")),
        of(DateWords.NAMED_DAY, DateResolvers.unresolved("named_day")),
        // ------------------------------------------------------------- times
        of("<clock> ish? <ampm:mer>?", TimeResolvers.clock()),
        of("<num:h> <mm:m> <ampm:mer>", TimeResolvers.hour()),
        of("<num:h> ish? <ampm:mer>", TimeResolvers.hour()),
        of("<hhmm> <ampm:mer>", TimeResolvers.fourDigits()),
        of("<num:h> oclock <ampm:mer>?", TimeResolvers.hour()),
        of(
            "<from=from|between> <num:h> <j=to|and|till|until|-> <num:h2> <ampm:mer>?",
            TimeResolvers.range()),
        of("<num:h> <j=-|to> <num:h2> <ampm:mer>", TimeResolvers.range()),
        of("<q=quarter|half> past|after <hr:h> <ampm:mer>?", TimeResolvers.minutesPast()),
        of("<num:mn> <minutes=minute>? past <hr:h> <ampm:mer>?", TimeResolvers.minutesPast()),
        of("<num:mn> <minutes=minute> after <hr:h> <ampm:mer>?", TimeResolvers.minutesPast()),
        of("<q=quarter|half> to|till|of|before <hr:h> <ampm:mer>?", TimeResolvers.minutesTo()),
        of("<num:mn> <minutes=minute>? to|till|of <hr:h> <ampm:mer>?", TimeResolvers.minutesTo()),
        of("<num:mn> <minutes=minute> before <hr:h> <ampm:mer>?", TimeResolvers.minutesTo()),
        of("half <hr:h> <ampm:mer>?", TimeResolvers.halfPast()),
        of("<num:h> ish", TimeResolvers.hour()),
        of("<num:h> h", TimeResolvers.hour()),
        of("<wnum:h> <mm:m> " + NOT_AN_HOUR, TimeResolvers.hour()),
        of(TRIGGER + " <dnum:h> <mm:m>? " + NOT_AN_HOUR, TimeResolvers.hour()),
        of(WORD_TRIGGER + " <wnum:h> <mm:m>? " + NOT_AN_HOUR, TimeResolvers.hour()),
        of(TRIGGER + " <hhmm>", TimeResolvers.fourDigits()),
        of("noon", TimeResolvers.fixed(12, 0)),
        of("midnight", TimeResolvers.fixed(0, 0)),
        of("at|around|by|over|after|before lunch", TimeResolvers.fixed(12, 0)),
        of("<num:h> &(<rel>)", TimeResolvers.hour()),
        of("<num:h> &(in? the? this? at? <part>)", TimeResolvers.hour()),
        of(
            "^(tomorrow|today|tonight|<dow>|<part> at|around|@?) <num:h> <mm:m>? " + NOT_AN_HOUR,
            TimeResolvers.hour()),
        of("in a|an|<num:n> <unit=hour|minute>", TimeResolvers.later()),
        of("in few|several <unit=hour|minute>", TimeResolvers.unresolved("vague")),
        // ------------------------------------------------------------- parts of the day
        of("<part>", TimeResolvers.part()),
        of("tonight", TimeResolvers.part(PartOfDay.EVENING)));
  }
}
