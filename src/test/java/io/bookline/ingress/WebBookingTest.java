package io.bookline.ingress;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Messages;
import static io.bookline.db.Schema.Services;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A customer books in the web chat, end to end over HTTP, on real Postgres. */
class WebBookingTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final MutableClock clock = app.clock();

  DSLContext db() {
    return app.app().database().dsl();
  }

  @Test
  void a_full_conversation_ends_with_exactly_one_confirmed_booking() {
    assertTrue(app.say("maria", "Hi").contains("Demo Nail Studio"));
    String ask = app.say("maria", "I'd like a basic manicure tomorrow at 10");
    assertEquals(
        "Basic Manicure on Tue 24 Nov at 10:00 is free. What name should I put the booking under?",
        ask);
    String confirm = app.say("maria", "Maria");
    assertTrue(confirm.startsWith("Basic Manicure on Tue 24 Nov at 10:00"), confirm);
    assertTrue(confirm.contains("25.00 EUR"), confirm);
    String done = app.say("maria", "yes");
    assertTrue(done.startsWith("Booked! Basic Manicure on Tue 24 Nov at 10:00"), done);

    List<Record> rows =
        db().select()
            .from(Bookings.T)
            .join(Services.T)
            .on(Services.ID.eq(Bookings.SERVICE_ID))
            .fetch();
    assertEquals(1, rows.size());
    Record b = rows.get(0);
    assertEquals("Basic Manicure", b.get(Services.NAME));
    assertEquals("confirmed", b.get(Bookings.STATUS));
    assertEquals(
        OffsetDateTime.parse("2026-11-24T10:00:00+01:00").toInstant(),
        b.get(Bookings.STARTS_AT).toInstant());
    assertEquals(
        OffsetDateTime.parse("2026-11-24T10:30:00+01:00").toInstant(),
        b.get(Bookings.ENDS_AT).toInstant());
    // Every message in and out is stored: 4 in, 4 out.
    assertEquals(8, db().fetchCount(Messages.T));
  }

  @Test
  void step_by_step_booking_offers_free_times_and_takes_a_pick() {
    String which = app.say("ben", "I want to book an appointment");
    assertTrue(which.startsWith("Which service would you like?"), which);
    String day = app.say("ben", "gel please");
    assertEquals("Which day would you like your Gel Manicure?", day);
    var offered = app.chat("demo", "ben", "friday");
    String times = offered.json().get("replies").get(0).get("text").asText();
    assertTrue(times.startsWith("Free times for Gel Manicure on Fri 27 Nov:"), times);
    var options = offered.json().get("replies").get(0).get("options");
    assertEquals("09:00", options.get(0).asText());
    String second = options.get(1).asText();
    String name = app.say("ben", second);
    assertEquals(
        "Gel Manicure on Fri 27 Nov at "
            + second
            + " is free. What name should I put the booking under?",
        name);
    String confirm = app.say("ben", "my name is Ben");
    assertTrue(confirm.startsWith("Gel Manicure on Fri 27 Nov at " + second), confirm);
    assertTrue(app.say("ben", "yep").startsWith("Booked!"));
    assertEquals(1, db().fetchCount(Bookings.T));
  }

  @Test
  void a_taken_time_is_refused_and_the_nearest_free_times_are_offered() {
    book("carla", "Carla");
    book("dora", "Dora");
    // Both technicians are busy at 10:00 now.
    String reply = app.say("eve", "basic manicure tomorrow at 10");
    assertTrue(
        reply.startsWith(
            "Basic Manicure on Tue 24 Nov at 10:00 is already taken. The nearest free times:"),
        reply);
    assertTrue(reply.contains("10:30"), reply);
  }

  @Test
  void two_customers_confirming_the_same_slot_get_one_booking() throws Exception {
    book("carla", "Carla"); // one technician now busy at 10:00; one left
    for (String user : List.of("amy", "bob")) {
      app.say(user, "basic manicure tomorrow at 10");
      String confirm = app.say(user, user);
      assertTrue(confirm.contains("Tue 24 Nov at 10:00"), confirm);
    }
    CountDownLatch go = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      Callable<String> amy =
          () -> {
            go.await();
            return app.say("amy", "yes");
          };
      Callable<String> bob =
          () -> {
            go.await();
            return app.say("bob", "yes");
          };
      Future<String> a = pool.submit(amy);
      Future<String> b = pool.submit(bob);
      go.countDown();
      List<String> replies = List.of(a.get(), b.get());
      long booked = replies.stream().filter(r -> r.startsWith("Booked!")).count();
      assertEquals(1, booked, replies.toString());
      String loser =
          replies.stream().filter(r -> !r.startsWith("Booked!")).findFirst().orElseThrow();
      assertTrue(loser.startsWith("Sorry, Tue 24 Nov at 10:00 was just taken."), loser);
      assertTrue(loser.contains("Which time suits you?"), loser);
    }
    int at10 =
        db().fetchCount(
                Bookings.T,
                Bookings.STARTS_AT.eq(
                    OffsetDateTime.parse("2026-11-24T09:00:00Z")
                        .withOffsetSameInstant(ZoneOffset.UTC)));
    assertEquals(2, at10); // Carla's and the winner's, on different technicians
  }

  @Test
  void a_customer_who_did_not_ask_for_anyone_gets_the_other_technician_when_one_is_taken()
      throws Exception {
    app.say("amy", "basic manicure tomorrow at 10");
    app.say("amy", "Amy");
    app.say("bob", "basic manicure tomorrow at 10");
    app.say("bob", "Bob");
    // Both were offered the same technician; the second is asked again with the other one.
    assertTrue(app.say("amy", "yes").startsWith("Booked!"));
    String again = app.say("bob", "yes");
    assertTrue(again.contains("was just taken at 10:00, but "), again);
    assertTrue(app.say("bob", "yes").startsWith("Booked!"));
    assertEquals(2, db().fetchCount(Bookings.T));
    assertEquals(2, db().selectDistinct(Bookings.RESOURCE_ID).from(Bookings.T).fetch().size());
  }

  private void book(String user, String name) {
    app.say(user, "basic manicure tomorrow at 10");
    app.say(user, name);
    String done = app.say(user, "yes");
    assertTrue(done.startsWith("Booked!"), done);
  }
}
