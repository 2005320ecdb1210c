package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat review, over the web chat on Postgres: a message that names several days or parts of the day
 * is answered about the one the customer wants, not the first or last one said. Friday 27 Nov 2026,
 * 10:00; the demo studio (open Mon–Fri 9–18, Sat 10–14).
 */
class WhichDayIsMeantChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @BeforeEach
  void friday_ten_oclock() {
    app.clock().advance(Duration.ofDays(4).plusHours(2));
  }

  private OffsetDateTime start() {
    return app.app()
        .database()
        .dsl()
        .select(Bookings.STARTS_AT)
        .from(Bookings.T)
        .fetchSingle(Bookings.STARTS_AT);
  }

  @Test
  void a_german_move_auf_mittwoch_moves_the_monday_booking_to_wednesday() {
    app.say("pia", "Ich hätte gern eine Pediküre am Montag um 14:30");
    app.say("pia", "Pia Weber");
    assertThat(app.say("pia", "ja"))
        .startsWith("Gebucht! Pediküre am Montag, 30. November um 14:30");
    assertThat(
            app.say(
                "pia",
                "hallo, ich schaffs am montag leider nicht, kann ich den termin auf mittwoch"
                    + " nachmittag verschieben?"))
        .startsWith(
            "Freie Termine für Pediküre am Mittwoch, 2. Dezember nachmittags: 12:00, 13:00,");
    assertThat(app.say("pia", "14:00"))
        .isEqualTo(
            "Ihren Termin für Pediküre von Montag, 30. November um 14:30 auf Mittwoch, 2. Dezember"
                + " um 14:00 bei Anna verschieben?");
    assertThat(app.say("pia", "ja")).startsWith("Erledigt!");
    assertThat(start().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-12-02T14:00:00+01:00").toInstant());
  }

  @Test
  void a_spanish_move_para_el_miercoles_and_an_english_one_to_wednesday_offer_wednesday() {
    app.say("lucia", "Quiero una pedicura el lunes a las 14:30");
    app.say("lucia", "Lucía");
    assertThat(app.say("lucia", "sí")).startsWith("¡Reservado!");
    assertThat(app.say("lucia", "¿puedo cambiar la cita del lunes para el miércoles por la tarde?"))
        .startsWith("Horas libres para Pedicura el miércoles 2 de diciembre por la tarde:");

    app.say("pat", "pedicure on monday at 16:00");
    app.say("pat", "Pat");
    assertThat(app.say("pat", "yes")).startsWith("Booked!");
    assertThat(app.say("pat", "can you move my appointment from monday to wednesday afternoon"))
        .startsWith("Free times for Pedicure on Wed 2 Dec in the afternoon:");
  }

  @Test
  void a_day_turned_down_with_another_named_offers_the_other_in_each_language() {
    assertThat(app.say("ann", "gel manicure tomorrow"))
        .startsWith("Free times for Gel Manicure on Sat 28 Nov:");
    assertThat(app.say("ann", "no, tomorrow doesnt work, monday"))
        .startsWith("Free times for Gel Manicure on Mon 30 Nov:");

    assertThat(app.say("jonas", "Ich hätte gern eine Gel-Maniküre morgen"))
        .startsWith("Freie Termine für Gel-Maniküre am Samstag, 28. November:");
    assertThat(app.say("jonas", "morgen geht doch nicht, lieber montag"))
        .startsWith("Freie Termine für Gel-Maniküre am Montag, 30. November:");

    assertThat(app.say("lucia", "quiero una manicura de gel mañana"))
        .startsWith("Horas libres para Manicura de gel el sábado 28 de noviembre:");
    assertThat(app.say("lucia", "mañana no, pasado mañana"))
        .startsWith(
            "Los domingos estamos cerrados. El próximo día libre es el lunes 30 de noviembre:");
  }

  @Test
  void not_tomorrow_the_day_after_at_the_name_step_changes_the_day() {
    assertThat(app.say("ann", "gel manicure tomorrow at 11"))
        .isEqualTo(
            "Gel Manicure on Sat 28 Nov at 11:00 is free. What name should I put the booking"
                + " under?");
    assertThat(app.say("ann", "not tomorrow, the day after"))
        .startsWith("We're closed on Sundays. The next free day is Mon 30 Nov:");
  }

  @Test
  void the_part_of_the_day_wanted_wins_over_the_one_ruled_out_in_each_language() {
    assertThat(
            app.say(
                "ann",
                "pedicure next thursday in the afternoon if possible because in the morning i"
                    + " work"))
        .startsWith("Free times for Pedicure on Thu 3 Dec in the afternoon:");
    assertThat(
            app.say(
                "jonas", "pediküre nächsten donnerstag nachmittags, vormittags muss ich arbeiten"))
        .startsWith("Freie Termine für Pediküre am Donnerstag, 3. Dezember nachmittags:");
    assertThat(
            app.say(
                "lucia",
                "hola, quiero una pedicura el jueves que viene por la tarde si puede ser porque por"
                    + " la mañana trabajo"))
        .startsWith("Horas libres para Pedicura el jueves 3 de diciembre por la tarde:");
  }

  @Test
  void a_weekday_in_two_weeks_is_that_weekday_of_the_week_two_weeks_on_in_each_language() {
    assertThat(
            app.say(
                "ann",
                "hi, i'd like to come in in two weeks for a pedicure, like on the wednesday,"
                    + " ideally around lunchtime"))
        .startsWith("Pedicure on Wed 9 Dec at 12:00 is free.");
    assertThat(
            app.say(
                "jonas", "Ich hätte gern eine Pediküre in zwei wochen am donnerstag gegen mittag"))
        .startsWith("Pediküre am Donnerstag, 10. Dezember um 12:00 ist frei.");
    assertThat(
            app.say("lucia", "quiero una pedicura dentro de dos semanas el miercoles a mediodia"))
        .isEqualTo(
            "Pedicura el miércoles 9 de diciembre a las 12:00 está libre. ¿A nombre de quién hago"
                + " la reserva?");
  }

  @Test
  void a_weekday_and_a_numeric_date_that_do_not_match_are_asked_about_in_each_language() {
    assertThat(app.say("jonas", "gel nägel am montag den 1.12. um 15 uhr"))
        .isEqualTo(
            "Verstanden: Gel-Maniküre um 15:00. „montag den 1.12.“: Wochentag und Datum passen nicht"
                + " zusammen. Welchen Tag meinen Sie?");
    assertThat(app.say("lucia", "manicura de gel el lunes 1/12 a las 15"))
        .isEqualTo(
            "Entendido: Manicura de gel a las 15:00. «lunes 1/12»: el día de la semana no coincide"
                + " con la fecha. ¿Qué día quieres decir?");
    assertThat(app.say("ann", "gel manicure monday 1/12 at 3pm"))
        .isEqualTo(
            "Got it: Gel Manicure at 15:00. \"monday 1/12\": that weekday and that date don't"
                + " match. Which day do you mean?");
  }
}
