package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Services;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A service no staff member has ticked (ADR 0075): it is not listed or priced as bookable, and a
 * customer who asks for it by name is told plainly that nobody does it at the moment, in their
 * language; the booking goes on with what can be booked instead of circling on "nothing free". Over
 * the web chat on Postgres; the owner adds the service through the owner API. Monday 23 Nov 2026,
 * 08:00; the demo studio (Anna and Marta, who do nails only).
 */
class UnstaffedServiceChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  void massageNobodyDoes() {
    var service =
        app.as(TestApp.ADMIN_KEY, "demo")
            .post(
                "/api/services",
                """
                {"name": "Hot Stone Massage", "durationMinutes": 60, "price": 55,
                 "synonyms": ["massage"],
                 "names": {"de": "Hot-Stone-Massage", "es": "Masaje con piedras calientes"},
                 "synonymsByLanguage": {"es": ["masaje"]}}""");
    assertThat(service.status()).as(service.body()).isEqualTo(201);
  }

  JsonNode reply(String user, String said) {
    TestApp.Response r = app.chat("demo", user, said);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("replies").get(0);
  }

  static List<String> options(JsonNode reply) {
    List<String> out = new ArrayList<>();
    reply.get("options").forEach(o -> out.add(o.asText()));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | Hi | how much is a massage? | I'd like a massage tomorrow at 10 | a pedicure then"
            + " | Lena | yes | Hot Stone Massage"
            + " | We don't have anyone for Hot Stone Massage at the moment, I'm afraid."
            + " | Basic Manicure, Gel Manicure, Pedicure | Booked! Pedicure on Tue 24 Nov at 10:00",
        "DE | Hallo | Was kostet eine Massage? | Ich möchte morgen um 10 eine Massage"
            + " | dann eine Pediküre | Jonas | ja | Hot-Stone-Massage"
            + " | Für Hot-Stone-Massage haben wir im Moment leider niemanden."
            + " | Klassische Maniküre, Gel-Maniküre, Pediküre"
            + " | Gebucht! Pediküre am Dienstag, 24. November um 10:00",
        "ES | Hola | ¿Cuánto cuesta un masaje? | Quiero un masaje mañana a las 10"
            + " | entonces una pedicura | Lucía | sí | Masaje con piedras calientes"
            + " | Lo siento, ahora mismo no tenemos a nadie para Masaje con piedras calientes."
            + " | Manicura básica, Manicura de gel, Pedicura"
            + " | ¡Reservado! Pedicura el martes 24 de noviembre a las 10:00",
      })
  void a_service_nobody_performs_is_not_offered_and_asking_for_it_gets_an_honest_answer(
      String language,
      String hello,
      String price,
      String book,
      String instead,
      String name,
      String yes,
      String massage,
      String nobody,
      String bookable,
      String booked) {
    massageNobodyDoes();
    String user = "u" + language;
    List<String> bookableNames = List.of(bookable.split(", "));

    // Not offered: the welcome and the price list name only what someone performs.
    JsonNode welcome = reply(user, hello);
    assertThat(welcome.get("text").asText()).contains(bookable).doesNotContain(massage);

    // Asked for by price: the honest sentence, then what can be booked, without its price.
    JsonNode priced = reply(user, price);
    assertThat(priced.get("text").asText()).startsWith(nobody).doesNotContain("55");
    assertThat(options(priced)).containsAll(bookableNames).doesNotContain(massage);

    // Asked for as a booking: the same sentence, and the booking goes on with another service,
    // the day and time kept: no "nothing free", no question that cannot be answered.
    JsonNode asked = reply(user, book);
    assertThat(asked.get("text").asText()).startsWith(nobody).doesNotContain("14");
    assertThat(options(asked)).containsExactlyElementsOf(bookableNames);
    assertThat(reply(user, instead).get("text").asText()).contains("10:00");
    reply(user, name);
    assertThat(reply(user, yes).get("text").asText()).startsWith(booked);

    assertThat(
            app.app()
                .database()
                .dsl()
                .select(Services.NAME)
                .from(Bookings.T)
                .join(Services.T)
                .on(Services.ID.eq(Bookings.SERVICE_ID))
                .where(Bookings.STATUS.eq("confirmed"))
                .fetch(Services.NAME))
        .containsExactly("Pedicure");
  }

  @Test
  void a_service_whose_only_staff_member_leaves_mid_booking_is_said_and_another_asked_for() {
    TestApp.Caller owner = app.as(TestApp.ADMIN_KEY, "demo");
    var service =
        owner.post(
            "/api/services",
            "{\"name\": \"Hot Stone Massage\", \"durationMinutes\": 60, \"price\": 55,"
                + " \"synonyms\": [\"massage\"]}");
    assertThat(service.status()).as(service.body()).isEqualTo(201);
    var lena =
        owner.post(
            "/api/staff",
            "{\"name\": \"Lena\", \"serviceIds\": [" + service.json().get("id").asLong() + "]}");
    assertThat(lena.status()).as(lena.body()).isEqualTo(201);
    assertThat(app.say("ann", "I'd like a massage"))
        .isEqualTo("Which day would you like your Hot Stone Massage?");

    var gone = owner.delete("/api/staff/" + lena.json().get("id").asLong());
    assertThat(gone.status()).as(gone.body()).isLessThan(300);

    assertThat(app.say("ann", "tomorrow"))
        .isEqualTo(
            "We don't have anyone for Hot Stone Massage at the moment, I'm afraid. Got it: Tue 24"
                + " Nov. Which service would you like? Basic Manicure (30 min, 25.00 EUR); Gel"
                + " Manicure (45 min, 35.00 EUR); Pedicure (60 min, 40.00 EUR).");
  }
}
