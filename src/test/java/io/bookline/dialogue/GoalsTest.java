package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Conversations;
import static io.bookline.db.Schema.Sessions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One conversation per goal, over HTTP, including switching goals and corrections. */
class GoalsTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final MutableClock clock = app.clock();

  DSLContext db() {
    return app.app().database().dsl();
  }

  void book(String user, String request) {
    String r = app.say(user, request);
    if (r.endsWith("What name should I put the booking under?")) {
      r = app.say(user, user);
    }
    assertTrue(r.contains("Shall I book it?"), r);
    String done = app.say(user, "yes");
    assertTrue(done.startsWith("Booked!"), done);
  }

  @Test
  void list_shows_upcoming_bookings_and_the_name_is_asked_only_once() {
    assertEquals(
        "You have no upcoming appointments.",
        app.say("lia", "what bookings do I have?")
            .split(" I can")[0]
            .trim()
            .replaceAll("\\s+$", ""));
    book("lia", "basic manicure tomorrow at 10");
    // Second booking: the name is remembered, so it goes straight to confirmation.
    String confirm = app.say("lia", "pedicure on friday at 3pm");
    assertTrue(confirm.startsWith("Pedicure on Fri 27 Nov at 15:00"), confirm);
    assertTrue(confirm.contains("for lia") || confirm.contains("for Lia"), confirm);
    app.say("lia", "yes");
    String list = app.say("lia", "when is my appointment?");
    assertTrue(
        list.startsWith("Your upcoming appointments: Basic Manicure on Tue 24 Nov at 10:00"), list);
    assertTrue(list.contains("Pedicure on Fri 27 Nov at 15:00"), list);
  }

  @Test
  void cancel_one_booking_frees_the_time() {
    book("cam", "basic manicure tomorrow at 10");
    String ask = app.say("cam", "I need to cancel my appointment");
    assertTrue(ask.startsWith("Cancel your Basic Manicure on Tue 24 Nov at 10:00"), ask);
    String done = app.say("cam", "yes");
    assertTrue(done.startsWith("Cancelled your Basic Manicure on Tue 24 Nov at 10:00"), done);
    var row = db().select(Bookings.STATUS, Bookings.CANCELLED_BY).from(Bookings.T).fetchOne();
    assertEquals("cancelled", row.value1());
    assertEquals("customer", row.value2());
    // Both technicians are free again at 10:00.
    book("dan", "basic manicure tomorrow at 10");
    book("eli", "basic manicure tomorrow at 10");
  }

  @Test
  void cancel_asks_which_booking_when_there_are_several_and_no_keeps_it() {
    book("fay", "basic manicure tomorrow at 10");
    book("fay", "gel manicure friday at 3pm");
    String which = app.say("fay", "cancel please");
    assertTrue(
        which.startsWith(
            "Which appointment would you like to cancel? 1) Basic Manicure on Tue 24 Nov at 10:00"),
        which);
    assertTrue(which.contains("2) Gel Manicure on Fri 27 Nov at 15:00"), which);
    String ask = app.say("fay", "the second one");
    assertTrue(ask.startsWith("Cancel your Gel Manicure on Fri 27 Nov at 15:00"), ask);
    assertEquals("OK, I've kept your appointment.", app.say("fay", "no"));
    assertEquals(2, db().fetchCount(Bookings.T, Bookings.STATUS.eq("confirmed")));
    // Naming it picks it directly.
    String direct = app.say("fay", "cancel my gel manicure");
    assertTrue(direct.startsWith("Cancel your Gel Manicure"), direct);
    assertTrue(app.say("fay", "yes").startsWith("Cancelled your Gel Manicure"));
    assertEquals(1, db().fetchCount(Bookings.T, Bookings.STATUS.eq("confirmed")));
  }

  @Test
  void reschedule_moves_the_same_booking_to_a_new_time() {
    book("gus", "basic manicure tomorrow at 10");
    long id = db().select(Bookings.ID).from(Bookings.T).fetchSingle(Bookings.ID);
    String ask = app.say("gus", "can I reschedule to Thursday at 11?");
    assertTrue(
        ask.startsWith("Move your Basic Manicure from Tue 24 Nov at 10:00 to Thu 26 Nov at 11:00"),
        ask);
    String done = app.say("gus", "yes");
    assertTrue(done.startsWith("Done! Your Basic Manicure is now on Thu 26 Nov at 11:00"), done);
    var row =
        db().select(Bookings.ID, Bookings.STARTS_AT, Bookings.STATUS)
            .from(Bookings.T)
            .fetchSingle();
    assertEquals(id, row.value1());
    assertEquals(
        OffsetDateTime.parse("2026-11-26T11:00:00+01:00").toInstant(), row.value2().toInstant());
    assertEquals("confirmed", row.value3());
  }

  @Test
  void reschedule_step_by_step_may_overlap_the_old_time_of_the_same_booking() {
    book("hal", "basic manicure tomorrow at 10");
    String day = app.say("hal", "I'd like to reschedule my appointment");
    assertTrue(day.startsWith("Your Basic Manicure on Tue 24 Nov at 10:00"), day);
    assertTrue(day.endsWith("Which day would you like to move it to?"), day);
    String confirm = app.say("hal", "tomorrow at 10:15");
    assertTrue(confirm.contains("to Tue 24 Nov at 10:15"), confirm);
    assertTrue(app.say("hal", "yes").startsWith("Done!"));
  }

  @Test
  void a_conversation_released_after_its_session_was_lost_still_hears_the_bot_is_back() {
    app.say("jay", "I want to talk to a human");
    long id =
        db().select(Conversations.ID)
            .from(Conversations.T)
            .where(Conversations.STATUS.eq("handoff"))
            .fetchSingle(Conversations.ID);
    // The session row is gone (cleaned up, restored from an older backup): the release can only
    // mark the conversation, and the next turn finds no session to carry the mark.
    db().deleteFrom(Sessions.T).where(Sessions.CONVERSATION_ID.eq(id)).execute();
    assertEquals(200, app.postAdmin("/api/conversations/" + id + "/release", "").status());
    var again = app.chat("demo", "jay", "hi again").json().get("replies");
    assertEquals(
        "You're talking to our automated assistant again.", again.get(0).get("text").asText());
    assertTrue(app.say("jay", "hi").startsWith("Hi! This is Demo Nail Studio."), "said once");
    assertEquals(
        false,
        db().select(Conversations.BOT_RETURNED)
            .from(Conversations.T)
            .where(Conversations.ID.eq(id))
            .fetchSingle(Conversations.BOT_RETURNED));
  }

  @Test
  void handoff_gives_the_chat_to_a_person_until_an_admin_releases_the_conversation() {
    String ok = app.say("ivy", "I want to talk to a human");
    assertTrue(ok.startsWith("OK, I've asked a member of the team to take over."), ok);
    // Nobody has written yet: the customer is told the message arrived, not left in silence.
    assertEquals(
        "Your message has reached the team. A person will reply here as soon as they can."
            + " We're closed right now and open again today at 09:00.",
        app.say("ivy", "hello? are you there?"));
    var waiting = app.get("/api/conversations?status=handoff");
    assertEquals(401, waiting.status());
    long id =
        db().select(Conversations.ID)
            .from(Conversations.T)
            .where(Conversations.STATUS.eq("handoff"))
            .fetchSingle(Conversations.ID);
    var transcript = app.getAdmin("/api/conversations/" + id + "/messages");
    assertEquals(4, transcript.json().get("messages").size()); // 2 in, 2 out
    var released = app.postAdmin("/api/conversations/" + id + "/release", "");
    assertEquals(200, released.status(), released.body());
    assertEquals(
        "bot",
        db().select(Conversations.STATUS).from(Conversations.T).fetchSingle(Conversations.STATUS));
    var again = app.chat("demo", "ivy", "hi again").json().get("replies");
    assertEquals(
        "You're talking to our automated assistant again.", again.get(0).get("text").asText());
    assertTrue(again.get(1).get("text").asText().startsWith("Hi! This is Demo Nail Studio."));
    assertTrue(app.say("ivy", "hi").startsWith("Hi! This is Demo Nail Studio."), "said once");
    assertEquals(404, app.postAdmin("/api/conversations/999999/release", "").status());
  }

  @Test
  void a_question_mid_booking_is_answered_and_the_booking_goes_on() {
    String times = app.say("jon", "gel manicure friday");
    assertTrue(times.startsWith("Free times for Gel Manicure on Fri 27 Nov:"), times);
    String hours = app.say("jon", "what are your opening hours?");
    assertTrue(
        hours.startsWith("We're open Mon–Fri 09:00–18:00, Sat 10:00–14:00, Sun closed."), hours);
    assertTrue(hours.endsWith("Which time would you like?"), hours);
    String name = app.say("jon", "09:00");
    assertEquals(
        "Gel Manicure on Fri 27 Nov at 09:00 is free. What name should I put the booking under?",
        name);
    String price = app.say("jon", "how much is it?");
    assertTrue(price.startsWith("The Gel Manicure is 35.00 EUR (45 min)."), price);
    assertTrue(price.endsWith("What name should I put the booking under?"), price);
    assertTrue(app.say("jon", "Jon").contains("Shall I book it?"));
    assertTrue(app.say("jon", "yes").startsWith("Booked! Gel Manicure on Fri 27 Nov at 09:00"));
  }

  @Test
  void switching_from_booking_to_cancelling_mid_way() {
    book("kai", "basic manicure tomorrow at 10");
    app.say("kai", "pedicure on friday");
    String ask = app.say("kai", "actually I want to cancel my appointment");
    assertTrue(ask.startsWith("Cancel your Basic Manicure on Tue 24 Nov at 10:00"), ask);
    assertTrue(app.say("kai", "yes").startsWith("Cancelled"));
  }

  @Test
  void corrections_start_over_and_stop() {
    app.say("lou", "basic manicure tomorrow at 10");
    String confirm = app.say("lou", "Lou");
    assertTrue(confirm.startsWith("Basic Manicure on Tue 24 Nov at 10:00"), confirm);
    String five = app.say("lou", "no, make it 5pm");
    assertTrue(five.startsWith("Basic Manicure on Tue 24 Nov at 17:00"), five);
    String saturday = app.say("lou", "actually Saturday");
    assertTrue(
        saturday.startsWith(
            "We're open only 10:00–14:00 on Sat 28 Nov, not at 17:00. The nearest free times:"),
        saturday);
    String again = app.say("lou", "start over");
    assertTrue(again.startsWith("Let's start over. Which service would you like?"), again);
    app.say("lou", "pedicure");
    assertEquals("OK, nothing changed.", app.say("lou", "stop"));
    assertEquals(0, db().fetchCount(Bookings.T));
  }

  @Test
  void slots_given_up_front_with_a_staff_member_skip_straight_to_her_times() {
    String times = app.say("mia", "Gel manicure Friday after 4 with Anna");
    assertTrue(
        times.startsWith("Free times for Gel Manicure on Fri 27 Nov after 16:00 with Anna: 16:00"),
        times);
    app.say("mia", "16:30");
    String confirm = app.say("mia", "Mia");
    assertTrue(confirm.startsWith("Gel Manicure on Fri 27 Nov at 16:30 with Anna"), confirm);
  }

  @Test
  void a_business_that_asks_for_a_staff_member_offers_them_and_anyone() {
    db().update(Businesses.T).set(Businesses.ASK_FOR_RESOURCE, true).execute();
    String who = app.say("ned", "pedicure tomorrow");
    assertTrue(
        who.startsWith(
            "Got it: Pedicure on Tue 24 Nov. Who would you like? Anna, Marta, or anyone free."),
        who);
    String times = app.say("ned", "anyone is fine");
    assertTrue(times.startsWith("Free times for Pedicure on Tue 24 Nov:"), times);
    String marta = app.say("ned", "actually with Marta");
    assertTrue(marta.startsWith("Free times for Pedicure on Tue 24 Nov with Marta:"), marta);
    app.say("ned", "the first one");
    assertTrue(app.say("ned", "Ned").contains("with Marta"));
  }
}
