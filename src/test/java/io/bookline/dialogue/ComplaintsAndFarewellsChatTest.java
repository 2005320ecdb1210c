package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A black-box tester's complaints, over the web chat on Postgres (ADR 0092): a complaint is no
 * booking request but an apology and a person; "I don't want to book" ends the booking being set
 * up; "speak to Anna" asks for a person; a farewell mid-flow ends the booking, nothing booked, and
 * a farewell is answered with one; a price asked beside a day is answered with the day's times.
 * Friday 27 Nov 2026, 18:00 in Berlin (closed until Saturday 10:00); the demo studio.
 */
class ComplaintsAndFarewellsChatTest {
  @RegisterExtension
  static final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T17:00:00Z"));

  static final ChatSteps chat = new ChatSteps(app);

  private static long bookings(String user) {
    return ((Number)
            app.app()
                .database()
                .dsl()
                .fetchValue(
                    "select count(*) from bookings b join customers u on u.id = b.customer_id"
                        + " where u.platform_user_id = ?",
                    user))
        .longValue();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "c-en1 | my gel manicure from last week already chipped, not happy 😡"
            + " | no i dont want to book, i want it fixed for free"
            + " | I'm sorry to hear that. I've passed it on to a member of the team: a person will"
            + " answer you here as soon as they can. | Your message has reached the team.",
        "c-en2 | I want to complain, the polish broke after two days | I want a refund"
            + " | I'm sorry to hear that. | Your message has reached the team.",
        "c-de1 | ich möchte mich beschweren, mein Gel ist nach drei Tagen abgeplatzt"
            + " | ich will nicht buchen"
            + " | Das tut mir leid. Ich habe es an jemanden aus dem Team weitergegeben: Ein Mensch"
            + " antwortet Ihnen hier so bald wie möglich. | Ihre Nachricht ist beim Team angekommen.",
        "c-de2 | ich bin sehr unzufrieden mit meiner Pediküre, ich habe eine Beschwerde"
            + " | hallo? | Das tut mir leid. | Ihre Nachricht ist beim Team angekommen.",
        "c-es1 | quiero poner una queja, la manicura se me ha roto"
            + " | no quiero reservar, quiero una queja"
            + " | Lo siento mucho. Se lo he pasado a alguien del equipo: una persona te responderá"
            + " aquí lo antes posible. | Tu mensaje ha llegado al equipo.",
        "c-es2 | no estoy contenta con la pedicura del martes, quiero hacer una reclamación"
            + " | ¿hola? | Lo siento mucho. | Tu mensaje ha llegado al equipo.",
      })
  void a_complaint_is_apologised_for_and_handed_to_a_person_never_booked(
      String user, String complaint, String then, String apology, String waiting) {
    assertThat(app.say(user, complaint)).startsWith(apology);
    chat.assertHandedOver(user);
    // The customer's next words reach the team; nobody asks which day to book.
    assertThat(app.say(user, then)).startsWith(waiting);
    chat.assertHandedOver(user);
    assertThat(bookings(user)).isZero();
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "d-en1 | gel manicure on wednesday | I don't want to book | OK, I won't book it."
            + " | hi | Hi!",
        "d-en2 | pedicure monday at 10 | no i dont want to book | OK, I won't book it. | hi | Hi!",
        "d-de1 | Gel-Maniküre am Mittwoch | ich will nicht buchen"
            + " | In Ordnung, dann buche ich das nicht. | hallo | Hallo!",
        "d-de2 | Pediküre am Montag um 10 | ich möchte doch nicht buchen"
            + " | In Ordnung, dann buche ich das nicht. | hallo | Hallo!",
        "d-es1 | manicura de gel el miércoles | no quiero reservar | De acuerdo, no lo reservo."
            + " | hola | ¡Hola!",
        "d-es2 | quiero una pedicura el lunes a las 10 | no, no quiero reservar nada"
            + " | De acuerdo, no lo reservo. | hola | ¡Hola!",
      })
  void i_dont_want_to_book_ends_the_booking_being_set_up(
      String user, String ask, String decline, String dropped, String later, String fresh) {
    app.say(user, ask);
    assertThat(app.say(user, decline)).isEqualTo(dropped);
    assertThat(app.say(user, later)).startsWith(fresh);
    assertThat(bookings(user)).isZero();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "p-en1 | I want to speak to Anna please | OK, I've asked a member of the team to take"
            + " over.",
        "p-en2 | can I talk with Marta? | OK, I've asked a member of the team to take over.",
        "p-de1 | ich möchte mit Anna sprechen | In Ordnung, ich habe jemanden aus dem Team"
            + " gebeten, das Gespräch zu übernehmen.",
        "p-de2 | kann ich bitte Marta sprechen? | In Ordnung, ich habe jemanden aus dem Team"
            + " gebeten, das Gespräch zu übernehmen.",
        "p-es1 | quiero hablar con Marta por favor | De acuerdo, le he pedido a alguien del equipo"
            + " que siga la conversación.",
        "p-es2 | ¿puedo hablar con Anna? | De acuerdo, le he pedido a alguien del equipo que siga"
            + " la conversación.",
      })
  void a_wish_to_speak_to_a_staff_member_is_a_handoff(String user, String said, String asked) {
    assertThat(app.say(user, said)).startsWith(asked);
    chat.assertHandedOver(user);
  }

  @ParameterizedTest(name = "{0}: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "f-en1 | pedicure monday at 10 | Pia | Shall I book it? | bye | OK, nothing booked. Bye!"
            + " | hi | Hi!",
        "f-en2 | gel manicure on wednesday | - | Which time | ok bye | OK, nothing booked. Bye!"
            + " | hi | Hi!",
        "f-de1 | Pediküre am Montag um 10 | Pia | Soll ich das buchen? | tschüss | In Ordnung,"
            + " nichts gebucht. Tschüss! | hallo | Hallo!",
        "f-de2 | Pediküre am Montag um 10 | - | Namen | tschüss | In Ordnung, nichts gebucht."
            + " Tschüss! | hallo | Hallo!",
        "f-es1 | quiero una pedicura el lunes | - | ¿Qué hora | gracias, adiós | De acuerdo, no he"
            + " reservado nada. ¡Adiós! | hola | ¡Hola!",
        "f-es2 | quiero una pedicura el lunes a las 10 | Pia | ¿Te la reservo? | adiós | De acuerdo,"
            + " no he reservado nada. ¡Adiós! | hola | ¡Hola!",
      })
  void a_farewell_mid_flow_ends_the_booking_and_the_next_message_starts_fresh(
      String user,
      String ask,
      String name,
      String question,
      String bye,
      String goodbye,
      String later,
      String fresh) {
    String before = app.say(user, ask);
    if (!name.equals("-")) {
      before = app.say(user, name);
    }
    assertThat(before).contains(question);
    assertThat(app.say(user, bye)).isEqualTo(goodbye);
    assertThat(app.say(user, later)).startsWith(fresh);
    assertThat(bookings(user)).isZero();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "g-en | bye | Bye! Have a nice evening!",
        "g-de | tschüss | Tschüss! Einen schönen Abend noch!",
        "g-es | adiós | ¡Adiós! ¡Que tengas una buena noche!",
      })
  void a_farewell_is_answered_with_a_farewell(String user, String bye, String goodbye) {
    assertThat(app.say(user, bye)).isEqualTo(goodbye);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "q-en | gel manicure on wednesday | and thursday? how much is it?"
            + " | The Gel Manicure is 35.00 EUR (45 min). | Thu 3 Dec",
        "q-de | Gel-Maniküre am Mittwoch | und Donnerstag? was kostet das?"
            + " | Gel-Maniküre kostet 35,00 € (45 Min.). | Donnerstag, 3. Dezember",
        "q-es | manicura de gel el miércoles | ¿y el jueves? ¿cuánto cuesta?"
            + " | Manicura de gel cuesta 35,00 € (45 min). | jueves 3 de diciembre",
      })
  void a_price_asked_beside_a_day_is_answered_before_that_days_times(
      String user, String ask, String both, String price, String day) {
    app.say(user, ask);
    String reply = app.say(user, both);
    assertThat(reply).startsWith(price).contains(day);
  }
}
