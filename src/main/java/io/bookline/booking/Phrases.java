package io.bookline.booking;

import io.bookline.understanding.Slots;
import io.bookline.understanding.TimeQualifier;
import io.bookline.wording.Formats;
import io.bookline.wording.Messages;
import io.bookline.wording.NounGender;
import java.time.DayOfWeek;
import java.time.Duration;
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

  Messages messages() {
    return messages;
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
        catalog.service(b.serviceId()).map(this::name).orElse(text("booking.any_service"));
    return forWhom(b, text("booking.on", service, whenWith(b.start(), b.resourceId())));
  }

  /**
   * {@code words} about {@code b}, with whom it is for when the customer booked it for someone
   * else: "Basic Manicure on Fri 27 Nov at 10:00 with Marta (for Lena)", so it is not taken for
   * their own.
   */
  String forWhom(BookingView b, String words) {
    return b.guest() == null || b.guest().isBlank()
        ? words
        : text("booking.for_guest", words, b.guest());
  }

  /** A service's name as this language's customers see it. */
  String name(Service s) {
    return s.nameIn(messages.locale());
  }

  /** The gender and number of {@code s}'s name, for a pronoun that agrees with it (ADR 0110). */
  int gender(Service s) {
    return NounGender.of(name(s));
  }

  String money(Service s) {
    return formats.money(s.price(), catalog.business().currency());
  }

  /** "Gel Manicure (45 min, 35.00 EUR)". */
  String serviceLine(Service s) {
    return text("service.line", name(s), formats.minutes(s.duration()), money(s));
  }

  /** "The Pedicure is 40.00 EUR (60 min).": the price of the one service under discussion. */
  String priceOf(Service s) {
    return text("answer.price_of", name(s), money(s), formats.minutes(s.duration()));
  }

  /** "The Pedicure takes 60 min.": how long the one service asked about takes, no price. */
  Object[] lengthOf(Service s) {
    return new Object[] {name(s), formats.minutes(s.duration())};
  }

  /** The bookable services with their length and price: what a customer can book here. */
  String priceList() {
    return priceList(catalog.bookable());
  }

  String priceList(List<Service> services) {
    return String.join("; ", services.stream().map(this::serviceLine).toList());
  }

  /** The names of the bookable services, as options to pick from. */
  List<String> serviceNames() {
    return catalog.bookable().stream().map(this::name).toList();
  }

  /** "Anna", "Anna and Marta", "Anna, Marta and Eva": names as one list, in the language. */
  String names(List<String> names) {
    if (names.size() < 2) {
      return String.join("", names);
    }
    String head = String.join(", ", names.subList(0, names.size() - 1));
    return text("names.and", head, names.getLast());
  }

  /** The whole team's names. */
  String team() {
    return names(catalog.resources().stream().map(Resource::name).toList());
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
    return hours(catalog.hoursOn(d));
  }

  /** "09:00–13:00 and 14:00–18:00": the windows of one day; "closed" when there are none. */
  String hours(List<OpeningInterval> windows) {
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

  /** "2 days", "2 hours", "90 min": a notice period or other length of time. */
  String duration(Duration d) {
    return formats.length(d);
  }

  /**
   * What a customer asked for, as far as it is known: "Gel Manicure on Fri 27 Nov at 14:00 with
   * Anna", or without the service ("Fri 27 Nov after 16:00"). The parts are joined with spaces, in
   * this order, leaving out what is not known.
   */
  String wish(Slots wish, boolean withService) {
    List<String> parts = new ArrayList<>();
    if (withService) {
      catalog.service(wish.serviceId()).ifPresent(s -> parts.add(name(s)));
    }
    if (wish.date() != null) {
      // "Gel Manicure on Fri 27 Nov", but "Fri 27 Nov at 14:00" on its own.
      parts.add(parts.isEmpty() ? day(wish.date()) : text("wish.on", day(wish.date())));
    }
    String asked = asked(wish);
    if (!asked.isEmpty()) {
      parts.add(asked);
    }
    catalog.resource(wish.resourceId()).ifPresent(r -> parts.add(text("wish.with", r.name())));
    return String.join(" ", parts);
  }

  /** The time asked for: "at 14:00", "after 16:00", "in the morning"; "" when none was. */
  String asked(Slots wish) {
    List<String> parts = new ArrayList<>();
    if (wish.time() != null) {
      String t = time(wish.time());
      TimeQualifier q = wish.qualifier() == null ? TimeQualifier.AT : wish.qualifier();
      parts.add(
          switch (q) {
            case AT -> text("wish.at", t);
            case AFTER -> text("window.after", t);
            case BEFORE -> text("window.before", t);
            case AROUND -> text("wish.around", t);
            case PAST -> text("window.after_work", t);
          });
    }
    if (wish.partOfDay() != null) {
      parts.add(
          switch (wish.partOfDay()) {
            case MORNING -> text("window.morning");
            case AFTERNOON -> text("window.afternoon");
            case EVENING -> text("window.evening");
          });
    }
    return String.join(" ", parts);
  }

  /** "Gel Manicure on Fri 27 Nov at 14:00", with the staff member when the customer chose one. */
  String offered(Service service, Offer offer, boolean withStaff) {
    String when = withStaff ? whenWith(offer.start(), offer.resourceId()) : when(offer.start());
    return text("booking.on", name(service), when);
  }

  private String days(DayOfWeek first, DayOfWeek last) {
    String a = formats.weekdayShort(first);
    return first == last ? a : text("hours.days", a, formats.weekdayShort(last));
  }
}
