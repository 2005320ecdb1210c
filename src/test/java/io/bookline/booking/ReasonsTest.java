package io.bookline.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reason given is true: closed, outside the opening hours, past closing, off the start grid,
 * outside a staff member's hours, too soon, already past, or taken, each in its own words. The demo
 * studio is open Monday to Friday 9–18 and Saturday 10–14; it is Monday 23 Nov, 08:00.
 */
class ReasonsTest {
  static final Set<Long> ALL = Set.of(NailStudio.BASIC, NailStudio.GEL, NailStudio.PEDICURE);

  Instant now = NailStudio.MONDAY_8AM;
  InMemoryBookingPort port = new InMemoryBookingPort();
  BookingDialogue dialogue = new BookingDialogue();

  Chat chat(Catalog catalog) {
    return new Chat(dialogue, catalog, port, () -> now, 1);
  }

  Chat chat() {
    return chat(NailStudio.catalog());
  }

  /** The demo studio with other staff. */
  static Catalog staffed(Resource... staff) {
    Catalog c = NailStudio.catalog();
    return new Catalog(c.business(), c.services(), List.of(staff), c.hours(), c.closures());
  }

  /** Mornings 9–13 on the given weekdays. */
  static List<OpeningInterval> mornings(DayOfWeek... days) {
    List<OpeningInterval> out = new ArrayList<>();
    for (DayOfWeek d : days) {
      out.add(new OpeningInterval(d, LocalTime.of(9, 0), LocalTime.of(13, 0)));
    }
    return out;
  }

  static final DayOfWeek[] MON_TO_THU = {
    DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY
  };

  @Test
  void a_weekday_the_studio_never_opens_is_closed() {
    assertThat(chat().say("basic manicure on sunday at 11"))
        .startsWith("We're closed on Sundays. The next free day is Mon 30 Nov: 10:45, 11:00,");
  }

