package io.bookline.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.FakePlatform;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders before bookings (issue 16): two instances over one real Postgres, a clock the test
 * moves across the reminder time, the WhatsApp fake over real HTTP. Exactly one reminder per
 * booking and lead, whoever runs and whoever dies mid-way; none for a cancelled, moved or too-late
 * booking; a moved booking gets its own.
 */
class RemindersTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final String CUSTOMER = "4917012345678";

  /** Tue 24 Nov 2026, 10:00 in Berlin: "tomorrow at 10" on the test's Monday morning. */
  static final Instant TUESDAY_10 = Instant.parse("2026-11-24T09:00:00Z");

  final FakePlatform platform = new FakePlatform();
  final MutableClock clock = TestApp.mondayMorning();
  final List<TestApp> apps = new ArrayList<>();
  Map<String, String> env;
  TestApp app;
  long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    app = started();
  }

  TestApp started() {
    TestApp a = TestApp.start(clock, env);
    apps.add(a);
    return a;
  }

  @AfterEach
  void stop() {
    apps.forEach(TestApp::close);
    platform.close();
  }

  DSLContext db() {
    return app.app().database().dsl();
  }

  /** Sends one WhatsApp message and waits for the bot's first answer to reach the platform. */
  String whatsapp(String text) {
    int before = platform.calls("whatsapp").size();
    byte[] body = WhatsApp.text("wamid." + sent, CUSTOMER, text, sent++);
    assertThat(WhatsApp.post(app, body).status()).isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() > before);
    var call = platform.calls("whatsapp").get(before);
    return call.body().path("text").path("body").asText(call.body().toString());
  }

  long book(String request) {
    whatsapp(request);
    whatsapp("Sam");
    assertThat(whatsapp("yes")).startsWith("Booked!");
    return ((Number) db().fetchValue("select max(id) from bookings")).longValue();
  }

  List<JsonNode> reminderCalls() {
    return platform.calls("whatsapp").stream()
        .map(FakePlatform.Call::body)
        .filter(b -> b.toString().contains("bk:cancel:"))
        .toList();
  }

  int remindersIn(String status) {
    return db().fetchCount(db().selectFrom("reminders").where("status = ?", status));
  }

  /** Runs every instance's reminder job at once, {@code rounds} times over. */
  void runEverywhereAtOnce(List<TestApp> instances, int rounds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(instances.size());
    try {
      for (int round = 0; round < rounds; round++) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (TestApp a : instances) {
          runs.add(
              pool.submit(
                  () -> {
                    go.await();
                    return a.app().reminders().runOnce();
                  }));
        }
        go.countDown();
        for (Future<Integer> f : runs) {
          f.get();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void two_instances_send_exactly_one_reminder_per_booking_and_lead() throws Exception {
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    var patched = owner.patch("/api/business", "{\"reminderLeadMinutes\":[1440,180]}");
    assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    long booking = book("I'd like a basic manicure tomorrow at 10");
    TestApp second = started();

    runEverywhereAtOnce(List.of(app, second), 3);
    assertThat(reminderCalls()).as("nothing is due yet").isEmpty();
    assertThat(
            db().fetch("select lead_minutes, due_at from reminders order by lead_minutes")
                .map(r -> r.get(0) + "@" + r.get(1, java.time.OffsetDateTime.class).toInstant()))
        .containsExactly(
            "180@" + TUESDAY_10.minus(Duration.ofHours(3)),
            "1440@" + TUESDAY_10.minus(Duration.ofDays(1)));

    clock.set(TUESDAY_10.minus(Duration.ofDays(1)).plusSeconds(30));
    runEverywhereAtOnce(List.of(app, second), 5);
    await().atMost(WAIT).until(() -> reminderCalls().size() >= 1);

    // Still inside the 24 hours since the customer last wrote: interactive again.
    clock.set(TUESDAY_10.minus(Duration.ofHours(3)).plusSeconds(30));
    runEverywhereAtOnce(List.of(app, second), 5);
    await().atMost(WAIT).until(() -> reminderCalls().size() >= 2);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(WAIT)
        .until(() -> db().fetchCount(db().selectFrom("outbox").where("status = 'pending'")) == 0);

    assertThat(reminderCalls()).hasSize(2);
    assertThat(remindersIn("sent")).isEqualTo(2);
    assertThat(
            db().fetchCount(
                    db().selectFrom("outbox").where("payload::text like ?", "%bk:cancel:%")))
        .isEqualTo(2);
    JsonNode first = reminderCalls().get(0);
    assertThat(first.path("to").asText()).isEqualTo(CUSTOMER);
    assertThat(first.path("type").asText())
        .as("the customer wrote within 24 hours: an interactive message")
        .isEqualTo("interactive");
    assertThat(first.path("interactive").path("body").path("text").asText())
        .isEqualTo(
            "Reminder from Demo Nail Studio: your Basic Manicure is on Tue 24 Nov at 10:00."
                + " Will you make it?");
    assertThat(first.path("interactive").path("action").path("buttons"))
        .extracting(b -> b.path("reply").path("title").asText())
        .containsExactly("Keep", "Cancel", "Move");
    long reminder =
        ((Number)
                db().fetchValue(
                        "select id from reminders where booking_id = ? and lead_minutes = 1440",
                        booking))
            .longValue();
    assertThat(first.path("interactive").path("action").path("buttons"))
        .extracting(b -> b.path("reply").path("id").asText())
        .containsExactly("bk:keep:" + reminder, "bk:cancel:" + reminder, "bk:move:" + reminder);
    var transcript =
        db().fetch("select content_text from messages where provider = 'reminder' order by id");
    assertThat(transcript).hasSize(2);
    assertThat(
            app.app().metrics().counter("bookline.reminders.sent", "platform", "whatsapp").count()
                + second
                    .app()
                    .metrics()
                    .counter("bookline.reminders.sent", "platform", "whatsapp")
                    .count())
        .isEqualTo(2.0);
  }

  @Test
  void an_instance_that_dies_holding_a_reminder_leaves_it_to_the_next_and_it_goes_once()
      throws Exception {
    long booking = book("I'd like a basic manicure tomorrow at 10");
    assertThat(remindersIn("planned")).as("planned as the booking was made").isEqualTo(1);
    clock.set(TUESDAY_10.minus(Duration.ofDays(1)).plusSeconds(30));
    TestApp second = started();
    // An instance claimed the due reminder and dies before its transaction commits: while its
    // connection lives the row stays locked, and the others skip it rather than send it too.
    try (Connection dying = DriverManager.getConnection(env.get("DATABASE_URL"))) {
      dying.setAutoCommit(false);
      try (var st = dying.createStatement();
          var rs =
              st.executeQuery(
                  "select id from reminders where booking_id = "
                      + booking
                      + " and status = 'planned' for update")) {
        assertThat(rs.next()).isTrue();
      }
      runEverywhereAtOnce(List.of(app, second), 3);
      assertThat(remindersIn("sent")).as("the claimed one is not sent twice").isZero();
      second.close();
      dying.rollback();
    }
    TestApp restarted = started();
    runEverywhereAtOnce(List.of(app, restarted), 3);
    assertThat(remindersIn("sent")).isEqualTo(1);
    await().atMost(WAIT).until(() -> reminderCalls().size() == 1);
    await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> reminderCalls().size() == 1);
  }

  @Test
  void a_cancelled_booking_gets_no_reminder_and_a_moved_one_gets_one_for_its_new_time()
      throws Exception {
    long cancelled = book("I'd like a basic manicure tomorrow at 10");
    long moved = book("I'd like a pedicure tomorrow at 14");
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    assertThat(owner.post("/api/bookings/" + cancelled + "/cancel", "{}").status()).isEqualTo(200);
    var patch = owner.patch("/api/bookings/" + moved, "{\"start\":\"2026-11-24T16:00\"}");
    assertThat(patch.status()).as(patch.body()).isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() == 8);
    int before = platform.calls("whatsapp").size();

    clock.set(TUESDAY_10.minus(Duration.ofDays(1)).plusSeconds(30));
    runEverywhereAtOnce(List.of(app), 1);
    clock.set(Instant.parse("2026-11-23T13:00:30Z")); // the pedicure's old reminder time
    runEverywhereAtOnce(List.of(app), 1);
    assertThat(reminderCalls()).isEmpty();
    assertThat(
            db().fetch("select reason from reminders where status = 'obsolete' order by id")
                .map(r -> r.get(0, String.class)))
        .containsExactly("cancelled", "moved");

    clock.set(Instant.parse("2026-11-23T15:00:30Z")); // a day before its new time, 16:00
    runEverywhereAtOnce(List.of(app), 2);
    await().atMost(WAIT).until(() -> reminderCalls().size() == 1);
    assertThat(reminderCalls().get(0).path("interactive").path("body").path("text").asText())
        .contains("Pedicure is on Tue 24 Nov at 16:00");
    assertThat(platform.calls("whatsapp").size()).isEqualTo(before + 1);
  }

  @Test
  void a_booking_made_inside_its_lead_is_never_reminded() throws Exception {
    long soon = book("I'd like a basic manicure today at 15");
    assertThat(
            db().fetchValue(
                    "select status || ':' || reason from reminders where booking_id = ?", soon))
        .isEqualTo("skipped:too_late");
    clock.set(Instant.parse("2026-11-23T13:30:00Z"));
    runEverywhereAtOnce(List.of(app), 2);
    assertThat(reminderCalls()).isEmpty();
  }

  @Test
  void the_owner_sets_the_lead_times_and_wrong_ones_are_named() {
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    assertThat(owner.get("/api/business").json().get("reminderLeadMinutes").toString())
        .isEqualTo("[1440]");
    var ok = owner.patch("/api/business", "{\"reminderLeadMinutes\":[60,2880]}");
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().get("reminderLeadMinutes").toString()).isEqualTo("[2880,60]");
    for (String bad :
        List.of(
            "{\"reminderLeadMinutes\":[0]}",
            "{\"reminderLeadMinutes\":[60,60]}",
            "{\"reminderLeadMinutes\":\"1440\"}",
            "{\"reminderLeadMinutes\":[1.5]}",
            "{\"reminderLeadMinutes\":[10,20,30,40,50,60]}",
            "{\"reminderLeadMinutes\":[99999999]}")) {
      var r = owner.patch("/api/business", bad);
      assertThat(r.status()).as(bad).isEqualTo(400);
      assertThat(r.body()).as(bad).contains("reminderLeadMinutes");
    }
    var none = owner.patch("/api/business", "{\"reminderLeadMinutes\":[]}");
    assertThat(none.json().get("reminderLeadMinutes").toString()).isEqualTo("[]");
  }
}
