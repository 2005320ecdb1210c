package io.bookline.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calendar files (issue 16): a chat booking's .ics parses back with ical4j to the same start, end
 * and UID; after a move the same UID comes back with a higher SEQUENCE; a cancel is METHOD:CANCEL.
 * A staff member's feed is private (a token the owner issues) and revocable. Every file keeps RFC
 * 5545's one-of-each rules, with the clock's time as DTSTAMP ({@link Rfc5545}).
 */
class CalendarFilesTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String CUSTOMER = "4917012345678";

  final FakePlatform platform = new FakePlatform();
  TestApp app;
  long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    app = TestApp.start(TestApp.mondayMorning(), env);
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  void whatsapp(String text) {
    int before = platform.calls("whatsapp").size();
    assertThat(WhatsApp.post(app, WhatsApp.text("wamid." + sent, CUSTOMER, text, sent++)).status())
        .isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() > before);
  }

  long book() {
    whatsapp("I'd like a basic manicure tomorrow at 10");
    whatsapp("Sam");
    whatsapp("yes");
    return ((Number) db().fetchValue("select id from bookings")).longValue();
  }

  static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  static VEvent only(Calendar c) {
    List<VEvent> events = c.getComponents(Component.VEVENT);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  static String prop(Component c, String name) {
    return c.getProperty(name).map(Property::getValue).orElse(null);
  }

  static String prop(Calendar c, String name) {
    return c.getProperty(name).map(Property::getValue).orElse(null);
  }

  static Instant instant(Component c, String name) {
    return Instant.from(
        (Temporal)
            c.getProperty(name)
                .map(p -> ((net.fortuna.ical4j.model.property.DateProperty<?>) p).getDate())
                .orElseThrow());
  }

  TestApp.Response file(long booking) {
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    var link = owner.get("/api/bookings/" + booking + "/calendar");
    assertThat(link.status()).as(link.body()).isEqualTo(200);
    return app.get(link.json().get("url").asText());
  }

  @Test
  void a_bookings_file_parses_back_to_its_start_end_and_uid_and_a_move_raises_its_sequence()
      throws Exception {
    long booking = book();
    var first = file(booking);
    assertThat(first.status()).isEqualTo(200);
    Calendar c = parse(first.body());
    Rfc5545.assertWellFormed(c, TestApp.MONDAY_8AM_BERLIN);
    assertThat(prop(c, Property.METHOD)).isEqualTo("PUBLISH");
    VEvent e = only(c);
    String uid = prop(e, Property.UID);
    assertThat(uid).isEqualTo("booking-" + booking + "@demo.bookline");
    assertThat(instant(e, Property.DTSTART)).isEqualTo(Instant.parse("2026-11-24T09:00:00Z"));
    assertThat(instant(e, Property.DTEND)).isEqualTo(Instant.parse("2026-11-24T09:30:00Z"));
    assertThat(prop(e, Property.SEQUENCE)).isEqualTo("0");
    assertThat(prop(e, Property.SUMMARY)).isEqualTo("Basic Manicure – Demo Nail Studio");

    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    assertThat(owner.patch("/api/bookings/" + booking, "{\"start\":\"2026-11-24T14:00\"}").status())
        .isEqualTo(200);
    Calendar afterMove = parse(file(booking).body());
    Rfc5545.assertWellFormed(afterMove, TestApp.MONDAY_8AM_BERLIN);
    VEvent moved = only(afterMove);
    assertThat(prop(moved, Property.UID)).isEqualTo(uid);
    assertThat(Integer.parseInt(prop(moved, Property.SEQUENCE))).isGreaterThan(0);
    assertThat(instant(moved, Property.DTSTART)).isEqualTo(Instant.parse("2026-11-24T13:00:00Z"));

    assertThat(owner.post("/api/bookings/" + booking + "/cancel", "{}").status()).isEqualTo(200);
    Calendar cancelled = parse(file(booking).body());
    Rfc5545.assertWellFormed(cancelled, TestApp.MONDAY_8AM_BERLIN);
    assertThat(prop(cancelled, Property.METHOD)).isEqualTo("CANCEL");
    assertThat(prop(only(cancelled), Property.UID)).isEqualTo(uid);
    assertThat(prop(only(cancelled), Property.STATUS)).isEqualTo("CANCELLED");
  }

  @Test
  void a_wrong_link_is_404_not_an_error() {
    assertThat(app.get("/calendar/booking/not-a-uuid").status()).isEqualTo(404);
    assertThat(app.get("/calendar/booking/00000000-0000-0000-0000-000000000000").status())
        .isEqualTo(404);
    assertThat(app.get("/calendar/staff/nothing").status()).isEqualTo(404);
  }

  @Test
  void a_staff_feed_is_private_and_revocable() throws Exception {
    long booking = book();
    long staff =
        ((Number) db().fetchValue("select resource_id from bookings where id = ?", booking))
            .longValue();
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    var issued = owner.post("/api/staff/" + staff + "/calendar-feed", "");
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String url = issued.json().get("url").asText();
    assertThat(db().fetchValue("select calendar_feed_hash from resources where id = ?", staff))
        .as("only a hash is stored")
        .isNotEqualTo(url.substring(url.lastIndexOf('/') + 1));
    var feed = app.get(url);
    assertThat(feed.status()).isEqualTo(200);
    Calendar staffFeed = parse(feed.body());
    Rfc5545.assertWellFormed(staffFeed, TestApp.MONDAY_8AM_BERLIN);
    VEvent e = only(staffFeed);
    assertThat(prop(e, Property.UID)).isEqualTo("booking-" + booking + "@demo.bookline");
    assertThat(prop(e, Property.SUMMARY)).isEqualTo("Basic Manicure – Sam");

    assertThat(owner.delete("/api/staff/" + staff + "/calendar-feed").status()).isEqualTo(200);
    assertThat(app.get(url).status()).isEqualTo(404);
    assertThat(owner.post("/api/staff/999999/calendar-feed", "").status()).isEqualTo(404);
  }
}
