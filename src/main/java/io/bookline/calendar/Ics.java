package io.bookline.calendar;

import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Bookings as iCalendar text (RFC 5545) through ical4j. Pure: the same events give the same text. A
 * booking's UID never changes ({@code booking-<id>@<business>.bookline}), so a calendar that
 * imported it updates the same entry; a move raises SEQUENCE; a cancelled booking is sent with
 * {@code METHOD:CANCEL} and {@code STATUS:CANCELLED}.
 */
public final class Ics {
  static final String PRODUCT = "-//Bookline//Bookings 1.0//EN";

  private Ics() {}

  /**
   * One booking.
   *
   * @param sequence how often it moved
   */
  public record Event(
      long bookingId,
      String business,
      Instant start,
      Instant end,
      String summary,
      String location,
      int sequence,
      boolean cancelled,
      Instant stamp) {
    public String uid() {
      return "booking-" + bookingId + "@" + business + ".bookline";
    }
  }

  /** One booking's file: PUBLISH while it stands, CANCEL once cancelled. */
  public static String booking(Event e) {
    Calendar c = calendar();
    c.add(e.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.PUBLISH);
    c.add(event(e));
    return c.toString();
  }

  /** A feed of many bookings (a staff member's), each with its own UID and SEQUENCE. */
  public static String feed(List<Event> events) {
    Calendar c = calendar();
    c.add(ImmutableMethod.PUBLISH);
    events.forEach(e -> c.add(event(e)));
    return c.toString();
  }

  private static Calendar calendar() {
    Calendar c = new Calendar();
    c.add(new ProdId(PRODUCT));
    c.add(ImmutableVersion.VERSION_2_0);
    c.add(ImmutableCalScale.GREGORIAN);
    return c;
  }

  private static VEvent event(Event e) {
    // VEvent's other constructors add a DTSTAMP of the wall clock; RFC 5545 allows one, the
    // event's own stamp, so this one starts empty.
    VEvent v = new VEvent(false);
    v.add(new DtStamp(e.stamp()));
    v.add(new DtStart<>(e.start()));
    v.add(new DtEnd<>(e.end()));
    v.add(new Summary(e.summary()));
    v.add(new Uid(e.uid()));
    v.add(new Sequence(e.sequence()));
    if (e.location() != null && !e.location().isBlank()) {
      v.add(new Location(e.location()));
    }
    v.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    return v;
  }
}
