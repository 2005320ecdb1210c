package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.bookline.booking.BookingEvents;
import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When the owner changes a booking that came from a chat, the customer is told on that chat's
 * platform: one message through the outbox, in the transcript as staff (issue 11). The web chat
 * cannot be written to first, so there it is in the transcript alone. Every change, in the chat or
 * by the owner, is told to the booking listeners.
 */
class OwnerChangesReachCustomerTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String CUSTOMER = "4917012345678";

  final FakePlatform platform = new FakePlatform();
  final List<BookingEvents.Change> heard = new CopyOnWriteArrayList<>();
  TestApp app;
  long sent = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    app = TestApp.start(TestApp.mondayMorning(), env);
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

  /** Sends one WhatsApp message and waits for the bot's (first) answer to reach the platform. */
  String whatsapp(String text) {
    int before = platform.calls("whatsapp").size();
    byte[] body = WhatsApp.text("wamid." + sent, CUSTOMER, text, sent++);
    assertThat(WhatsApp.post(app, body).status()).isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() > before);
    var call = platform.calls("whatsapp").get(before);
    return call.body().path("text").path("body").asText(call.body().toString());
  }

  long onlyBooking() {
    return ((Number) db().fetchValue("select id from bookings")).longValue();
  }

  @Test
  void
      an_owner_cancel_of_a_whatsapp_booking_puts_exactly_one_message_to_the_customer_in_the_outbox() {
    whatsapp("I'd like a basic manicure tomorrow at 10");
    whatsapp("Sam");
    assertThat(whatsapp("yes")).startsWith("Booked!");
    long booking = onlyBooking();
    int outboxBefore = db().fetchCount(io.bookline.db.Schema.Outbox.T);
    int callsBefore = platform.calls("whatsapp").size();

    var cancelled =
        app.as(TestApp.ADMIN_KEY, "demo")
            .post("/api/bookings/" + booking + "/cancel", "{\"reason\":\"Anna is ill\"}");

    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().get("customerTold").asText()).isEqualTo("outbox");
    assertThat(db().fetchCount(io.bookline.db.Schema.Outbox.T)).isEqualTo(outboxBefore + 1);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() == callsBefore + 1);
    var told = platform.calls("whatsapp").getLast().body();
    assertThat(told.path("to").asText()).isEqualTo(CUSTOMER);
    assertThat(told.path("text").path("body").asText())
        .isEqualTo(
            "Demo Nail Studio had to cancel your Basic Manicure on Tue 24 Nov at 10:00: Anna is"
                + " ill. Write here if you'd like another time.");
    long conversation = cancelled.json().get("booking").get("conversationId").asLong();
    var transcript =
        app.as(TestApp.ADMIN_KEY, "demo").get("/api/conversations/" + conversation + "/messages");
    var last = transcript.json().get("messages").get(transcript.json().get("messages").size() - 1);
    assertThat(last.get("author").asText()).isEqualTo("staff");
    assertThat(last.get("text").asText()).contains("had to cancel your Basic Manicure");
    assertThat(heard)
        .extracting(BookingEvents.Change::kind, BookingEvents.Change::by)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BookingEvents.Kind.CREATED, "customer"),
            org.assertj.core.groups.Tuple.tuple(BookingEvents.Kind.CANCELLED, "owner"));
  }

  @Test
  void an_owner_move_of_a_whatsapp_booking_tells_the_customer_the_new_time() {
    whatsapp("I'd like a gel manicure tomorrow at 11");
    whatsapp("Sam");
    whatsapp("yes");
    long booking = onlyBooking();
    int callsBefore = platform.calls("whatsapp").size();
    var moved =
        app.as(TestApp.ADMIN_KEY, "demo")
            .patch("/api/bookings/" + booking, "{\"start\":\"2026-11-24T14:00\"}");
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() == callsBefore + 1);
    assertThat(platform.calls("whatsapp").getLast().body().path("text").path("body").asText())
        .isEqualTo(
            "Demo Nail Studio moved your Gel Manicure from Tue 24 Nov at 11:00 to Tue 24 Nov at"
                + " 14:00. Write here if that time does not suit you.");
  }

  @Test
  void a_web_chat_customer_finds_the_notice_in_the_transcript_and_nothing_is_queued() {
    app.say("webby", "I'd like a pedicure tomorrow at 10");
    app.say("webby", "Wendy");
    assertThat(app.say("webby", "yes")).startsWith("Booked!");
    var cancelled =
        app.as(TestApp.ADMIN_KEY, "demo").post("/api/bookings/" + onlyBooking() + "/cancel", "{}");
    assertThat(cancelled.json().get("customerTold").asText()).isEqualTo("transcript");
    assertThat(db().fetchCount(io.bookline.db.Schema.Outbox.T)).isZero();
    long conversation = cancelled.json().get("booking").get("conversationId").asLong();
    var lines =
        app.as(TestApp.ADMIN_KEY, "demo")
            .get("/api/conversations/" + conversation + "/messages")
            .json()
            .get("messages");
    assertThat(lines.get(lines.size() - 1).get("text").asText())
        .isEqualTo(
            "Demo Nail Studio had to cancel your Pedicure on Tue 24 Nov at 10:00. Sorry! Write here"
                + " if you'd like another time.");
  }

  @Test
  void a_person_takes_over_replies_on_whatsapp_and_hands_back_to_the_bot() {
    whatsapp("hello");
    long conversation = ((Number) db().fetchValue("select id from conversations")).longValue();
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    assertThat(owner.post("/api/conversations/" + conversation + "/handoff", "").status())
        .isEqualTo(200);
    assertThat(app.chat("demo", "web-other", "hi").status()).isEqualTo(200);
    var waiting = owner.get("/api/conversations").json().get("conversations");
    assertThat(waiting.get(0).get("id").asLong())
        .as("waiting for a person: first")
        .isEqualTo(conversation);
    assertThat(waiting.get(0).get("status").asText()).isEqualTo("handoff");

    int before = platform.calls("whatsapp").size();
    byte[] quiet = WhatsApp.text("wamid.quiet", CUSTOMER, "anyone there?", sent++);
    assertThat(WhatsApp.post(app, quiet).status()).isEqualTo(200);
    await()
        .atMost(WAIT)
        .until(
            () ->
                "done"
                    .equals(
                        db().fetchValue(
                                "select status from inbox where platform_message_id = 'wamid.quiet'")));
    assertThat(platform.calls("whatsapp")).as("the bot is silent").hasSize(before);

    var reply =
        owner.post(
            "/api/conversations/" + conversation + "/reply", "{\"text\":\"Hi, this is Anna!\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    assertThat(reply.json().get("customerTold").asText()).isEqualTo("outbox");
    await().atMost(WAIT).until(() -> platform.calls("whatsapp").size() == before + 1);
    assertThat(platform.calls("whatsapp").getLast().body().path("text").path("body").asText())
        .isEqualTo("Hi, this is Anna!");
    var lines =
        owner.get("/api/conversations/" + conversation + "/messages").json().get("messages");
    var last = lines.get(lines.size() - 1);
    assertThat(last.get("author").asText()).isEqualTo("staff");
    assertThat(last.get("direction").asText()).isEqualTo("out");
    assertThat(last.get("text").asText()).isEqualTo("Hi, this is Anna!");

    assertThat(owner.post("/api/conversations/" + conversation + "/release", "").status())
        .isEqualTo(200);
    assertThat(whatsapp("what are your prices?"))
        .isEqualTo("You're talking to our automated assistant again.");
  }

  @Test
  void a_reply_names_a_missing_or_wrong_text() {
    whatsapp("hello");
    long conversation = ((Number) db().fetchValue("select id from conversations")).longValue();
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    for (String body :
        new String[] {"{}", "{\"text\":\"  \"}", "{\"text\":3}", "{\"text\":\"hi\",\"to\":1}"}) {
      var r = owner.post("/api/conversations/" + conversation + "/reply", body);
      assertThat(r.status()).as(body).isEqualTo(400);
      assertThat(r.json().get("fields").has("text") || r.json().get("fields").has("to"))
          .as(r.body())
          .isTrue();
    }
    assertThat(owner.post("/api/conversations/987654/reply", "{\"text\":\"hi\"}").status())
        .isEqualTo(404);
  }
}
