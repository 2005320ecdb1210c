package io.bookline.booking;

import io.bookline.support.TestApp;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The demo business as {@link DemoSeeder} seeds it, built in memory: three services, Anna and
 * Marta, open Monday to Friday 9 to 6 and Saturday 10 to 2, in Berlin.
 */
final class NailStudio {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Monday 23 Nov 2026, 08:00 in Berlin, as in the HTTP tests. */
  static final Instant MONDAY_8AM = TestApp.MONDAY_8AM_BERLIN;

  static final long BASIC = 1;
  static final long GEL = 2;
  static final long PEDICURE = 3;
  static final long ANNA = 1;
  static final long MARTA = 2;

  private NailStudio() {}

  static Catalog catalog() {
    return catalog(false, List.of());
  }

  static Catalog catalog(boolean askForResource, List<Closure> closures) {
    return catalog(business(askForResource, "Torstraße 1, 10119 Berlin"), closures);
  }

  static Catalog catalog(Business business, List<Closure> closures) {
    List<Service> services =
        List.of(
            service(
                BASIC,
                "Basic Manicure",
                30,
                "25.00",
                List.of("basic", "classic manicure", "regular manicure", "simple manicure")),
            service(GEL, "Gel Manicure", 45, "35.00", List.of("gel", "gel nails", "shellac")),
            service(PEDICURE, "Pedicure", 60, "40.00", List.of("pedi", "feet", "toes")));
    Set<Long> all = Set.of(BASIC, GEL, PEDICURE);
    List<Resource> staff =
        List.of(new Resource(ANNA, "Anna", all), new Resource(MARTA, "Marta", all));
    List<OpeningInterval> hours = new ArrayList<>();
    for (DayOfWeek d : List.of(DayOfWeek.values()).subList(0, 5)) {
      hours.add(new OpeningInterval(d, LocalTime.of(9, 0), LocalTime.of(18, 0)));
    }
    hours.add(new OpeningInterval(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)));
    return new Catalog(business, services, staff, hours, closures);
  }

  static Business business(boolean askForResource, String address) {
    return new Business(
        1,
        "demo",
        "Demo Nail Studio",
        BERLIN,
        Locale.forLanguageTag("en-GB"),
        "EUR",
        address,
        Duration.ofHours(2),
        60,
        Duration.ofMinutes(15),
        askForResource,
        Duration.ZERO);
  }

  private static Service service(
      long id, String name, int minutes, String price, List<String> synonyms) {
    return new Service(
        id,
        name,
        Duration.ofMinutes(minutes),
        new BigDecimal(price),
        Duration.ZERO,
        Duration.ZERO,
        synonyms);
  }
}
