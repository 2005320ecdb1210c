package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Everyday phrasings customers wrote that were still read wrong, each in English, German and
 * Spanish, over the web chat on Postgres (ADR 0057). Monday 23 Nov 2026, 08:00; the demo studio
 * (Mon–Fri 9–18, Anna and Marta); a customer's Pedicure is on Mon 30 Nov at 11:00 with Anna.
 */
class EverydayPhrasingsChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** Books the Pedicure on Mon 30 Nov at 11:00 in the customer's language. */
  void bookMonday(String user, String language) {
    switch (language) {
      case "DE" -> {
        app.say(user, "Ich hätte gern eine Pediküre am 30. November um 11 Uhr");
        app.say(user, "Jonas Weber");
        assertThat(app.say(user, "ja")).startsWith("Gebucht!");
      }
      case "ES" -> {
        app.say(user, "quiero una pedicura el 30 de noviembre a las 11");
        app.say(user, "Lucía García");
        assertThat(app.say(user, "sí")).startsWith("¡Reservado!");
      }
      default -> {
        app.say(user, "pedicure on 30 november at 11am");
        app.say(user, "Ann Lee");
        assertThat(app.say(user, "yes")).startsWith("Booked!");
      }
    }
  }

  OffsetDateTime start() {
    return app.app()
        .database()
        .dsl()
        .select(Bookings.STARTS_AT)
        .from(Bookings.T)
        .fetchSingle(Bookings.STARTS_AT);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | an hour and a half later        | 12:30",
        "EN | one and a half hours earlier    | 09:30",
        "EN | 90 minutes later                | 12:30",
        "EN | later by an hour                | 12:00",
        "EN | can you push it back by 30 minutes? | 11:30",
        "EN | could I come 1.5 hours later?   | 12:30",
        "DE | anderthalb Stunden später       | 12:30",
        "DE | eineinhalb Stunden früher       | 09:30",
        "DE | um eine Stunde später           | 12:00",
        "DE | 90 Minuten später               | 12:30",
        "DE | kann ich 1,5 Stunden später kommen? | 12:30",
        "ES | una hora y media más tarde      | 12:30",
        "ES | hora y media antes              | 09:30",
        "ES | 90 minutos después              | 12:30",
        "ES | una hora más tarde              | 12:00",
      })
  void a_compound_or_postposed_amount_moves_the_booking_by_that_much(
      String language, String said, String to) {
    bookMonday("c" + language, language);
    String expected =
        switch (language) {
          case "DE" ->
              "Ihren Termin für Pediküre von Montag, 30. November um 11:00 auf Montag, 30. November"
                  + " um "
                  + to
                  + " bei Anna verschieben?";
          case "ES" ->
              "¿Cambio tu Pedicura del lunes 30 de noviembre a las 11:00 al lunes 30 de noviembre a"
                  + " las "
                  + to
                  + " con Anna?";
          default ->
              "Move your Pedicure from Mon 30 Nov at 11:00 to Mon 30 Nov at " + to + " with Anna?";
        };
    assertThat(app.say("c" + language, said)).isEqualTo(expected);
    assertThat(
            app.say(
                "c" + language,
                language.equals("EN") ? "yes" : language.equals("DE") ? "ja" : "sí"))
        .containsAnyOf("Done!", "Erledigt!", "¡Listo!");
    assertThat(start().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-11-30T" + to + ":00+01:00").toInstant());
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure tomorrow at 10 | an hour and a half later | Pedicure on Tue 24 Nov at 11:30"
            + " is free.",
        "DE | Ich hätte gern eine Pediküre morgen um 10 | anderthalb Stunden später | Pediküre am"
            + " Dienstag, 24. November um 11:30 ist frei.",
        "ES | quiero una pedicura mañana a las 10 | hora y media más tarde | Pedicura el martes 24"
            + " de noviembre a las 11:30 está libre.",
      })
  void during_a_booking_a_compound_amount_moves_the_time_held(
      String language, String ask, String said, String expected) {
    app.say("k" + language, ask);
    assertThat(app.say("k" + language, said)).startsWith(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | next week tuesday or thursday      | Which would you prefer: Tue 1 Dec or"
            + " Thu 3 Dec? | Tue 1 Dec | Thu 3 Dec",
        "EN | tuesday or thursday next week      | Which would you prefer: Tue 1 Dec or"
            + " Thu 3 Dec? | Tue 1 Dec | Thu 3 Dec",
        "DE | Ich hätte gern einen Termin nächste Woche Dienstag oder Donnerstag | Was wäre Ihnen"
            + " lieber: Dienstag, 1. Dezember oder Donnerstag, 3. Dezember? | Dienstag, 1. Dezember"
            + " | Donnerstag, 3. Dezember",
        "DE | Ich hätte gern einen Termin am Dienstag oder Donnerstag nächste Woche | Was wäre"
            + " Ihnen lieber: Dienstag, 1. Dezember oder Donnerstag, 3. Dezember? | Dienstag, 1."
            + " Dezember | Donnerstag, 3. Dezember",
        "ES | quiero una cita el martes o el jueves de la semana que viene | ¿Qué prefieres:"
            + " el martes 1 de diciembre o el jueves 3 de diciembre? | martes 1 de diciembre |"
            + " jueves 3 de diciembre",
        "ES | quiero una cita la próxima semana martes o jueves | ¿Qué prefieres: el martes 1"
            + " de diciembre o el jueves 3 de diciembre? | martes 1 de diciembre | jueves 3 de"
            + " diciembre",
      })
  void two_weekdays_with_next_week_offer_next_weeks_two_days(
      String language, String said, String question, String first, String second) {
    TestApp.Response asked = app.chat("demo", "w" + language, said);
    JsonNode reply = asked.json().get("replies").get(0);
    assertThat(reply.get("text").asText()).endsWith(question);
    List<String> options = new ArrayList<>();
    reply.get("options").forEach(o -> options.add(o.asText()));
    assertThat(options).containsExactly(first, second);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | bye             | pedicure please              | Bye! Have a nice day!"
            + "       | Which day would you like your Pedicure? | OK, nothing booked. Bye!",
        // Right after a hello, "ciao" greets again; mid-booking it ends the booking (ADR 0110).
        "EN | ciao            | pedicure please              | Hi! This is Demo Nail Studio. I can"
            + " book an appointment for you: Basic Manicure, Gel Manicure, Pedicure. What would you"
            + " like? | Which day would you like your Pedicure? | OK, nothing booked. Bye!",
        "DE | tschüss         | Ich hätte gern eine Pediküre | Tschüss! Einen schönen Tag"
            + " noch! | Für welchen Tag möchten Sie Pediküre buchen? | In Ordnung, nichts gebucht."
            + " Tschüss!",
        "DE | Tschüs!         | Ich hätte gern eine Pediküre | Tschüss! Einen schönen Tag"
            + " noch! | Für welchen Tag möchten Sie Pediküre buchen? | In Ordnung, nichts gebucht."
            + " Tschüss!",
        "DE | ciao            | Ich hätte gern eine Pediküre | Hallo! Hier ist Demo Nail Studio."
            + " Ich kann gern einen Termin für Sie buchen: Klassische Maniküre, Gel-Maniküre,"
            + " Pediküre. Was möchten Sie? | Für welchen Tag möchten Sie Pediküre buchen? | In"
            + " Ordnung, nichts gebucht. Tschüss!",
        "ES | adiós           | quiero una pedicura          | ¡Adiós! ¡Que tengas un buen día!"
            + "     | ¿Para qué día quieres tu Pedicura? | De acuerdo, no he reservado nada. ¡Adiós!",
        "ES | chao            | quiero una pedicura          | ¡Adiós! ¡Que tengas un buen día!"
            + "     | ¿Para qué día quieres tu Pedicura? | De acuerdo, no he reservado nada. ¡Adiós!",
        "ES | hasta luego     | quiero una pedicura          | ¡Adiós! ¡Que tengas un buen día!"
            + "     | ¿Para qué día quieres tu Pedicura? | De acuerdo, no he reservado nada. ¡Adiós!",
      })
  void a_bare_goodbye_says_goodbye_at_rest_and_ends_a_booking_mid_way_in_each_language(
      String language, String bye, String book, String atRest, String midBooking, String ended) {
    // A farewell is answered with one, and ends a booking being set up (ADR 0092).
    // A first message in the chat's language, so the goodbye is read in it.
    app.say(
        "r" + language, language.equals("EN") ? "hi" : language.equals("DE") ? "Hallo" : "Hola");
    assertThat(app.say("r" + language, bye)).isEqualTo(atRest);
    assertThat(app.say("m" + language, book)).isEqualTo(midBooking);
    assertThat(app.say("m" + language, bye)).isEqualTo(ended);
  }

  String status() {
    return app.app()
        .database()
        .dsl()
        .select(Bookings.STATUS)
        .from(Bookings.T)
        .fetchSingle(Bookings.STATUS);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | I can't on Monday         | Cancel your Pedicure on Mon 30 Nov at 11:00 with Anna?",
        "EN | I cannot on monday, sorry | Cancel your Pedicure on Mon 30 Nov at 11:00 with Anna?",
        "DE | ich kann am Montag nicht  | Möchten Sie Pediküre am Montag, 30. November um 11:00"
            + " bei Anna absagen?",
        "ES | no puedo el lunes         | ¿Quieres cancelar Pedicura el lunes 30 de noviembre a"
            + " las 11:00 con Anna?",
        "ES | el lunes no puedo         | ¿Quieres cancelar Pedicura el lunes 30 de noviembre a"
            + " las 11:00 con Anna?",
        "ES | no podré el lunes a las 11 | ¿Quieres cancelar Pedicura el lunes 30 de noviembre a"
            + " las 11:00 con Anna?",
        "ES | lo siento, el lunes no puedo | ¿Quieres cancelar Pedicura el lunes 30 de noviembre"
            + " a las 11:00 con Anna?",
      })
  void cannot_on_a_day_offers_to_cancel_that_booking_and_asks_first(
      String language, String said, String question) {
    bookMonday("n" + language, language);
    assertThat(app.say("n" + language, said)).isEqualTo(question);
    assertThat(status()).isEqualTo("confirmed");
    app.say("n" + language, language.equals("EN") ? "yes" : language.equals("DE") ? "ja" : "sí");
    assertThat(status()).isEqualTo("cancelled");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | I can't on Monday, can we do Wednesday? | Free times for Pedicure on Wed 25 Nov:",
        "ES | no puedo el lunes, ¿puede ser el miércoles? | Horas libres para Pedicura el miércoles"
            + " 25 de noviembre:",
        "ES | el lunes no puedo, ¿mejor el miércoles? | Horas libres para Pedicura el miércoles 25"
            + " de noviembre:",
      })
  void cannot_on_a_day_with_another_day_moves_the_booking(
      String language, String said, String offer) {
    bookMonday("v" + language, language);
    assertThat(app.say("v" + language, said)).startsWith(offer);
    assertThat(status()).isEqualTo("confirmed");
  }
}
