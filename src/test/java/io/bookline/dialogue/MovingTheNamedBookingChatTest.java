package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The QA review of the demo (web chat, Postgres): a customer who names their booking ("the
 * pedicure", "my saturday appointment", "den Termin am Dienstag", "mi cita del lunes", "la cita del
 * lunes") and asks for another day or a time an amount later or earlier is offered the move of that
 * booking, never a second booking. Friday 27 Nov 2026, 10:00; the demo studio (Mon–Fri 9–18, Sat
 * 10–14).
 */
class MovingTheNamedBookingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  static Instant berlin(String local) {
    return OffsetDateTime.parse(local + ":00+01:00").toInstant();
  }

  @Test
  void move_the_pedicure_to_wednesday_morning_moves_it() {
    ChatBookings.book(app, "ann", "pedicure on tuesday at 13:45", "yes");
    assertThat(app.say("ann", "hmm actually can i move the pedicure to wednesday morning"))
        .startsWith("Free times for Pedicure on Wed 2 Dec in the morning:");
    assertThat(app.say("ann", "10"))
        .isEqualTo("Move your Pedicure from Tue 1 Dec at 13:45 to Wed 2 Dec at 10:00 with Anna?");
    assertThat(app.say("ann", "yes")).startsWith("Done! Your Pedicure is now on Wed 2 Dec");
    assertThat(ChatBookings.starts(app)).containsExactly(berlin("2026-12-02T10:00"));
  }

  @Test
  void my_saturday_appointment_an_hour_earlier_moves_that_booking() {
    ChatBookings.book(app, "bo", "pedicure on tuesday at 13:45", "yes");
    ChatBookings.book(app, "bo", "gel manicure on saturday at 11", "yes");
    assertThat(app.say("bo", "can you make my saturday appointment an hour earlier"))
        .isEqualTo(
            "Move your Gel Manicure from Sat 28 Nov at 11:00 to Sat 28 Nov at 10:00 with Anna?");
    assertThat(app.say("bo", "yes")).startsWith("Done! Your Gel Manicure is now on Sat 28 Nov");
    assertThat(ChatBookings.starts(app))
        .containsExactly(berlin("2026-12-01T13:45"), berlin("2026-11-28T10:00"));
  }

  @Test
  void den_termin_am_dienstag_eine_stunde_spaeter_moves_tuesdays_booking() {
    ChatBookings.book(app, "uwe", "Ich hätte gern eine Gel-Maniküre am Samstag um 11", "ja");
    ChatBookings.book(app, "uwe", "Ich hätte gern eine Pediküre am Dienstag um 13:45", "ja");
    assertThat(app.say("uwe", "kann ich den termin am dienstag eine stunde später haben?"))
        .isEqualTo(
            "Ihren Termin für Pediküre von Dienstag, 1. Dezember um 13:45 auf Dienstag,"
                + " 1. Dezember um 14:45 bei Anna verschieben?");
    assertThat(app.say("uwe", "ja")).startsWith("Erledigt!");
    assertThat(ChatBookings.starts(app))
        .containsExactly(berlin("2026-11-28T11:00"), berlin("2026-12-01T14:45"));
  }

  @Test
  void mi_cita_del_lunes_una_hora_mas_tarde_moves_mondays_booking() {
    ChatBookings.book(app, "eva", "quiero una manicura de gel el sábado a las 11", "sí");
    ChatBookings.book(app, "eva", "quiero una pedicura el lunes a las 10", "sí");
    assertThat(app.say("eva", "puedes poner mi cita del lunes una hora más tarde"))
        .isEqualTo(
            "¿Cambio tu Pedicura del lunes 30 de noviembre a las 10:00 al lunes 30 de noviembre a"
                + " las 11:00 con Anna?");
    assertThat(app.say("eva", "sí")).startsWith("¡Listo!");
    assertThat(ChatBookings.starts(app))
        .containsExactly(berlin("2026-11-28T11:00"), berlin("2026-11-30T11:00"));
  }

  @Test
  void during_a_move_la_cita_del_lunes_una_hora_mas_tarde_offers_that_time() {
    ChatBookings.book(app, "luz", "quiero una pedicura el lunes a las 10", "sí");
    assertThat(app.say("luz", "necesito cambiar mi cita")).contains("¿A qué día");
    assertThat(app.say("luz", "¿podría pasar la cita del lunes una hora más tarde?"))
        .isEqualTo(
            "¿Cambio tu Pedicura del lunes 30 de noviembre a las 10:00 al lunes 30 de noviembre a"
                + " las 11:00 con Anna?");
  }
}
