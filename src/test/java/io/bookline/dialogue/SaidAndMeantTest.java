package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Closures;
import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.ResourceHours;
import static io.bookline.db.Schema.Resources;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The dialogue half of issue 19 over the web chat, end to end on real Postgres: what the customer
 * said is used and said back, "no" is a way out, the reason given is true, and what could not be
 * placed is asked about. Monday 23 Nov 2026, 08:00; the demo studio (Mon–Fri 9–18, Sat 10–14).
 */
class SaidAndMeantTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  DSLContext db() {
    return app.app().database().dsl();
  }

  @Test
  void everything_in_the_first_message_is_used_the_name_included() {
    assertThat(app.say("nora", "I'd like a gel manicure tomorrow at 2pm, my name is Nora Lee"))
        .isEqualTo(
            "Gel Manicure on Tue 24 Nov at 14:00 with Anna for Nora Lee, 35.00 EUR. Shall I book"
                + " it?");
    assertThat(app.say("nora", "yes")).startsWith("Booked! Gel Manicure on Tue 24 Nov at 14:00");
    assertThat(db().select(Customers.NAME).from(Customers.T).fetchSingle(Customers.NAME))
        .isEqualTo("Nora Lee");
    assertThat(app.say("fay", "gel manicur on fridy aftr 3"))
        .startsWith("Free times for Gel Manicure on Fri 27 Nov after 15:00: 15:00,");
  }

  @Test
  void a_move_keeps_the_new_time_said_up_front_while_asking_which_booking() {
    ChatBookings.book(app, "gus", "Gus", "basic manicure tomorrow at 10", "yes");
    ChatBookings.book(app, "gus", "Gus", "pedicure thursday at 11", "yes");
    assertThat(app.say("gus", "move my appointment to Friday at 3"))
        .startsWith("Which appointment would you like to move?");
    assertThat(app.say("gus", "the second one"))
        .isEqualTo("Move your Pedicure from Thu 26 Nov at 11:00 to Fri 27 Nov at 15:00 with Anna?");
    assertThat(app.say("gus", "yes"))
        .startsWith("Done! Your Pedicure is now on Fri 27 Nov at 15:00");
    assertThat(
            db().select(Bookings.STARTS_AT)
                .from(Bookings.T)
                .orderBy(Bookings.STARTS_AT)
                .fetch(Bookings.STARTS_AT))
        .extracting(OffsetDateTime::toInstant)
        .containsExactly(
            OffsetDateTime.parse("2026-11-24T10:00:00+01:00").toInstant(),
            OffsetDateTime.parse("2026-11-27T15:00:00+01:00").toInstant());
  }

  @Test
  void no_leaves_a_goal_started_by_mistake_but_declines_an_offer() {
    ChatBookings.book(app, "hal", "Hal", "basic manicure tomorrow at 10", "yes");
    assertThat(app.say("hal", "I'd like to reschedule my appointment"))
        .endsWith("Which day would you like to move it to?");
    var out = app.chat("demo", "hal", "no, not that");
    assertThat(out.json().get("replies").get(0).get("text").asText())
        .isEqualTo("OK, nothing changed.");
    assertThat(out.json().get("replies").get(0).get("options").toString())
        .isEqualTo("[\"Book an appointment\",\"Prices\",\"Opening hours\",\"My appointments\"]");
    assertThat(app.say("hal", "pedicure friday at 11")).endsWith("Shall I book it?");
    assertThat(app.say("hal", "no")).startsWith("No problem, nothing is changed yet.");
    assertThat(app.say("hal", "nevermind")).isEqualTo("OK, nothing changed.");
    assertThat(db().fetchCount(Bookings.T)).isEqualTo(1);
    assertThat(db().select(Bookings.STARTS_AT).from(Bookings.T).fetchSingle(Bookings.STARTS_AT))
        .isEqualTo(OffsetDateTime.parse("2026-11-24T10:00:00+01:00"));
  }

  @Test
  void the_reason_given_for_nothing_free_is_the_true_one() {
    long anna =
        db().select(Resources.ID)
            .from(Resources.T)
            .where(Resources.NAME.eq("Anna"))
            .fetchSingle(Resources.ID);
    db().insertInto(ResourceHours.T)
        .set(ResourceHours.RESOURCE_ID, anna)
        .set(ResourceHours.WEEKDAY, (short) 2)
        .set(ResourceHours.OPENS, LocalTime.of(9, 0))
        .set(ResourceHours.CLOSES, LocalTime.of(13, 0))
        .execute();
    long business = db().select(Businesses.ID).from(Businesses.T).fetchSingle(Businesses.ID);
    db().insertInto(Closures.T)
        .set(Closures.BUSINESS_ID, business)
        .set(Closures.FIRST_DAY, LocalDate.of(2026, 11, 25))
        .set(Closures.LAST_DAY, LocalDate.of(2026, 11, 25))
        .set(Closures.REASON, "team training")
        .execute();
    assertThat(app.say("ida", "basic manicure saturday at 3pm"))
        .startsWith("We're open only 10:00–14:00 on Sat 28 Nov, not at 15:00.");
    assertThat(app.say("jo", "pedicure wednesday at 10"))
        .startsWith("We're closed on Wed 25 Nov (team training).");
    assertThat(app.say("kai", "pedicure tomorrow at 3pm with Anna"))
        .startsWith("Anna works only 09:00–13:00 on Tue 24 Nov, not at 15:00.");
    assertThat(app.say("lea", "basic manicure today at 9"))
        .startsWith("Bookings must be made at least 2 hours ahead.");
    assertThat(app.say("max", "basic manicure on sunday"))
        .startsWith("We're closed on Sundays. The next free day is Mon 30 Nov:");
    // With hours of her own Anna works only on Tuesdays: one booking fills Friday at 10.
    ChatBookings.book(app, "ned", "Ned", "basic manicure friday at 10", "yes");
    assertThat(app.say("pia", "basic manicure friday at 10"))
        .startsWith("Basic Manicure on Fri 27 Nov at 10:00 is already taken.");
  }

  @Test
  void what_was_understood_is_said_back_before_the_next_question() {
    assertThat(app.say("quin", "gel manicure friday at 2pm"))
        .isEqualTo(
            "Gel Manicure on Fri 27 Nov at 14:00 is free. What name should I put the booking"
                + " under?");
    assertThat(app.say("rae", "friday at 2pm"))
        .startsWith("Got it: Fri 27 Nov at 14:00. Which service would you like?");
  }

  @Test
  void a_day_that_cannot_be_placed_is_asked_about_not_guessed() {
    assertThat(app.say("sam", "gel manicure next week"))
        .isEqualTo(
            "Got it: Gel Manicure. \"next week\" covers more than one day. Which day would suit"
                + " you?");
    assertThat(app.say("sam", "tuesday the 1st"))
        .startsWith("Free times for Gel Manicure on Tue 1 Dec:");
    assertThat(app.say("tia", "pedicure on Wednesday the 27th"))
        .isEqualTo(
            "Got it: Pedicure. \"Wednesday the 27th\": that weekday and that date don't match."
                + " Which day do you mean?");
  }
}
