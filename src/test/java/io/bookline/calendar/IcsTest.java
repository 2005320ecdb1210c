package io.bookline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;

/**
 * {@link Ics} writes files that follow RFC 5545's cardinality rules; strict clients reject an event
 * with a second DTSTAMP (QA review, finding 4). No database: Ics is pure.
 */
class IcsTest {
  static final Instant STAMP = Instant.parse("2026-11-23T07:00:00Z");

  static Ics.Event event(long id, int sequence, boolean cancelled, String location) {
    Instant start = Instant.parse("2026-11-24T09:00:00Z").plusSeconds(3600 * id);
    return new Ics.Event(
        id,
        "demo",
        start,
        start.plusSeconds(1800),
        "Basic Manicure – Sam",
        location,
        sequence,
        cancelled,
        STAMP);
  }

  @Test
  void a_bookings_file_has_one_dtstamp_the_events_own_and_no_repeated_property() throws Exception {
    for (Ics.Event e :
        List.of(event(1, 0, false, "Main St 1"), event(2, 3, true, null), event(3, 1, false, ""))) {
      Calendar c = Rfc5545.parse(Ics.booking(e));
      Rfc5545.assertWellFormed(c, STAMP);
      assertThat(c.getComponents(Component.VEVENT)).hasSize(1);
    }
  }

  @Test
  void every_event_of_a_feed_has_one_dtstamp_the_events_own_and_no_repeated_property()
      throws Exception {
    Calendar c =
        Rfc5545.parse(
            Ics.feed(
                List.of(
                    event(1, 0, false, "Main St 1"),
                    event(2, 2, true, "Main St 1"),
                    event(3, 0, false, null))));
    Rfc5545.assertWellFormed(c, STAMP);
    assertThat(c.getComponents(Component.VEVENT)).hasSize(3);
  }
}
