package io.bookline.understanding;

import static io.bookline.understanding.Rule.of;

import java.util.ArrayList;
import java.util.List;

/**
 * The Spanish rule table over the words of {@link SpanishDates}: "el viernes 20", "el 20 de marzo",
 * "el lunes que viene", "a las tres y media", "a las cinco menos cuarto", "de 10 a 12", "a las 17
 * horas", then the {@link CommonRules}.
 */
final class SpanishRules {
  private SpanishRules() {}

  /** After a day number: an hour is meant instead ("viernes 5 de la tarde"). */
  private static final String NOT_A_DAY =
      "!am|pm|oclock|ish|h|hour|and|minus|morning|afternoon|evening|night";

  /** After an ordinal: a pick or the first free one, not a day ("el primer hueco libre"). */
  private static final String NOT_A_PICK =
      "!am|pm|oclock|ish|h|hour|and|minus|morning|afternoon|evening|night"
          + "|hueco|huecos|turno|turnos|cita|citas|opcion|libre|disponible";

  private static final String TRIGGER =
      "<t=at|around|till|from|before|after|between|latest|earliest>";

  static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(days());
    rules.addAll(CommonRules.days());
    rules.addAll(times());
    rules.addAll(CommonRules.times());
    return rules;
  }

  private static List<Rule> days() {
    return List.of(
        of(
            "<dow>? el? day? <ord|num:d> " + NOT_A_DAY + " of <month> (of <year:y>)?",
            DateResolvers.monthDay()),
        of("<dow>? el? <ord|num:d> <month> <year:y>?", DateResolvers.monthDay()),
        of("<dow> el day? <ord|num:d> " + NOT_A_DAY, DateResolvers.dayOfMonth()),
        of("<dow> day <ord|num:d> " + NOT_A_DAY, DateResolvers.dayOfMonth()),
        of("<dow> <num:d> " + NOT_A_DAY, DateResolvers.dayOrHour()),
        of("<dow> <ord:d> " + NOT_A_DAY, DateResolvers.dayOfMonth()),
        of("el day? <ord|num:d> " + NOT_A_PICK, DateResolvers.dayOfMonth()),
        of("day <ord|num:d> " + NOT_A_DAY, DateResolvers.dayOfMonth()),
        of("el? <ord|num:d> of? the? <which=this|next> month", DateResolvers.dayOfMonth()),
        of("<dow> <which=next|last>", DateResolvers.weekday()),
        of("<dow> of the? <which=next|this> week", DateResolvers.weekdayOfWeek()),
        of("<dow> of the? week <which=next>", DateResolvers.weekdayOfWeek()),
        of("the? week <which=next> el? <dow>", DateResolvers.weekdayOfWeek()),
        of("the? <which=next|this> week el <dow>", DateResolvers.weekdayOfWeek()),
        of("the? week next", DateResolvers.unresolved("not_a_single_day")),
        of("el? month next", DateResolvers.unresolved("not_a_single_day")),
        of("el day next|despues", DateResolvers.unresolved(DateResolvers.DAY_AFTER)));
  }

  private static List<Rule> times() {
    String notAnHour = CommonRules.NOT_AN_HOUR;
    return List.of(
        of("at? the? <num:h> oclock", TimeResolvers.hour()),
        of("at? the <num:h> hour", TimeResolvers.hour()),
        of(
            "<from=between|from|of> the? <num:h> <j=and|till|at|-> the? <num:h2>",
            TimeResolvers.range()),
        of("<hr:h> and <q=quarter|half>", TimeResolvers.minutesPast()),
        of(
            "<hr:h> and <num:mn> <minutes=minute>? !hour|day|week|month",
            TimeResolvers.minutesPast()),
        of("<hr:h> minus <q=quarter>", TimeResolvers.minutesTo()),
        of("<hr:h> minus <num:mn> <minutes=minute>?", TimeResolvers.minutesTo()),
        of(TRIGGER + " the? <dnum:h> <mm:m>? " + notAnHour, TimeResolvers.hour()),
        of(TRIGGER + " the? <wnum:h> " + notAnHour, TimeResolvers.hour()),
        of(TRIGGER + " the? <hhmm>", TimeResolvers.fourDigits()),
        of("the <num:h> " + notAnHour, TimeResolvers.hour()),
        // "manicura lunes 10": no Monday is the 10th soon, so the 10 is the hour (dayOrHour); as
        // in German, dropped when another hour is said ("el lunes 2 pedicuras a las 11").
        of(
            "^(tomorrow|today|overmorrow|<dow>) <dnum:h> <mm:m>? " + notAnHour,
            TimeResolvers.hour()));
  }
}
