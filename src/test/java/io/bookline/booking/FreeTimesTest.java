package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.booking.FreeTimes.Found;
import io.bookline.understanding.PartOfDay;
import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import io.bookline.understanding.TimeShift;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The free-time search on hand-made free slots: no catalog, no storage, no clock. */
class FreeTimesTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final LocalDate TUE = LocalDate.of(2026, 11, 24);

  /** Free slots per day; days not put have none. Counts the days read. */
  static final class Days implements FreeTimes.DaySlots {
    final Map<LocalDate, List<Slot>> free = new HashMap<>();
    final List<LocalDate> read = new ArrayList<>();

    Days put(LocalDate day, String... times) {
      List<Slot> slots = new ArrayList<>();
      for (String t : times) {
        Instant start = FreeTimes.at(day, LocalTime.parse(t), BERLIN);
        slots.add(new Slot(start, start.plus(Duration.ofMinutes(30)), start, start, 1));
      }
      free.put(day, slots);
      return this;
    }

    @Override
    public List<Slot> on(LocalDate day) {
      read.add(day);
      return free.getOrDefault(day, List.of());
    }
  }

  static Slots wish(String time, TimeQualifier q) {
    return Slots.NONE.withTime(time == null ? null : LocalTime.parse(time), q);
  }

  static List<String> times(List<Slot> slots) {
    return slots.stream()
        .map(s -> s.start().atZone(BERLIN).toLocalDateTime().toString().replace("2026-", ""))
        .toList();
  }

  static List<String> times(Found found) {
    return times(found.slots());
  }

  @Test
  void an_exact_time_that_is_free_is_found_as_it_is() {
    Days days = new Days().put(TUE, "09:00", "10:00", "11:00");
    Found found = FreeTimes.search(days, TUE, wish("10:00", TimeQualifier.AT), BERLIN);
    assertInstanceOf(Found.Exact.class, found);
    assertEquals(List.of("11-24T10:00"), times(found));
  }

  @Test
  void a_taken_exact_time_offers_the_three_nearest_and_the_same_time_on_a_later_day() {
    Days days =
        new Days()
            .put(TUE, "09:00", "09:30", "11:00", "12:00", "16:00")
            .put(TUE.plusDays(2), "10:00", "11:00");
    Found found = FreeTimes.search(days, TUE, wish("10:00", TimeQualifier.AT), BERLIN);
    assertInstanceOf(Found.Nearest.class, found);
    assertEquals(List.of("11-24T09:00", "11-24T09:30", "11-24T11:00", "11-26T10:00"), times(found));
  }

  @Test
  void nearest_times_at_the_same_distance_prefer_the_earlier() {
    Days days = new Days().put(TUE, "09:00", "11:00", "12:00");
    List<Slot> nearest =
        FreeTimes.nearest(days.on(TUE), FreeTimes.at(TUE, LocalTime.of(10, 0), BERLIN), 1);
    assertEquals(List.of("11-24T09:00"), times(nearest));
  }

  @Test
  void a_taken_exact_time_on_a_full_day_moves_to_the_next_day_with_times_near_it() {
    Days days = new Days().put(TUE.plusDays(9), "08:00", "09:45", "10:15", "13:00", "17:00");
    Found found = FreeTimes.search(days, TUE, wish("10:00", TimeQualifier.AT), BERLIN);
    Found.NextDay next = assertInstanceOf(Found.NextDay.class, found);
    assertEquals(TUE.plusDays(9), next.day());
    assertEquals(List.of("12-03T08:00", "12-03T09:45", "12-03T10:15"), times(found));
  }

  @Test
  void an_exact_time_on_an_empty_day_moves_to_the_next_day_rather_than_offering_one_stray_time() {
    Days days = new Days().put(TUE.plusDays(1), "09:30", "10:00", "10:30", "11:00");
    Found found = FreeTimes.search(days, TUE, wish("10:00", TimeQualifier.AT), BERLIN);
    Found.NextDay next = assertInstanceOf(Found.NextDay.class, found);
    assertEquals(List.of("11-25T09:30", "11-25T10:00", "11-25T10:30"), times(next.slots()));
  }

  @Test
  void after_and_before_keep_to_their_side_of_the_time_and_before_counts_the_end() {
    Days days = new Days().put(TUE, "15:00", "15:30", "16:00", "16:30");
    assertEquals(
        List.of("11-24T16:00", "11-24T16:30"),
        times(FreeTimes.search(days, TUE, wish("16:00", TimeQualifier.AFTER), BERLIN)));
    // A 30-minute appointment at 15:30 ends at 16:00: still before 16:00.
    assertEquals(
        List.of("11-24T15:00", "11-24T15:30"),
        times(FreeTimes.search(days, TUE, wish("16:00", TimeQualifier.BEFORE), BERLIN)));
  }

  @Test
  void a_part_of_the_day_keeps_its_window() {
    Days days = new Days().put(TUE, "09:00", "11:30", "12:00", "16:45", "17:00");
    Found found =
        FreeTimes.search(days, TUE, Slots.NONE.withPartOfDay(PartOfDay.AFTERNOON), BERLIN);
    assertInstanceOf(Found.OnDay.class, found);
    assertEquals(List.of("11-24T12:00", "11-24T16:45"), times(found));
  }

  @Test
  void nothing_in_the_window_offers_other_times_that_day() {
    Days days = new Days().put(TUE, "09:00", "10:00");
    Found found = FreeTimes.search(days, TUE, wish("16:00", TimeQualifier.AFTER), BERLIN);
    assertInstanceOf(Found.OtherTimes.class, found);
    assertEquals(List.of("11-24T09:00", "11-24T10:00"), times(found));
  }

  @Test
  void around_a_taken_time_offers_up_to_six_nearest_in_time_order() {
    Days days = new Days().put(TUE, "09:00", "10:00", "11:00", "12:00", "14:00", "15:00", "16:00");
    Found found = FreeTimes.search(days, TUE, wish("13:00", TimeQualifier.AROUND), BERLIN);
    assertInstanceOf(Found.Around.class, found);
    assertEquals(
        List.of(
            "11-24T10:00",
            "11-24T11:00",
            "11-24T12:00",
            "11-24T14:00",
            "11-24T15:00",
            "11-24T16:00"),
        times(found));
  }

  @Test
  void a_long_day_is_spread_to_six_times_from_first_to_last() {
    List<String> all = new ArrayList<>();
    for (int minutes = 9 * 60; minutes < 18 * 60; minutes += 15) {
      all.add(LocalTime.of(minutes / 60, minutes % 60).toString());
    }
    Days days = new Days().put(TUE, all.toArray(String[]::new));
    Found found = FreeTimes.search(days, TUE, Slots.NONE, BERLIN);
    assertInstanceOf(Found.OnDay.class, found);
    assertEquals(
        List.of(
            "11-24T09:00",
            "11-24T10:45",
            "11-24T12:30",
            "11-24T14:15",
            "11-24T16:00",
            "11-24T17:45"),
        times(found));
  }

  @Test
  void an_empty_day_moves_to_the_first_later_day_that_fits_the_wish() {
    Days days =
        new Days().put(TUE.plusDays(1), "09:00").put(TUE.plusDays(3), "09:00", "17:00", "17:30");
    Found found = FreeTimes.search(days, TUE, wish("17:00", TimeQualifier.AFTER), BERLIN);
    Found.NextDay next = assertInstanceOf(Found.NextDay.class, found);
    assertEquals(TUE.plusDays(3), next.day());
    assertEquals(List.of("11-27T17:00", "11-27T17:30"), times(found));
  }

  @Test
  void the_search_gives_up_after_fourteen_more_days() {
    Days days = new Days().put(TUE.plusDays(FreeTimes.SEARCH_DAYS + 1), "10:00");
    Found found = FreeTimes.search(days, TUE, Slots.NONE, BERLIN);
    assertInstanceOf(Found.NoneAhead.class, found);
    assertTrue(found.slots().isEmpty());
    assertEquals(FreeTimes.SEARCH_DAYS + 1, days.read.size(), "days read: " + days.read);
  }

  @Test
  void later_than_a_time_offers_the_times_after_it_that_day_not_the_time_itself() {
    Days days = new Days().put(TUE, "09:00", "10:00", "11:00", "12:00", "16:00");
    Instant ten = FreeTimes.at(TUE, LocalTime.of(10, 0), BERLIN);
    Found found = FreeTimes.shifted(days, TUE, ten, TimeShift.LATER, BERLIN);
    assertInstanceOf(Found.OnDay.class, found);
    assertEquals(List.of("11-24T11:00", "11-24T12:00", "11-24T16:00"), times(found));
    Found earlier = FreeTimes.shifted(days, TUE, ten, TimeShift.EARLIER, BERLIN);
    assertEquals(List.of("11-24T09:00"), times(earlier));
  }

  @Test
  void nothing_later_that_day_offers_the_next_day_with_free_times_all_of_it() {
    Days days = new Days().put(TUE, "09:00", "16:00").put(TUE.plusDays(2), "09:00", "17:00");
    Instant four = FreeTimes.at(TUE, LocalTime.of(16, 0), BERLIN);
    Found found = FreeTimes.shifted(days, TUE, four, TimeShift.LATER, BERLIN);
    assertInstanceOf(Found.NextDay.class, found);
    assertEquals(TUE.plusDays(2), ((Found.NextDay) found).day());
    assertEquals(List.of("11-26T09:00", "11-26T17:00"), times(found));
    Instant nine = FreeTimes.at(TUE, LocalTime.of(9, 0), BERLIN);
    assertInstanceOf(
        Found.NextDay.class, FreeTimes.shifted(days, TUE, nine, TimeShift.EARLIER, BERLIN));
  }
}
