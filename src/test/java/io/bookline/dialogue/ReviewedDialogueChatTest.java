package io.bookline.dialogue;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cold review of the dialogue found these, each over the web chat on Postgres in English, German
 * and Spanish: a day said with "right after work" was thrown away for the time after the last
 * booking (even one made in an earlier conversation); "my saturday appointment an hour earlier"
 * moved Monday's; a guest's staff member was asked again; "yes please, I'm Sam" to "shall I ask a
 * person?" asked which service; "monday or saturday this week" on a Friday offered the Monday gone
 * by; "asap" came back after a day was named. Friday 27 Nov 2026, 10:00; the demo studio (Anna and
 * Marta).
 */
class ReviewedDialogueChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on tuesday at 10 | yes | pedicure monday right after work"
            + " | Free times for Pedicure on Mon 30 Nov",
        "pedicure on tuesday at 10 | yes | pedicure right after work on monday please"
            + " | Free times for Pedicure on Mon 30 Nov",
        "Ich hätte gern eine Pediküre am Dienstag um 10 | ja"
            + " | eine Pediküre am Montag gleich nach der Arbeit"
            + " | Freie Termine für Pediküre am Montag, 30. November",
        "quiero una pedicura el martes a las 10 | sí | una pedicura el lunes justo después del"
            + " trabajo | Horas libres para Pedicura el lunes 30 de noviembre",
      })
  void right_after_work_on_a_day_is_that_days_evening_not_after_the_booking(
      String first, String yes, String asked, String offered) {
    ChatBookings.book(app, "ann", first, yes);
    assertThat(app.say("ann", asked)).startsWith(offered).contains("17:");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on tuesday at 10 | yes | and a manicure right after? | 1 Dec",
        "Ich hätte gern eine Pediküre am Dienstag um 10 | ja | und direkt danach eine Maniküre?"
            + " | 1. Dezember",
        "quiero una pedicura el martes a las 10 | sí | ¿y justo después una manicura?"
            + " | 1 de diciembre",
      })
  void right_after_follows_only_a_booking_made_in_this_conversation(
      String first, String yes, String after, String bookedDay) {
    ChatBookings.book(app, "old", first, yes);
    // Three hours on, the conversation has ended (sessions last two hours): a new one begins.
    app.clock().set(Instant.parse("2026-11-27T12:00:00Z"));
    assertThat(app.say("old", after)).doesNotContain(bookedDay);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on monday at 11 | can you make my saturday appointment an hour earlier | yes"
            + " | You have no appointment on Sat 28 Nov. Which appointment do you mean?"
            + " 1) Pedicure on Mon 30 Nov at 11:00 with Anna.",
        "Ich hätte gern eine Pediküre am Montag um 11 | kann ich den termin am samstag eine"
            + " stunde früher haben? | ja | Sie haben am Samstag, 28. November keinen Termin."
            + " Welchen Termin meinen Sie? 1) Pediküre am Montag, 30. November um 11:00 bei Anna.",
        "quiero una pedicura el lunes a las 11 | puedes poner mi cita del sábado una hora antes"
            + " | sí | No tienes ninguna cita el sábado 28 de noviembre. ¿A qué cita te refieres?"
            + " 1) Pedicura el lunes 30 de noviembre a las 11:00 con Anna.",
      })
  void an_amount_for_a_day_with_no_booking_moves_none_and_asks_which(
      String first, String move, String yes, String reply) {
    ChatBookings.book(app, "bo", first, yes);
    assertThat(app.say("bo", move)).isEqualTo(reply);
    assertThat(ChatBookings.starts(app)).containsExactly(Instant.parse("2026-11-30T10:00:00Z"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my daughter and me on monday at 10 | Anna | Ann | yes | Lena"
            + " | Basic Manicure on Mon 30 Nov at 10:00 with Marta for Lena, 25.00 EUR. Shall I"
            + " book it?",
        "Ich hätte gern eine Pediküre für mich und meine Tochter am Montag um 10 | Anna | Jonas"
            + " | ja | Mia | Pediküre am Montag, 30. November um 10:00 bei Marta für Mia, 40,00 €."
            + " Soll ich das buchen?",
        "Hola, quiero una pedicura para mí y mi hija el lunes a las 10 | Anna | Lucía | sí"
            + " | Sofía | Pedicura el lunes 30 de noviembre a las 10:00 con Marta a nombre de"
            + " Sofía, 40,00 €. ¿Te la reservo?",
      })
  void a_guests_offered_staff_member_is_kept_where_the_business_asks_for_one(
      String request, String staff, String name, String yes, String guest, String confirm) {
    app.app()
        .database()
        .dsl()
        .update(Businesses.T)
        .set(Businesses.ASK_FOR_RESOURCE, true)
        .execute();
    app.say("c", request);
    app.say("c", staff);
    app.say("c", name);
    assertThat(app.say("c", yes)).contains("Marta");
    assertThat(app.say("c", guest)).isEqualTo(confirm);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "is there parking? | yes please, I'm Sam | OK, I've asked a member of the team",
        "gibt es Parkplätze? | ja bitte, ich bin Jonas Weber | In Ordnung, ich habe jemanden",
        "hay parking? | sí por favor, soy Lucía García | De acuerdo, le he pedido a alguien",
      })
  void yes_with_a_name_to_shall_i_ask_a_person_hands_over(
      String question, String yes, String handedOver) {
    app.say("h", question);
    assertThat(app.say("h", yes)).startsWith(handedOver);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "monday or saturday this week | Mon 30 Nov | Sat 28 Nov",
        "Ich hätte gern einen Termin Montag oder Samstag diese Woche | Montag, 30. November"
            + " | Samstag, 28. November",
        "quiero una cita el lunes o el sábado esta semana | lunes 30 de noviembre"
            + " | sábado 28 de noviembre",
      })
  void a_weekday_gone_by_this_week_is_its_next_one(String said, String first, String second) {
    JsonNode reply = app.chat("demo", "w", said).json().get("replies").get(0);
    List<String> options = new ArrayList<>();
    reply.get("options").forEach(o -> options.add(o.asText()));
    assertThat(options).containsExactlyInAnyOrder(first, second);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I need an appointment asap | pedicure yesterday | with Marta please"
            + " | The earliest free times",
        "Ich brauche so bald wie möglich einen Termin | Pediküre am 1. Juni | bei Marta bitte"
            + " | Die frühesten freien Termine",
        "necesito una cita lo antes posible | pedicura el 1 de junio | con Marta por favor"
            + " | Las primeras horas libres",
      })
  void asap_is_forgotten_once_a_day_is_named(
      String asap, String day, String other, String soonest) {
    app.say("s", asap);
    assertThat(app.say("s", day)).doesNotContain(soonest);
    // The day said was past or too far ahead and dropped; the next message still asks for one.
    assertThat(app.say("s", other)).doesNotContain(soonest);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3 manicures on monday at 10 please | each of the others | Ann | yes | Lena"
            + " | What name should I put the second appointment under? | Mia"
            + " | What name should I put the third appointment under?",
        "Ich hätte gern 3 Pediküre am Montag um 10 | die weiteren | Jonas Weber | ja | Lena"
            + " | Auf welchen Namen darf ich den zweiten Termin eintragen? | Mia"
            + " | Auf welchen Namen darf ich den dritten Termin eintragen?",
        "quiero 3 manicuras el lunes a las 10 | las demás | Lucía García | sí | Sofía"
            + " | ¿A nombre de quién pongo la segunda cita? | Mia"
            + " | ¿A nombre de quién pongo la tercera cita?",
      })
  void a_party_of_three_names_each_persons_appointment_by_its_number(
      String request,
      String others,
      String name,
      String yes,
      String second,
      String askSecond,
      String third,
      String askThird) {
    assertThat(app.say("p", request)).contains(others);
    app.say("p", name);
    assertThat(app.say("p", yes)).endsWith(askSecond);
    app.say("p", second);
    assertThat(app.say("p", yes)).endsWith(askThird);
    app.say("p", third);
    app.say("p", yes);
    assertThat(ChatBookings.starts(app)).hasSize(3);
  }
}
