package io.bookline.understanding;

import static io.bookline.understanding.Rule.of;

import java.util.ArrayList;
import java.util.List;

/**
 * The German rule table over the words of {@link GermanDates}: "am Freitag den 20.", "20. März",
 * "halb drei" (half before three: 14:30), "viertel nach 4", "dreiviertel fünf", "fünf vor halb
 * drei", "16 Uhr 30", "um 4", then the {@link CommonRules}.
 */
final class GermanRules {
  private GermanRules() {}

  /** After an ordinal: a pick from a list, not a day ("der zweite Termin"). */
  private static final String NOT_A_PICK =
      "!one|option|termin|termine|vorschlag|zeit|uhrzeit|moglichkeit|slot|week";

  private static final String TRIGGER =
      "<t=at|around|till|from|before|past|between|latest|earliest>";

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
            "<dow>? on? the? <ord|num:d> " + CommonRules.NOT_A_DAY + " <month> <year:y>?",
            DateResolvers.monthDay()),
        of("<dow> the? <ord:d> " + NOT_A_PICK, DateResolvers.dayOfMonth()),
        of("on|the <ord:d> " + NOT_A_PICK, DateResolvers.dayOfMonth()),
        of("<dord:d> " + NOT_A_PICK, DateResolvers.dayOfMonth()),
        of("on|the? <ord|num:d> of? the? <which=this|next> month", DateResolvers.dayOfMonth()),
        of("<dow> tomorrow", DateResolvers.weekday()),
        of("on|the day danach|darauf", DateResolvers.unresolved(DateResolvers.DAY_AFTER)));
  }

  private static List<Rule> times() {
    String notAnHour = CommonRules.NOT_AN_HOUR;
    return List.of(
        of("<num:h> oclock <mm:m>", TimeResolvers.hour()),
        of("<num:h> oclock", TimeResolvers.hour()),
        of("<hhmm> oclock", TimeResolvers.fourDigits()),
        of("<from=from|between> <num:h> <j=till|and|-> <num:h2> oclock?", TimeResolvers.range()),
        of("<num:h> <j=-|till> <num:h2> oclock", TimeResolvers.range()),
        of("<q=quarter|half> past <hr:h>", TimeResolvers.minutesPast()),
        of("<num:mn> <minutes=minute>? past <hr:h>", TimeResolvers.minutesPast()),
        of("<q=quarter> before <hr:h>", TimeResolvers.minutesTo()),
        of("<num:mn> <minutes=minute>? before <hr:h>", TimeResolvers.minutesTo()),
        of("<num:mn> <minutes=minute>? <dir=before|past> half <hr:h>", TimeResolvers.aroundHalf()),
        of("<q=half|threequarter> <hr:h>", TimeResolvers.minutesTo()),
        of(TRIGGER + " <dnum|dord:h> <mm:m>? " + notAnHour, TimeResolvers.hour()),
        of(TRIGGER + " <wnum:h> <mm:m>? " + notAnHour, TimeResolvers.hour()),
        of(TRIGGER + " <hhmm>", TimeResolvers.fourDigits()),
        of(
            "^(tomorrow|today|overmorrow|<dow>|<part> at|around?) <num:h> <mm:m>? " + notAnHour,
            TimeResolvers.hour()),
        of("^(<dow>) tomorrow", TimeResolvers.part(PartOfDay.MORNING)));
  }
}
