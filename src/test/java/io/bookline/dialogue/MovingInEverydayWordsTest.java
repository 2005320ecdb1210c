package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A customer with a booking moves it, or asks about it, in everyday words, over the web chat on
 * Postgres (the QA review of the demo salon): "move it", "push it", "make it", "can we do Tuesday
 * instead?", "I can't come on Friday", "I can't make it on Monday, can we do Wednesday instead?"
 * move the booking, never start a new one and never cancel. The same words while a booking is under
 * way correct that booking. Monday 23 Nov 2026, 08:00; the demo studio (Mon–Fri 9–18); the
 * customer's Pedicure is on Mon 30 Nov at 11:00 with Anna.
 */
class MovingInEverydayWordsTest {
  static final String PEDICURE = "Pedicure on Mon 30 Nov at 11:00 with Anna";

  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  DSLContext db() {
    return app.app().database().dsl();
  }

  void book(String user, String request) {
    String r = app.say(user, request);
    if (r.endsWith("What name should I put the booking under?")) {
      r = app.say(user, user);
    }
    assertThat(r).endsWith("Shall I book it?");
    assertThat(app.say(user, "yes")).startsWith("Booked!");
  }

  /** The customer's bookings: service, start, status, in the order they were made. */
  List<Record3<Long, OffsetDateTime, String>> bookings() {
    return db().select(Bookings.SERVICE_ID, Bookings.STARTS_AT, Bookings.STATUS)
        .from(Bookings.T)
        .orderBy(Bookings.ID)
        .fetch();
  }

  static OffsetDateTime berlin(String local) {
    return OffsetDateTime.parse(local + ":00+01:00");
  }