  @Test
  void a_closure_is_closed_with_its_reason_when_it_has_one() {
    Closure training =
        new Closure(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27), "training");
    assertThat(chat(NailStudio.catalog(false, List.of(training))).say("pedicure friday at 11"))
        .isEqualTo(
            "We're closed on Fri 27 Nov (training). The next free day is Sat 28 Nov: 10:45, 11:00,"
                + " 11:15. Which time suits you?");
    Closure plain = new Closure(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27), null);
    assertThat(chat(NailStudio.catalog(false, List.of(plain))).say("pedicure friday at 11"))
        .startsWith("We're closed on Fri 27 Nov. The next free day is Sat 28 Nov:");
  }

  @Test
  void a_time_outside_the_opening_hours_is_not_called_taken() {
    assertThat(chat().say("basic manicure saturday at 3pm"))
        .isEqualTo(
            "We're open only 10:00–14:00 on Sat 28 Nov, not at 15:00. The nearest free times: Sat"
                + " 28 Nov at 13:00, Sat 28 Nov at 13:15, Sat 28 Nov at 13:30, Mon 30 Nov at"
                + " 15:00. Which time suits you?");
  }

  @Test
  void a_window_outside_the_opening_hours_says_so_and_offers_the_day() {
    assertThat(chat().say("basic manicure saturday after 3pm"))
        .isEqualTo(
            "We're open only 10:00–14:00 on Sat 28 Nov, not after 15:00. Other times that day:"
                + " 10:00, 10:45, 11:30, 12:00, 12:45, 13:30. Which time suits you?");
    assertThat(chat().say("basic manicure saturday evening"))
        .startsWith("We're open only 10:00–14:00 on Sat 28 Nov, not in the evening.");
  }

  @Test
  void a_start_too_close_to_closing_says_when_it_would_end() {
    assertThat(chat().say("gel manicure saturday at 13:30"))
        .startsWith(
            "Gel Manicure takes 45 min, so at 13:30 it would end after we close at 14:00. The"
                + " nearest free times:");
  }

  @Test
  void a_time_between_start_times_names_the_grid() {
    assertThat(chat().say("basic manicure tomorrow at 10:10"))
        .isEqualTo(
            "Appointments start every 15 min, so not at 10:10. The nearest free times: 10:00,"
                + " 10:15, 10:30. Which time suits you?");
  }

  @Test
  void a_staff_member_who_does_not_do_the_service_is_said_and_anyone_is_offered() {
    Catalog c =
        staffed(
            new Resource(NailStudio.ANNA, "Anna", ALL),
            new Resource(NailStudio.MARTA, "Marta", Set.of(NailStudio.BASIC, NailStudio.GEL)));
    Chat ida = chat(c);
    assertThat(ida.say("pedicure tomorrow with Marta"))
        .startsWith("Marta doesn't do Pedicure. Free times for Pedicure on Tue 24 Nov: 09:00,");
    assertThat(ida.state().slots().resourceId()).isNull();
  }

  @Test
  void a_staff_member_off_that_day_or_outside_her_hours_is_said_so() {
    Catalog c =
        staffed(
            new Resource(NailStudio.ANNA, "Anna", ALL, mornings(MON_TO_THU)),
            new Resource(NailStudio.MARTA, "Marta", ALL));
    assertThat(chat(c).say("pedicure friday at 10 with Anna"))
        .startsWith("Anna doesn't work on Fri 27 Nov. The next free day is Mon 30 Nov:");
    assertThat(chat(c).say("pedicure tomorrow at 3pm with Anna"))
        .startsWith(
            "Anna works only 09:00–13:00 on Tue 24 Nov, not at 15:00. The nearest free times:");
    assertThat(chat(c).say("pedicure tomorrow evening with Anna"))
        .startsWith("Anna works only 09:00–13:00 on Tue 24 Nov, not in the evening.");
  }

  @Test
  void when_no_one_able_works_then_it_is_said_so() {
    Catalog c =
        staffed(
            new Resource(NailStudio.ANNA, "Anna", ALL, mornings(MON_TO_THU)),
            new Resource(NailStudio.MARTA, "Marta", ALL, mornings(MON_TO_THU)));
    assertThat(chat(c).say("pedicure tomorrow at 3pm"))
        .startsWith(
            "No one who does Pedicure is working on Tue 24 Nov at that time. The nearest free"
                + " times:");
  }

  @Test
  void a_time_inside_the_notice_period_is_too_soon() {
    assertThat(chat().say("basic manicure today at 9"))
        .startsWith(
            "Bookings must be made at least 2 hours ahead. The nearest free times: Mon 23 Nov at"
                + " 10:00,");
  }

  @Test
  void a_time_or_window_already_past_today_says_so() {
    now = now.plus(Duration.ofHours(4)); // Monday 12:00
    assertThat(chat().say("basic manicure today at 10"))
        .startsWith("10:00 has already passed today. The nearest free times:");
    now = now.plus(Duration.ofMinutes(30));
    assertThat(chat().say("basic manicure this morning"))
        .isEqualTo(
            "Nothing in the morning is left today. Other times that day: 14:30, 15:00, 15:45,"
                + " 16:15, 17:00, 17:30. Which time suits you?");
    now = now.plus(Duration.ofMinutes(320)); // 17:50
    assertThat(chat().say("basic manicure today"))
        .startsWith("There are no times left today. The next free day is Tue 24 Nov:");
  }

  @Test
  void a_window_that_is_all_booked_is_fully_booked() {
    Catalog annaOnly = staffed(new Resource(NailStudio.ANNA, "Anna", ALL));
    for (String time : List.of("5pm", "5:30pm")) {
      BookFlowTest.book(
          new Chat(dialogue, annaOnly, port, () -> now, 7),
          "basic manicure friday at " + time,
          "Al");
    }
    assertThat(chat(annaOnly).say("basic manicure friday after 5pm"))
        .startsWith(
            "Basic Manicure on Fri 27 Nov after 17:00 is fully booked. Other times that day: 09:00,");
  }

  @Test
  void the_rules_are_named_in_order_and_taken_only_when_none_applies() {
    Catalog c = NailStudio.catalog();
    Service basic = c.service(NailStudio.BASIC).orElseThrow();
    LocalDate tuesday = LocalDate.of(2026, 11, 24);
    Slots at10 = Slots.NONE.withTime(LocalTime.of(10, 0), TimeQualifier.AT);
    assertThat(WhyNotFree.explain(c, basic, tuesday, at10, now))
        .isEqualTo(new WhyNotFree.Reason.Taken());
    assertThat(WhyNotFree.explain(c, basic, tuesday.plusDays(5), at10, now))
        .isEqualTo(new WhyNotFree.Reason.ClosedWeekday(DayOfWeek.SUNDAY));
    assertThat(WhyNotFree.explain(c, basic, tuesday.minusDays(2), at10, now))
        .isEqualTo(new WhyNotFree.Reason.DayPassed(tuesday.minusDays(2)));
    assertThat(WhyNotFree.explain(c, basic, tuesday.plusDays(90), at10, now))
        .isEqualTo(new WhyNotFree.Reason.BeyondHorizon(60, LocalDate.of(2027, 1, 22)));
    Slots at7 = Slots.NONE.withTime(LocalTime.of(7, 0), TimeQualifier.AT);
    assertThat(
            WhyNotFree.explain(
                c, basic, NailStudio.MONDAY_8AM.atZone(NailStudio.BERLIN).toLocalDate(), at7, now))
        .isInstanceOf(WhyNotFree.Reason.OutsideHours.class);
  }
}
