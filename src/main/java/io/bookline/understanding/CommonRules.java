package io.bookline.understanding;

import static io.bookline.understanding.Rule.of;

import java.util.List;

/**
 * Date/time rules that read only the shared notation, so every language whose words are first
 * written as these symbols can use them (German and Spanish; English keeps its own table). A
 * language puts its own rules first: they win ties between matches of the same length.
 */
final class CommonRules {
  private CommonRules() {}

  /** After a number: it is not an hour when these follow ("in 3 hours", "3 days"). */
  static final String NOT_AN_HOUR = "!hour|minute|day|week|month|year|-|/|<ord>";

  /** After a day number: an hour is meant instead ("Friday 4 pm"). */
  static final String NOT_A_DAY = "!am|pm|oclock|ish|h";

  static List<Rule> days() {
    return List.of(
        of("<iso>", DateResolvers.iso()),
        of("<dow>? the? <date> <dow:dow2>?", DateResolvers.numeric()),
        of("the? <ord:n> <dow> of|in <month> <year:y>?", DateResolvers.nthWeekdayOfMonth()),
        of("the? <last=last> <dow> of|in <month> <year:y>?", DateResolvers.nthWeekdayOfMonth()),
        of("<dow> the <dnum:d> " + NOT_A_DAY, DateResolvers.dayOfMonth()),
        // "Dienstag 8 um 10": with the time said after it, the number is the day (ADR 0115).
        of("<dow> <dnum:d> &(at|around|from|after|before|between)", DateResolvers.dayOfMonth()),
        of("<dow> <dnum:d> " + NOT_A_DAY, DateResolvers.weekdayAndNumber()),
        of("overmorrow", DateResolvers.days(2)),
        of("afternext <dow>", DateResolvers.weekdayWeeksOn(1)),
        of("<dow> of? the? <which=next|this> week", DateResolvers.weekdayOfWeek()),
        of("<which=next|this> week on? the? <dow>", DateResolvers.weekdayOfWeek()),
        of("<this=this>? <which=next|coming|this|last>? <dow>", DateResolvers.weekday()),
        of("in a|<num:n> <unit=day|week|month>", DateResolvers.after()),
        of("<base=today|tomorrow> in a|<num:n> <unit=day|week>", DateResolvers.after()),
        of("<rel>", DateResolvers.relativeDay()),
        of("next|this|coming|afternext|the? following? week", unresolved()),
        of("next weekend", DateResolvers.weekendWeeksOn(1)),
        of("weekend next", DateResolvers.weekendWeeksOn(1)),
        of("afternext weekend", DateResolvers.weekendWeeksOn(2)),
        of("this|on|the? weekend", DateResolvers.weekend()),
        of("start|mid|end of? the? next|this|coming? week|month", unresolved()),
        of("next|this|coming month", unresolved()),
        of(DateWords.NAMED_DAY, DateResolvers.unresolved("named_day")));
  }

  static List<Rule> times() {
    return List.of(
        of("<clock> ish? <ampm:mer>?", TimeResolvers.clock()),
        of("<num:h> <mm:m> <ampm:mer>", TimeResolvers.hour()),
        of("<num:h> ish? <ampm:mer>", TimeResolvers.hour()),
        of("<hhmm> <ampm:mer>", TimeResolvers.fourDigits()),
        of("<num:h> h", TimeResolvers.hour()),
        of("<num:h> ish", TimeResolvers.hour()),
        of("noon", TimeResolvers.fixed(12, 0)),
        of("midnight", TimeResolvers.fixed(0, 0)),
        of("<num:h> &(in? the? this? at? <part>)", TimeResolvers.hour()),
        of("in a|<num:n> <unit=hour|minute>", TimeResolvers.later()),
        of("<part>", TimeResolvers.part()),
        of("tonight", TimeResolvers.part(PartOfDay.EVENING)));
  }

  private static Resolver unresolved() {
    return DateResolvers.unresolved("not_a_single_day");
  }
}
