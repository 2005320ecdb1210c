package io.bookline.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven availability: hours, split shifts, buffers, notice, horizon, closures, DST. */
class AvailabilityTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Service MANI = service(30, 0, 0);

  static Service service(int minutes, int before, int after) {
    return new Service(
        1,
        "Mani",
        Duration.ofMinutes(minutes),
        new BigDecimal("25.00"),
        Duration.ofMinutes(before),
        Duration.ofMinutes(after),
        List.of());
  }

  static Catalog catalog(
      ZoneId zone,
      int intervalMinutes,
      List<OpeningInterval> hours,
      List<Closure> closures,
      int resources) {
    Business b =
        new Business(
            1,
            "t",
            "Test",
            zone,
            Locale.UK,
            "EUR",
            null,
            Duration.ofHours(2),
            60,
            Duration.ofMinutes(intervalMinutes),
            false,
            Duration.ZERO);
    List<Resource> rs = new ArrayList<>();
    for (int i = 1; i <= resources; i++) {
      rs.add(new Resource(100 + i, "R" + i, Set.of(1L)));
    }
    return new Catalog(b, List.of(MANI), rs, hours, closures);
  }

  static List<OpeningInterval> weekdays(String opens, String closes) {
    List<OpeningInterval> out = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      out.add(new OpeningInterval(d, LocalTime.parse(opens), LocalTime.parse(closes)));
    }
    return out;
  }

  static List<String> times(List<Slot> slots, ZoneId zone) {
    return slots.stream().map(s -> s.start().atZone(zone).toLocalTime().toString()).toList();
  }

  static Instant at(String local, ZoneId zone) {
    return java.time.LocalDateTime.parse(local).atZone(zone).toInstant();
  }

  // Monday 23 Nov 2026, 06:00 Berlin: two hours' notice starts the day at 09:00.
  static final Instant NOW = at("2026-11-23T06:00", BERLIN);
  static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

  @Test
  void opening_hours_and_the_slot_interval_make_the_grid() {
    var c = catalog(BERLIN, 15, weekdays("09:00", "18:00"), List.of(), 1);
    var slots = Availability.freeSlots(c, MANI, MONDAY, null, List.of(), NOW);
    assertEquals(35, slots.size());
    assertEquals("09:00", times(slots, BERLIN).get(0));
    assertEquals("17:30", times(slots, BERLIN).get(34));
  }

  @ParameterizedTest(name = "now {0} -> first {1}")
  @CsvSource({
    "2026-11-23T08:00, 10:00",
    "2026-11-23T08:05, 10:15",
    "2026-11-23T16:00, -",
    "2026-11-22T20:00, 09:00"
  })
  void minimum_notice_hides_times_too_soon(String now, String first) {
    var c = catalog(BERLIN, 15, weekdays("09:00", "18:00"), List.of(), 1);
    var slots = Availability.freeSlots(c, MANI, MONDAY, null, List.of(), at(now, BERLIN));
    if (first.equals("-")) {
      assertTrue(slots.isEmpty());
    } else {
      assertEquals(first, times(slots, BERLIN).get(0));
    }
  }

  @Test
  void split_shifts_leave_the_break_free() {
    var hours = new ArrayList<OpeningInterval>();
    hours.add(new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
    hours.add(new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(18, 0)));
    var c = catalog(BERLIN, 15, hours, List.of(), 1);
    var t = times(Availability.freeSlots(c, MANI, MONDAY, null, List.of(), NOW), BERLIN);
    assertTrue(t.contains("11:30"));
    assertTrue(!t.contains("11:45") && !t.contains("12:00") && !t.contains("12:45"), t.toString());
    assertTrue(t.contains("13:00"));
  }

  @Test
  void buffers_keep_a_gap_around_existing_bookings() {
    Service withBuffers = service(30, 0, 15);
    var c =
        new Catalog(
            catalog(BERLIN, 15, weekdays("09:00", "18:00"), List.of(), 1).business(),
            List.of(withBuffers),
            List.of(new Resource(101, "R1", Set.of(1L))),
            weekdays("09:00", "18:00"),
            List.of());
    // Someone is booked 10:00-10:30 (+15 min cleaning).
    var busy =
        List.of(new Busy(1, 101, at("2026-11-23T10:00", BERLIN), at("2026-11-23T10:45", BERLIN)));
    var t = times(Availability.freeSlots(c, withBuffers, MONDAY, null, busy, NOW), BERLIN);
    // 09:30 would end at 10:00 but its cleaning runs into the booking.
    assertTrue(
        t.contains("09:15") && !t.contains("09:30") && !t.contains("10:00") && !t.contains("10:30"),
        t.toString());
    assertTrue(t.contains("10:45"), t.toString());
  }

  @Test
  void a_time_taken_on_one_resource_is_offered_on_the_other() {
    var c = catalog(BERLIN, 15, weekdays("09:00", "18:00"), List.of(), 2);
    var busy =
        List.of(new Busy(1, 101, at("2026-11-23T10:00", BERLIN), at("2026-11-23T10:30", BERLIN)));
    var slots = Availability.freeSlots(c, MANI, MONDAY, null, busy, NOW);
    Slot ten =
        slots.stream()
            .filter(s -> s.start().equals(at("2026-11-23T10:00", BERLIN)))
            .findFirst()
            .orElseThrow();
    assertEquals(102, ten.resourceId());
    // Asking for resource 101 by name: 10:00 is not free.
    var only101 = times(Availability.freeSlots(c, MANI, MONDAY, 101L, busy, NOW), BERLIN);
    assertTrue(!only101.contains("10:00") && only101.contains("10:30"), only101.toString());
  }

  @Test
  void a_resource_works_only_inside_its_own_hours_and_the_business_hours() {
    var c = catalog(BERLIN, 15, weekdays("09:00", "18:00"), List.of(), 1);
    // R1 works Monday 12:00-20:00 only; the business closes at 18:00.
    var r1 =
        new Resource(
            101,
            "R1",
            Set.of(1L),
            List.of(
                new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(20, 0))));
    var r2 =
        new Resource(
            102,
            "R2",
            Set.of(1L),
            List.of(
                new OpeningInterval(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))));
    var own = new Catalog(c.business(), List.of(MANI), List.of(r1, r2), c.hours(), List.of());
    var t = times(Availability.freeSlots(own, MANI, MONDAY, null, List.of(), NOW), BERLIN);
    assertEquals("12:00", t.get(0));
    assertEquals("17:30", t.get(t.size() - 1));
    // R2 does not work on Mondays at all.
    assertTrue(Availability.freeSlots(own, MANI, MONDAY, 102L, List.of(), NOW).isEmpty());
  }

  @Test
  void closures_and_the_horizon_close_whole_days() {
    var closure =
        new Closure(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-26"), "Christmas");
    var c = catalog(BERLIN, 15, weekdays("09:00", "18:00"), List.of(closure), 1);
    assertTrue(
        Availability.freeSlots(c, MANI, LocalDate.parse("2026-12-25"), null, List.of(), NOW)
            .isEmpty());
    assertTrue(
        !Availability.freeSlots(c, MANI, LocalDate.parse("2026-12-27"), null, List.of(), NOW)
            .isEmpty());
    assertTrue(
        !Availability.freeSlots(c, MANI, MONDAY.plusDays(60), null, List.of(), NOW).isEmpty());
    assertTrue(
        Availability.freeSlots(c, MANI, MONDAY.plusDays(61), null, List.of(), NOW).isEmpty());
    assertTrue(
        Availability.freeSlots(c, MANI, MONDAY.minusDays(1), null, List.of(), NOW).isEmpty());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // spring forward: 02:00-02:59 does not exist
        "Europe/Berlin | 2026-03-29 | 01:00 | 05:00 | 01:00,01:30,03:00,03:30,04:00",
        "America/New_York | 2026-03-08 | 01:00 | 05:00 | 01:00,01:30,03:00,03:30,04:00",
        // fall back: 02:00-02:59 (Berlin) / 01:00-01:59 (New York) happen twice; each is offered
        // once
        "Europe/Berlin | 2026-10-25 | 01:00 | 04:00 | 01:00,01:30,02:00,02:30,03:00",
        "America/New_York | 2026-11-01 | 00:00 | 03:00 | 00:00,00:30,01:00,01:30,02:00",
        // an ordinary day for comparison
        "America/New_York | 2026-11-02 | 09:00 | 11:00 | 09:00,09:30,10:00",
      })
  void daylight_saving_days_neither_invent_nor_lose_appointments(
      String zoneId, String day, String opens, String closes, String expected) {
    ZoneId zone = ZoneId.of(zoneId);
    Service hour = service(60, 0, 0);
    var c =
        new Catalog(
            catalog(zone, 30, weekdays(opens, closes), List.of(), 1).business(),
            List.of(hour),
            List.of(new Resource(101, "R1", Set.of(1L))),
            weekdays(opens, closes),
            List.of());
    Instant now = at(LocalDate.parse(day).minusDays(1) + "T00:00", zone);
    var slots = Availability.freeSlots(c, hour, LocalDate.parse(day), null, List.of(), now);
    assertEquals(List.of(expected.split(",")), times(slots, zone));
    // Every appointment lasts exactly one real hour and ends by closing time.
    Instant close = Availability.local(LocalDate.parse(day).atTime(LocalTime.parse(closes)), zone);
    for (Slot s : slots) {
      assertEquals(Duration.ofHours(1), Duration.between(s.start(), s.end()));
      assertTrue(!s.end().isAfter(close));
    }
  }
}
