package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a reviewer found the chat got wrong after ADR 0092's addendum, over the web chat on
 * Postgres: a decline without a verb at "Shall I book it?" never books; "talk to Marta please"
 * hands over without "I want"; a booking asked for beside a pain since yesterday is a booking on
 * the coming day; waiting, or "3 nails", is no complaint about the appointment's time; a yes beside
 * "I'll bring my daughter" books; a wish after "I don't want to book a pedicure" is booked. Friday
 * 27 Nov 2026, 10:00 in Berlin (the day gone by: Saturday 28 Nov); the demo studio. English,
 * German, Spanish.
 */
class DeclinesHandoversRegressionChatTest {
  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabaseAt(TestApp.FRIDAY_10AM_BERLIN);

  /** Saturday 28 Nov 2026, 10:00 in Berlin: "friday" is the coming one, never the day gone by. */
  @RegisterExtension
  static final TestApp saturday = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-28T09:00:00Z"));

  private static String status(String user) {
    return String.valueOf(
        app.app()
            .database()
            .dsl()
            .fetchValue(
                "select c.status from conversations c join customers u on u.id = c.customer_id"
                    + " where u.platform_user_id = ?",
                user));
  }

  private static long booked(String user) {
    return ((Number)
            app.app()
                .database()
                .dsl()
                .fetchValue(
                    "select count(*) from bookings b join customers u on u.id = b.customer_id"
                        + " where u.platform_user_id = ? and b.status = 'confirmed'",
                    user))
        .longValue();
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "d-de1 | Pediküre am Montag um 13:45 | Anna | lieber keinen Termin"
            + " | In Ordnung, dann buche ich das nicht.",
        "d-de2 | Pediküre am Montag um 13:45 | Anna | doch keinen Termin, danke"
            + " | In Ordnung, dann buche ich das nicht.",
        "d-de3 | Pediküre am Montag um 13:45 | Anna | ich möchte dann doch lieber keinen Termin"
            + " | In Ordnung, dann buche ich das nicht.",
        "d-es1 | pedicura el lunes a las 13:45 | Ana | mejor ninguna cita, gracias"
            + " | De acuerdo, no lo reservo.",
        "d-en1 | pedicure on monday at 13:45 | Ann | actually no appointment then, thanks"
            + " | OK, I won't book it.",
      })
  void a_decline_without_a_verb_at_shall_i_book_it_never_books(
      String user, String request, String name, String decline, String dropped) {
    app.say(user, request);
    assertThat(app.say(user, name)).contains("?");
    assertThat(app.say(user, decline)).isEqualTo(dropped);
    assertThat(booked(user)).isZero();
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "q-de1 | Pediküre am Mittwoch um 13:45 | Anna | gibt es keinen Termin früher?"
            + " | In Ordnung, dann buche ich das nicht.",
        "q-es1 | pedicura el miércoles a las 15:30 | Ana | ¿no hay ninguna cita antes?"
            + " | De acuerdo, no lo reservo.",
        "q-en1 | pedicure on wednesday at 12:15 | Ann | is there no appointment earlier?"
            + " | OK, I won't book it.",
      })
  void asking_for_another_time_at_shall_i_book_it_is_no_decline(
      String user, String request, String name, String asked, String dropped) {
    app.say(user, request);
    app.say(user, name);
    assertThat(app.say(user, asked)).doesNotStartWith(dropped);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "t-en1 | talk to Marta please | OK, I've asked a member of the team to take over.",
        "t-de1 | mit Marta sprechen bitte | In Ordnung, ich habe jemanden aus dem Team",
        "t-es1 | hablar con Marta, por favor | De acuerdo, le he pedido a alguien del equipo",
      })
  void talk_to_a_staff_member_without_i_want_hands_over(String user, String said, String asked) {
    assertThat(app.say(user, said)).startsWith(asked);
    assertThat(status(user)).isEqualTo("handoff");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "p-en1 | my feet hurt since yesterday, do you have a pedicure on friday?"
            + " | Free times for Pedicure on Fri 4 Dec:",
        "p-de1 | meine Füße tun weh seit gestern, habt ihr am Freitag Zeit für eine Pediküre?"
            + " | Freie Termine für Pediküre am Freitag, 4. Dezember:",
        "p-es1 | me duelen los pies desde ayer, ¿tenéis hueco el viernes para una pedicura?"
            + " | Horas libres para Pedicura el viernes 4 de diciembre:",
        "p-en2 | my nails look terrible since last week, do you have a gel manicure on monday at"
            + " 10? | Gel Manicure on Mon 30 Nov at 10:00 is free.",
        "p-en3 | my feet hurt since yesterday, is there a pedicure on friday?"
            + " | Free times for Pedicure on Fri 4 Dec:",
      })
  void a_booking_asked_for_beside_a_pain_since_yesterday_is_a_booking_on_the_coming_day(
      String user, String said, String answered) {
    assertThat(saturday.say(user, said)).startsWith(answered).doesNotContain("passed");
    assertThat(
            saturday
                .app()
                .database()
                .dsl()
                .fetchValue("select count(*) from conversations where status = 'handoff'"))
        .isEqualTo(0L);
  }

  @ParameterizedTest(name = "{0}: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "w-en1 | pedicure on monday at 10 with anna | Kate | yes"
            + " | I'm not happy with the time I had to wait, Marta kept me waiting for 40 minutes"
            + " | I'm sorry to hear that.",
        "w-de1 | Pediküre am Montag um 11 bei Anna | Jonas | ja"
            + " | Ich bin nicht zufrieden mit der Zeit, die ich warten musste, 40 Minuten!"
            + " | Das tut mir leid.",
        "w-es1 | pedicura el lunes a las 12 con Anna | Lucía | sí"
            + " | no estoy contenta con la hora de espera, 40 minutos esperando"
            + " | Lo siento mucho.",
        "w-en2 | pedicure on monday at 15 with anna | Kate | yes"
            + " | not happy with 3 nails, they look uneven | I'm sorry to hear that.",
        // A guard: German reads a clock time only before "Uhr".
        "w-de2 | Pediküre am Montag um 16 bei Anna | Jonas | ja"
            + " | nicht zufrieden mit 3 Nägeln, die sind ungleich | Das tut mir leid.",
      })
  void waiting_or_a_number_of_nails_is_a_complaint_not_a_wish_to_move(
      String user, String request, String name, String yes, String said, String sorry) {
    app.say(user, request);
    app.say(user, name);
    assertThat(app.say(user, yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(app.say(user, said)).startsWith(sorry);
    assertThat(status(user)).isEqualTo("handoff");
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "b-en1 | pedicure on thursday at 13:45 | Ann | yes please, I'll bring my daughter along"
            + " | I'm afraid I can't answer that here; | Booked! Pedicure on Thu 3 Dec at 13:45",
        "b-de1 | Pediküre am Dienstag um 13:45 | Anna | ja gerne, meine Tochter wird mitkommen"
            + " | Das kann ich hier leider nicht beantworten; | Gebucht! Pediküre am Dienstag, 1."
            + " Dezember um 13:45",
        "b-es1 | pedicura el martes a las 15:30 | Ana | sí, voy a traer a mi hija"
            + " | Eso no te lo puedo responder aquí; | ¡Reservado! Pedicura el martes 1 de"
            + " diciembre a las 15:30",
      })
  void yes_beside_bringing_someone_at_shall_i_book_it_books_and_says_who_can_answer(
      String user, String request, String name, String yes, String unknown, String done) {
    app.say(user, request);
    app.say(user, name);
    assertThat(app.say(user, yes)).startsWith(unknown).contains(done);
    assertThat(booked(user)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "g-en1 | I don't want to book a pedicure, I want to book a gel manicure"
            + " | Which day would you like your Gel Manicure?",
        "g-es1 | no quiero reservar una pedicura, quiero reservar una manicura de gel"
            + " | ¿Para qué día quieres tu Manicura de gel?",
        // A guard: German read the wish before.
        "g-de1 | ich will keine Pediküre buchen, ich will eine Gel-Maniküre buchen"
            + " | Für welchen Tag möchten Sie Gel-Maniküre buchen?",
      })
  void the_wish_after_a_declined_service_is_booked(String user, String said, String asked) {
    assertThat(app.say(user, said)).isEqualTo(asked);
  }
}