  /**
   * What the customer writes to move the booking, what the bot answers, what the customer says next
   * (";" between messages), and the move the bot then offers to confirm.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "can I move it to tuesday?  | Free times for Pedicure on Tue 24 Nov: | same time | Tue 24 Nov"
            + " at 11:00",
        "move it to tuesday         | Free times for Pedicure on Tue 24 Nov: | 10:30     | Tue 24 Nov"
            + " at 10:30",
        "push it to tuesday         | Free times for Pedicure on Tue 24 Nov: | 10:30     | Tue 24 Nov"
            + " at 10:30",
        "can we do tuesday instead? | Free times for Pedicure on Tue 24 Nov: | same time | Tue 24 Nov"
            + " at 11:00",
        "make it tuesday please     | Free times for Pedicure on Tue 24 Nov: | 10:30     | Tue 24 Nov"
            + " at 10:30",
        "change it to 2pm           | Move your Pedicure from Mon 30 Nov at 11:00 to Mon 30 Nov at"
            + " 14:00 |  |",
        "I need a different day     | Your Pedicure on Mon 30 Nov at 11:00 with Anna. Which day"
            + " would you like to move it to? | wednesday; same time | Wed 25 Nov at 11:00",
      })
  void everyday_words_move_the_booking_to_the_day_or_time_they_name(
      String move, String answer, String next, String to) {
    book("ann", "pedicure on 30 november at 11am");
    String reply = app.say("ann", move);
    assertThat(reply).startsWith(answer).doesNotContain("Which service");
    if (next != null) {
      for (String said : next.split(";")) {
        reply = app.say("ann", said.strip());
      }
      assertThat(reply)
          .isEqualTo("Move your Pedicure from Mon 30 Nov at 11:00 to " + to + " with Anna?");
    }
    assertThat(app.say("ann", "yes")).startsWith("Done! Your Pedicure is now on");
    assertThat(bookings()).hasSize(1);
    assertThat(bookings().get(0).value3()).isEqualTo("confirmed");
    assertThat(bookings().get(0).value2().toInstant())
        .isNotEqualTo(berlin("2026-11-30T11:00").toInstant());
  }

  @Test
  void i_cant_come_on_friday_picks_fridays_booking_and_asks_for_the_new_day() {
    book("bo", "pedicure on 30 november at 11am");
    book("bo", "gel manicure on friday at 10");
    assertThat(app.say("bo", "I can't come on friday"))
        .isEqualTo(
            "Your Gel Manicure on Fri 27 Nov at 10:00 with Anna. Which day would you like to move"
                + " it to?");
    assertThat(app.say("bo", "wednesday")).startsWith("Free times for Gel Manicure on Wed 25 Nov:");
    // "Same time" is the booking's own time, 10:00.
    assertThat(app.say("bo", "same time"))
        .isEqualTo(
            "Move your Gel Manicure from Fri 27 Nov at 10:00 to Wed 25 Nov at 10:00 with Anna?");
    assertThat(app.say("bo", "yes")).startsWith("Done! Your Gel Manicure is now on Wed 25 Nov");
    assertThat(bookings()).hasSize(2);
    assertThat(bookings().get(0).value2().toInstant())
        .isEqualTo(berlin("2026-11-30T11:00").toInstant());
    assertThat(bookings().get(1).value2().toInstant())
        .isEqualTo(berlin("2026-11-25T10:00").toInstant());
  }

  @Test
  void cant_make_it_with_another_day_instead_moves_the_booking_and_never_cancels() {
    book("cy", "pedicure on 30 november at 11am");
    assertThat(app.say("cy", "I cant make it on monday, can we do wednesday instead?"))
        .startsWith("Free times for Pedicure on Wed 25 Nov:");
    assertThat(app.say("cy", "same time"))
        .isEqualTo("Move your Pedicure from Mon 30 Nov at 11:00 to Wed 25 Nov at 11:00 with Anna?");
    assertThat(app.say("cy", "yes")).startsWith("Done! Your Pedicure is now on Wed 25 Nov");
    assertThat(bookings()).hasSize(1);
    assertThat(bookings().get(0).value3()).isEqualTo("confirmed");
  }

  @Test
  void cant_make_it_alone_only_offers_to_cancel_and_asks_first() {
    book("di", "pedicure on 30 november at 11am");
    TestApp.Response r = app.chat("demo", "di", "I can't make it on monday");
    assertThat(r.json().get("replies").get(0).get("text").asText())
        .isEqualTo("Cancel your " + PEDICURE + "?");
    assertThat(r.json().get("replies").get(0).get("options").toString())
        .isEqualTo("[\"Yes\",\"No\"]");
    assertThat(bookings().get(0).value3()).isEqualTo("confirmed");
    // Offered the cancellation, the customer would rather move it: the same booking moves.
    assertThat(app.say("di", "no, can we move it to friday instead?"))
        .startsWith("Free times for Pedicure on Fri 27 Nov:");
    assertThat(app.say("di", "10:30"))
        .isEqualTo("Move your Pedicure from Mon 30 Nov at 11:00 to Fri 27 Nov at 10:30 with Anna?");
    assertThat(app.say("di", "yes")).startsWith("Done!");
    assertThat(bookings()).hasSize(1);
    assertThat(bookings().get(0).value3()).isEqualTo("confirmed");
  }

  @Test
  void while_booking_the_same_words_correct_the_new_booking_and_the_old_one_stays() {
    book("flo", "pedicure on 30 november at 11am");
    assertThat(app.say("flo", "gel manicure on wednesday"))
        .startsWith("Free times for Gel Manicure on Wed 25 Nov:");
    assertThat(app.say("flo", "make it tuesday please"))
        .startsWith("Free times for Gel Manicure on Tue 24 Nov:");
    assertThat(app.say("flo", "actually make it 5pm"))
        .isEqualTo(
            "Gel Manicure on Tue 24 Nov at 17:00 with Anna for Flo, 35.00 EUR. Shall I book it?");
    // Asked to confirm, "a different day" is no yes: the day is asked again.
    assertThat(app.say("flo", "I need a different day"))
        .isEqualTo("Which day would you like your Gel Manicure?");
    assertThat(app.say("flo", "can we do thursday at 5pm instead?"))
        .isEqualTo(
            "Gel Manicure on Thu 26 Nov at 17:00 with Anna for Flo, 35.00 EUR. Shall I book it?");
    assertThat(app.say("flo", "yes")).startsWith("Booked! Gel Manicure on Thu 26 Nov at 17:00");
    assertThat(bookings()).hasSize(2);
    assertThat(bookings().get(0).value2().toInstant())
        .isEqualTo(berlin("2026-11-30T11:00").toInstant());
  }

  @Test
  void with_nothing_booked_a_move_says_so_and_a_day_starts_a_booking() {
    assertThat(app.say("gus", "move it"))
        .isEqualTo("You have no upcoming appointments to change. Would you like to book one?");
    assertThat(app.say("hal", "make it tuesday please"))
        .startsWith("Got it: Tue 24 Nov. Which service would you like?");
  }
}
