package io.bookline.booking;

import io.bookline.booking.WhyNotFree.Reason;
import io.bookline.understanding.Slots;

/**
 * Says a {@link Reason} in the customer's language: each reason its own message, so "closed",
 * "outside our hours", "too soon" and "taken" never share a sentence.
 */
final class ReasonSentences {
  private ReasonSentences() {}

  /** Says why nothing fits the wish (its day, its time or window, its staff member). */
  static void say(Turn t, Reason reason, Slots wish) {
    Phrases say = t.phrases();
    switch (reason) {
      case Reason.DayPassed r -> t.say("reason.day_passed", say.day(r.day()));
      case Reason.BeyondHorizon r -> t.say("reason.beyond_horizon", r.days(), say.day(r.lastDay()));
      case Reason.Closed r -> closed(t, r);
      case Reason.ClosedWeekday r -> t.say("reason.closed_weekday", r.weekday().getValue());
      case Reason.OutsideHours r ->
          t.say("reason.outside_hours", say.day(r.day()), say.hours(r.hours()), asked(say, wish));
      case Reason.EndsAfterClosing r -> endsAfterClosing(t, r);
      case Reason.OffGrid r ->
          t.say("reason.off_grid", say.duration(r.interval()), say.time(r.asked()));
      case Reason.StaffCannot r ->
          t.say("reason.staff_cannot", r.staff().name(), say.name(r.service()));
      case Reason.StaffOff r -> t.say("reason.staff_off", r.staff().name(), say.day(r.day()));
      case Reason.OutsideStaffHours r ->
          t.say(
              "reason.staff_hours",
              r.staff().name(),
              say.day(r.day()),
              say.hours(r.hours()),
              asked(say, wish));
      case Reason.NoStaff r -> t.say("reason.no_staff", say.name(r.service()), say.day(r.day()));
      case Reason.Passed r -> passed(t, wish);
      case Reason.Notice r -> t.say("reason.notice", say.duration(r.notice()));
      case Reason.Taken r ->
          t.say(
              FreeTimes.isExactTime(wish) ? "reason.taken" : "reason.fully_booked",
              say.wish(wish, true));
    }
  }

  private static void closed(Turn t, Reason.Closed r) {
    String why = r.closure().reason();
    if (why == null || why.isBlank()) {
      t.say("reason.closed_on", t.phrases().day(r.day()));
    } else {
      t.say("reason.closed_because", t.phrases().day(r.day()), why);
    }
  }

  private static void endsAfterClosing(Turn t, Reason.EndsAfterClosing r) {
    Phrases say = t.phrases();
    t.say(
        "reason.ends_after_closing",
        say.name(r.service()),
        say.duration(r.service().duration()),
        say.time(r.start()),
        say.time(r.closes()));
  }

  private static void passed(Turn t, Slots wish) {
    Phrases say = t.phrases();
    if (FreeTimes.isExactTime(wish)) {
      t.say("reason.time_passed", say.time(wish.time()));
    } else if (say.asked(wish).isEmpty()) {
      t.say("reason.day_over");
    } else {
      t.say("reason.window_passed", say.asked(wish));
    }
  }

  /** The time or window asked for; "then" when the customer named none. */
  private static String asked(Phrases say, Slots wish) {
    String asked = say.asked(wish);
    return asked.isEmpty() ? say.text("window.any") : asked;
  }
}
