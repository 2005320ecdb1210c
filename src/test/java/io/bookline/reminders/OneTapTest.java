package io.bookline.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.booking.BookingEvents;
import io.bookline.support.FakePlatform;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "done when", over the WhatsApp fake: book for tomorrow, move the clock to a day
 * before, one reminder arrives with buttons; two quick taps of Cancel give one cancellation and one
 * reply, and the slot is free in the chat at once. Move starts the reschedule with the booking
 * chosen.
 */
class OneTapTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String CUSTOMER = "4917012345678";
  static final Instant TUESDAY_10 = Instant.parse("2026-11-24T09:00:00Z");

  final FakePlatform platform = new FakePlatform();
  final MutableClock clock = TestApp.mondayMorning();
  final List<BookingEvents.Change> heard = new CopyOnWriteArrayList<>();
  TestApp app;
  long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    app = TestApp.start(clock, env);
    app.app().bookingEvents().subscribe(heard::add);
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  String post(byte[] body) {
    int before = platform.calls("whatsapp").size();
    assertThat(WhatsApp.post(app, body).status()).isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() > before);
    var call = platform.calls("whatsapp").get(before).body();
    return call.path("text")
        .path("body")
        .asText(call.path("interactive").path("body").path("text").asText(call.toString()));
  }

  /** A text sent now: by the moved clock, so never older than the bot answers. */
  String whatsapp(String text) {
    long at = next();
    return post(WhatsApp.text("wamid." + at, CUSTOMER, text, at));
  }

  long next() {
    sent = Math.max(sent + 1, clock.instant().getEpochSecond());
    return sent;
  }

  byte[] tap(String id, String title) {
    long at = next();
    return WhatsApp.message(
        ("{\"from\":\"%s\",\"id\":\"wamid.tap%d\",\"timestamp\":\"%d\",\"type\":\"interactive\","
                + "\"interactive\":{\"type\":\"button_reply\",\"button_reply\":"
                + "{\"id\":\"%s\",\"title\":\"%s\"}}}")
            .formatted(CUSTOMER, at, at, id, title));
  }

  long remind() {
    whatsapp("I'd like a basic manicure tomorrow at 10");
    whatsapp("Sam");
    assertThat(whatsapp("yes")).startsWith("Booked!");
    int before = platform.calls("whatsapp").size();
    clock.set(TUESDAY_10.minus(Duration.ofDays(1)).plusSeconds(30));
    app.app().reminders().runOnce();
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() == before + 1);
    var reminder = platform.calls("whatsapp").getLast().body();
    assertThat(reminder.path("interactive").path("action").path("buttons"))
        .extracting(b -> b.path("reply").path("title").asText())
        .containsExactly("Keep", "Cancel", "Move");
    return ((Number) db().fetchValue("select id from reminders")).longValue();
  }

  @Test
  void two_quick_taps_of_cancel_give_one_cancellation_and_one_reply_and_free_the_slot()
      throws Exception {
    long reminder = remindersSent();
    int before = platform.calls("whatsapp").size();
    byte[] first = tap("bk:cancel:" + reminder, "Cancel");
    byte[] second = tap("bk:cancel:" + reminder, "Cancel");
    assertThat(WhatsApp.post(app, first).status()).isEqualTo(200);
    assertThat(WhatsApp.post(app, second).status()).isEqualTo(200);
    await()
        .atMost(WAIT)
        .until(() -> db().fetchCount(db().selectFrom("inbox").where("status = 'done'")) == 5);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() == before + 1);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(WAIT)
        .until(() -> platform.calls("whatsapp").size() == before + 1);
    assertThat(platform.calls("whatsapp").getLast().body().path("text").path("body").asText())
        .isEqualTo(
            "Your Basic Manicure on Tue 24 Nov at 10:00 is cancelled. Write here if you'd like"
                + " another time.");
    assertThat(db().fetchValue("select status || ':' || cancelled_by from bookings"))
        .isEqualTo("cancelled:customer");
    assertThat(heard)
        .extracting(BookingEvents.Change::kind)
        .containsExactly(BookingEvents.Kind.CREATED, BookingEvents.Kind.CANCELLED);

    // The slot is free in the chat at once: the same time can be booked again.
    assertThat(whatsapp("I'd like a basic manicure tomorrow at 10"))
        .contains("Tue 24 Nov")
        .contains("10:00");
    assertThat(whatsapp("yes")).startsWith("Booked!");
  }

  long remindersSent() {
    return remind();
  }

  @Test
  void move_starts_the_reschedule_with_the_booking_chosen() {
    long reminder = remind();
    assertThat(post(tap("bk:move:" + reminder, "Move")))
        .isEqualTo(
            "Let's move your Basic Manicure on Tue 24 Nov at 10:00. Which day would suit you"
                + " instead?");
    String offered = whatsapp("Thursday at 11");
    assertThat(offered).contains("Thu 26 Nov").contains("11:00");
    whatsapp("yes");
    assertThat(db().fetchValue("select starts_at = '2026-11-26T10:00:00Z' from bookings"))
        .isEqualTo(true);
    assertThat(db().fetchCount(db().selectFrom("bookings"))).isEqualTo(1);
  }

  @Test
  void move_typed_instead_of_tapped_starts_the_same_reschedule() {
    remind();
    assertThat(whatsapp("move"))
        .isEqualTo(
            "Let's move your Basic Manicure on Tue 24 Nov at 10:00. Which day would suit you"
                + " instead?");
    whatsapp("Thursday at 11");
    whatsapp("yes");
    assertThat(db().fetchValue("select starts_at = '2026-11-26T10:00:00Z' from bookings"))
        .isEqualTo(true);
  }

  @Test
  void keep_is_answered_once_and_changes_nothing() {
    long reminder = remind();
    assertThat(post(tap("bk:keep:" + reminder, "Keep")))
        .isEqualTo("Great, see you on Tue 24 Nov at 10:00 for your Basic Manicure!");
    assertThat(db().fetchValue("select status from bookings")).isEqualTo("confirmed");
  }

  @Test
  void a_tap_on_someone_elses_reminder_changes_nothing() {
    long reminder = remind();
    byte[] forged =
        WhatsApp.message(
            ("{\"from\":\"4915550000\",\"id\":\"wamid.forged\",\"timestamp\":\"%d\","
                    + "\"type\":\"interactive\",\"interactive\":{\"type\":\"button_reply\","
                    + "\"button_reply\":{\"id\":\"bk:cancel:%d\",\"title\":\"Cancel\"}}}")
                .formatted(clock.instant().getEpochSecond(), reminder));
    assertThat(post(forged))
        .isEqualTo("That appointment has already been cancelled or moved, so nothing changed.");
    assertThat(db().fetchValue("select status from bookings")).isEqualTo("confirmed");
  }
}
