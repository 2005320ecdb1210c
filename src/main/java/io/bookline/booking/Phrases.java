package io.bookline.booking;

import io.bookline.wording.Formats;
import io.bookline.wording.Messages;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A business's facts in words: price list, opening hours, a booking described, a time with its
 * staff member. Every word comes from the {@link Messages} catalogue of one language; every fact
 * from the catalog.
 */
final class Phrases {
  private final Messages messages;
  private final Formats formats;
  private final Catalog catalog;

  Phrases(Messages messages, Catalog catalog) {
    this.messages = messages;
    this.formats = messages.formats();
    this.catalog = catalog;
  }

  String text(String id, Object... args) {
    return messages.text(id, args);
  }

  String day(LocalDate d) {
    return formats.day(d);
  }

  String time(LocalTime t) {
    return formats.time(t);
  }

  String time(Instant i) {
    return formats.time(i, catalog.business().zone());
  }

  String when(Instant i) {
    return formats.when(i, catalog.business().zone());
  }

  /** "Tue 24 Nov 10:00": a booking as a quick-reply option. */
  String dayAndTime(Instant i) {
    return formats.dayAndTime(i, catalog.business().zone());
  }

  String weekday(DayOfWeek d) {
    return formats.weekday(d);
  }

  /** "Fri 27 Nov at 16:30 with Anna", or without the name when the staff member is unknown. */
  String whenWith(Instant start, long resourceId) {
    String when = when(start);
    return catalog.resource(resourceId).map(r -> text("booking.with", when, r.name())).orElse(when);
  }

  /** "Basic Manicure on Tue 24 Nov at 10:00 with Anna". */
  String describe(BookingView b) {
    String service =
        catalog.service(b.serviceId()).map(Service::name).orElse(text("booking.any_service"));
    return text("booking.on", service, whenWith(b.start(), b.resourceId()));
  }

  String money(Service s) {
    return formats.money(s.price(), catalog.business().currency());
  }

  /** "Gel Manicure (45 min, 35.00 EUR)". */
  String serviceLine(Service s) {
    return text("service.line", s.name(), formats.minutes(s.duration()), money(s));
  }

  String priceList() {
    return String.join("; ", catalog.services().stream().map(this::serviceLine).toList());
  }

  List<String> serviceNames() {
    return catalog.services().stream().map(Service::name).toList();
  }

  /** "Mon–Fri 09:00–18:00, Sat 10:00–14:00, Sun closed": runs of days with the same hours. */
  String hours() {
    List<String> parts = new ArrayList<>();
    DayOfWeek runStart = DayOfWeek.MONDAY;
    String runText = hoursOn(runStart);
    for (DayOfWeek d : DayOfWeek.values()) {
      String text = hoursOn(d);
      if (!text.equals(runText)) {
        parts.add(text("hours.day", days(runStart, d.minus(1)), runText));
        runStart = d;
        runText = text;
      }
    }
    parts.add(text("hours.day", days(runStart, DayOfWeek.SUNDAY), runText));
    return String.join(", ", parts);
  }

  private String hoursOn(DayOfWeek d) {
    List<OpeningInterval> windows = catalog.hoursOn(d);
    if (windows.isEmpty()) {
      return text("hours.closed");
    }
    String out = null;
    for (OpeningInterval i : windows) {
      String w = text("hours.window", time(i.opens()), time(i.closes()));
      out = out == null ? w : text("hours.windows", out, w);
    }
    return out;
  }

  private String days(DayOfWeek first, DayOfWeek last) {
    String a = formats.weekdayShort(first);
    return first == last ? a : text("hours.days", a, formats.weekdayShort(last));
  }
}
