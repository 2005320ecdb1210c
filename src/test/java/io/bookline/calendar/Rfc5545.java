package io.bookline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * The cardinality rules of RFC 5545 that strict calendar clients enforce, checked on a file parsed
 * back with ical4j. ical4j itself writes whatever properties it is given, duplicates included.
 */
final class Rfc5545 {
  /** Section 3.6: "MUST NOT occur more than once" in the calendar (PRODID and VERSION once). */
  static final List<String> CALENDAR_AT_MOST_ONCE =
      List.of(Property.PRODID, Property.VERSION, Property.CALSCALE, Property.METHOD);

  /** Section 3.6.1, eventprop: "MUST NOT occur more than once" (DTSTAMP and UID exactly once). */
  static final List<String> EVENT_AT_MOST_ONCE =
      List.of(
          Property.DTSTAMP,
          Property.UID,
          Property.CLASS,
          Property.CREATED,
          Property.DESCRIPTION,
          Property.DTSTART,
          Property.GEO,
          Property.LAST_MODIFIED,
          Property.LOCATION,
          Property.ORGANIZER,
          Property.PRIORITY,
          Property.SEQUENCE,
          Property.STATUS,
          Property.SUMMARY,
          Property.TRANSP,
          Property.URL,
          Property.RECURRENCE_ID,
          Property.DTEND,
          Property.DURATION);

  private Rfc5545() {}

  static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  /**
   * Every single-valued property occurs at most once, DTSTAMP and UID exactly once, DTEND and
   * DURATION not together, and every event's DTSTAMP is {@code stamp}.
   */
  static void assertWellFormed(Calendar c, Instant stamp) {
    for (String name : CALENDAR_AT_MOST_ONCE) {
      assertThat(c.getProperties(name)).as("calendar's %s", name).hasSizeLessThanOrEqualTo(1);
    }
    assertThat(c.getProperties(Property.PRODID)).as("calendar's PRODID").hasSize(1);
    assertThat(c.getProperties(Property.VERSION)).as("calendar's VERSION").hasSize(1);
    List<VEvent> events = c.getComponents(Component.VEVENT);
    assertThat(events).as("events").isNotEmpty();
    for (VEvent e : events) {
      String which = "event " + e.getProperty(Property.UID).map(Property::getValue).orElse("?");
      for (String name : EVENT_AT_MOST_ONCE) {
        assertThat(e.getProperties(name)).as("%s: %s", which, name).hasSizeLessThanOrEqualTo(1);
      }
      assertThat(e.getProperties(Property.UID)).as("%s: UID", which).hasSize(1);
      assertThat(e.getProperties(Property.DTSTAMP)).as("%s: DTSTAMP", which).hasSize(1);
      assertThat(
              e.getProperties(Property.DTEND).isEmpty()
                  || e.getProperties(Property.DURATION).isEmpty())
          .as("%s: DTEND and DURATION together", which)
          .isTrue();
      DateProperty<?> dtstamp = e.getProperty(Property.DTSTAMP).map(p -> (DateProperty<?>) p).get();
      assertThat(Instant.from((Temporal) dtstamp.getDate()))
          .as("%s: DTSTAMP", which)
          .isEqualTo(stamp);
    }
  }
}
