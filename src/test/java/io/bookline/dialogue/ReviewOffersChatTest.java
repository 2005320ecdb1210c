package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Times a customer review of the demo studio found offered wrong (ADR 0066), each in English,
 * German and Spanish over the web chat on Postgres. Monday 23 Nov 2026, 08:00; the demo studio
 * (Mon–Fri 9–18, Sat 10–14, closed on Sundays; Anna and Marta).
 */
class ReviewOffersChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  JsonNode reply(String user, String said) {
    TestApp.Response r = app.chat("demo", user, said);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("replies").get(0);
  }

  List<String> options(JsonNode reply) {
    List<String> out = new ArrayList<>();
    reply.get("options").forEach(o -> out.add(o.asText()));
    return out;
  }

  String yes(String language) {
    return language.equals("EN") ? "yes" : language.equals("DE") ? "ja" : "sí";
  }

  /** The owner's week: Mon–Fri 9–18, and 10–14 on the weekend days given (6 Sat, 7 Sun). */
  void openWeekdaysAnd(int... weekend) {
    StringBuilder week = new StringBuilder("[");
    for (int day = 1; day <= 5; day++) {
      week.append(day > 1 ? "," : "")
          .append("{\"weekday\":")
          .append(day)
          .append(",\"opens\":\"09:00\",\"closes\":\"18:00\"}");
    }
    for (int day : weekend) {
      week.append(",{\"weekday\":")
          .append(day)
          .append(",\"opens\":\"10:00\",\"closes\":\"14:00\"}");
    }
    TestApp.Response put =
        app.as(TestApp.ADMIN_KEY, "demo").put("/api/hours", week.append("]").toString());
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure this weekend                            | Sat 28 Nov",
        "EN | can I get a pedicure on the weekend?             | Sat 28 Nov",
        "DE | Ich hätte gern eine Pediküre dieses Wochenende   | Samstag, 28. November",
        "DE | Ich hätte gern eine Pediküre am Wochenende       | Samstag, 28. November",
        "ES | quiero una pedicura este fin de semana           | sábado 28 de noviembre",
      })
  void the_weekend_with_only_saturday_open_offers_saturdays_times(
      String language, String said, String saturday) {
    JsonNode reply = reply("w" + language, said);
    assertThat(reply.get("text").asText()).contains(saturday).doesNotContain("Sun", "Sonntag");
    assertThat(options(reply)).isNotEmpty().first().isEqualTo("10:00");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure this weekend | We're closed at the weekend. The next free day is Mon 30"
            + " Nov: 09:00",
        "DE | Ich hätte gern eine Pediküre dieses Wochenende | Am Wochenende haben wir geschlossen."
            + " Der nächste freie Tag ist Montag, 30. November: 09:00",
        "ES | quiero una pedicura este fin de semana | El fin de semana estamos cerrados. El"
            + " próximo día libre es el lunes 30 de noviembre: 09:00",
      })
  void a_closed_weekend_is_said_honestly_with_the_next_open_days_times(
      String language, String said, String answer) {
    openWeekdaysAnd();
    JsonNode reply = reply("c" + language, said);
    assertThat(reply.get("text").asText()).contains(answer);
    assertThat(options(reply)).first().isEqualTo("09:00");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure this weekend | Which would you prefer: Sat 28 Nov or Sun 29 Nov?",
        "DE | Ich hätte gern eine Pediküre dieses Wochenende | Was wäre Ihnen lieber: Samstag, 28."
            + " November oder Sonntag, 29. November?",
        "ES | quiero una pedicura este fin de semana | ¿Qué prefieres: el sábado 28 de noviembre o"
            + " el domingo 29 de noviembre?",
      })
  void a_weekend_open_on_both_days_offers_the_two_days(
      String language, String said, String question) {
    openWeekdaysAnd(6, 7);
    JsonNode reply = reply("b" + language, said);
    assertThat(reply.get("text").asText()).endsWith(question);
    assertThat(options(reply)).hasSize(2);
  }

  /** Books the Pedicure on Mon 30 Nov at 11:00 in the customer's language. */
  void bookMonday(String user, String language) {
    switch (language) {
      case "DE" -> {
        app.say(user, "Ich hätte gern eine Pediküre am 30. November um 11 Uhr");
        app.say(user, "Jonas Weber");
      }
      case "ES" -> {
        app.say(user, "quiero una pedicura el 30 de noviembre a las 11");
        app.say(user, "Lucía García");
      }
      default -> {
        app.say(user, "pedicure on 30 november at 11am");
        app.say(user, "Ann Lee");
      }
    }
    assertThat(app.say(user, yes(language))).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | a basic manicure on 30 november around 11",
        "EN | a basic manicure on monday 30 november",
        "DE | Ich hätte gern eine Maniküre am 30. November gegen 11 Uhr",
        "DE | Ich hätte gern eine Maniküre am 30. November",
        "ES | quiero una manicura el 30 de noviembre sobre las 11",
        "ES | quiero una manicura el 30 de noviembre",
      })
  void times_that_overlap_the_customers_own_booking_are_not_offered(String language, String said) {
    bookMonday("o" + language, language);
    JsonNode reply = reply("o" + language, said);
    assertThat(options(reply)).isNotEmpty().doesNotContain("11:00", "11:15", "11:30", "11:45");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | a basic manicure on 30 november at 11:30",
        "DE | Ich hätte gern eine Maniküre am 30. November um 11:30",
        "ES | quiero una manicura el 30 de noviembre a las 11:30",
      })
  void a_time_the_customer_names_beside_their_booking_is_still_theirs_to_take(
      String language, String said) {
    bookMonday("n" + language, language);
    app.say("n" + language, said);
    // Side by side may be meant: the confirmation notes the other booking, as before.
    assertThat(app.say("n" + language, yes(language)))
        .containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
  }
}
