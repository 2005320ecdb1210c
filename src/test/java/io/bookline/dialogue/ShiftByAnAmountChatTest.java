package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ADR 0055 addendum, over the web chat on Postgres: "can I come an hour later?", "eine Stunde
 * später", "media hora antes" move the customer's booking by that amount, asked with the move's
 * confirmation and checked like any time; while a booking is under way they move the time held.
 * Monday 23 Nov 2026, 08:00; the demo studio (Mon–Fri 9–18, Anna and Marta).
 */
class ShiftByAnAmountChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  void book(String user, String request, String yes) {
    String r = app.say(user, request);
    if (r.endsWith("?") && !r.contains("40")) {
      r = app.say(user, user);
    }
    assertThat(app.say(user, yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
  }

  OffsetDateTime startOfBooking(int index) {
    return app.app()
        .database()
        .dsl()
        .select(Bookings.STARTS_AT)
        .from(Bookings.T)
        .orderBy(Bookings.ID)
        .fetch()
        .get(index)
        .value1();
  }

  @Test
  void an_hour_later_offers_to_move_the_booking_by_an_hour_and_moves_it() {
    book("ann", "pedicure on 30 november at 11am", "yes");
    assertThat(app.say("ann", "can I come an hour later?"))
        .isEqualTo("Move your Pedicure from Mon 30 Nov at 11:00 to Mon 30 Nov at 12:00 with Anna?");
    assertThat(app.say("ann", "yes"))
        .isEqualTo("Done! Your Pedicure is now on Mon 30 Nov at 12:00 with Anna.");
    assertThat(startOfBooking(0)).isEqualTo(OffsetDateTime.parse("2026-11-30T12:00:00+01:00"));
    assertThat(app.app().database().dsl().fetchCount(Bookings.T)).isEqualTo(1);
  }

  @Test
  void half_an_hour_earlier_in_german_and_spanish() {
    book("uwe", "Ich hätte gern eine Pediküre am 30. November um 11 Uhr", "ja");
    assertThat(app.say("uwe", "Kann ich eine halbe Stunde früher kommen?"))
        .isEqualTo(
            "Ihren Termin für Pediküre von Montag, 30. November um 11:00 auf Montag, 30. November"
                + " um 10:30 bei Anna verschieben?");
    assertThat(app.say("uwe", "ja"))
        .isEqualTo(
            "Erledigt! Ihr Termin für Pediküre ist jetzt am Montag, 30. November um 10:30 bei Anna.");
    book("eva", "quiero una pedicura el 1 de diciembre a las 11", "sí");
    assertThat(app.say("eva", "¿puedo ir una hora más tarde?"))
        .isEqualTo(
            "¿Cambio tu Pedicura del martes 1 de diciembre a las 11:00 al martes 1 de diciembre a"
                + " las 12:00 con Anna?");
    assertThat(app.say("eva", "sí"))
        .isEqualTo("¡Listo! Tu Pedicura es ahora el martes 1 de diciembre a las 12:00 con Anna.");
    assertThat(startOfBooking(1)).isEqualTo(OffsetDateTime.parse("2026-12-01T12:00:00+01:00"));
  }

  @Test
  void a_shifted_time_that_is_taken_is_said_so_with_the_nearest_free_times() {
    book("ann", "pedicure on 30 november at 11am", "yes");
    book("bo", "pedicure on 30 november at 12:00 with anna", "yes");
    book("cy", "pedicure on 30 november at 12:00 with marta", "yes");
    assertThat(app.say("ann", "can I come an hour later?"))
        .isEqualTo(
            "Pedicure on Mon 30 Nov at 12:00 is already taken. The nearest free times: Mon 30 Nov"
                + " at 10:45, Mon 30 Nov at 13:00, Mon 30 Nov at 13:15, Tue 1 Dec at 12:00. Which"
                + " time suits you?");
    assertThat(startOfBooking(0)).isEqualTo(OffsetDateTime.parse("2026-11-30T11:00:00+01:00"));
  }

  @Test
  void during_a_booking_the_time_held_moves_by_the_amount() {
    assertThat(app.say("kim", "pedicure tomorrow at 10"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 10:00 is free. What name should I put the booking under?");
    assertThat(app.say("kim", "30 minutes later"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 10:30 is free. What name should I put the booking under?");
    assertThat(app.say("kim", "Kim"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 10:30 with Anna for Kim, 40.00 EUR. Shall I book it?");
    assertThat(app.say("kim", "15 min earlier"))
        .isEqualTo(
            "Pedicure on Tue 24 Nov at 10:15 with Anna for Kim, 40.00 EUR. Shall I book it?");
    assertThat(app.say("jonas", "Ich hätte gern eine Pediküre morgen um 10")).contains("10:00");
    assertThat(app.say("jonas", "eine Stunde später bitte")).contains("um 11:00");
    assertThat(app.say("lucia", "quiero una pedicura mañana a las 12")).contains("12:00");
    assertThat(app.say("lucia", "media hora antes")).contains("a las 11:30");
  }

  @Test
  void in_an_hour_is_still_an_hour_from_now() {
    book("ann", "pedicure on 30 november at 11am", "yes");
    assertThat(app.say("ann", "in an hour")).startsWith("Got it: Mon 23 Nov at 09:00.");
    assertThat(startOfBooking(0)).isEqualTo(OffsetDateTime.parse("2026-11-30T11:00:00+01:00"));
  }
}
