package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Services;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record4;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A manicure and a pedicure for me and my daughter": each person gets each service (ADR 0058,
 * 0066), in English, German and Spanish over the web chat on Postgres. Monday 23 Nov 2026, 08:00;
 * the demo studio (Mon–Fri 9–18, Sat 10–14; Anna and Marta).
 */
class PartyWithTwoServicesChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  JsonNode reply(String user, String said) {
    TestApp.Response r = app.chat("demo", user, said);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("replies").get(0);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | a manicure and a pedicure for me and my daughter on friday at 10 | yes | Ann Lee"
            + " | Lena | Shall I book that for each of you too, yours first?",
        "DE | eine Maniküre und eine Pediküre für mich und meine Tochter am Freitag um 10 | ja"
            + " | Jonas Weber | Lea | Soll ich das auch für jede Person buchen, Ihren Termin"
            + " zuerst?",
        "ES | una manicura y una pedicura para mí y mi hija el viernes a las 10 | sí"
            + " | Lucía García | Sofía | ¿Lo reservo también para cada persona, primero el tuyo?",
      })
  void both_people_get_both_services_and_nobody_sits_in_two_chairs_at_once(
      String language, String ask, String yes, String customer, String guest, String forAll) {
    String user = "p" + language;
    List<String> said = new ArrayList<>();
    JsonNode r = reply(user, ask);
    for (int turn = 0; turn < 14; turn++) {
      String text = r.get("text").asText();
      said.add(text);
      if (!text.endsWith("?")) {
        break;
      }
      String answer;
      if (text.endsWith("second appointment under?")
          || text.endsWith("zweiten Termin eintragen?")
          || text.endsWith("segunda cita?")) {
        answer = guest;
      } else if (text.endsWith("under?")
          || text.endsWith("eintragen?")
          || text.endsWith("reserva?")) {
        answer = customer;
      } else if (r.get("options").size() > 2) {
        answer = r.get("options").get(0).asText(); // the first time offered
      } else {
        answer = yes;
      }
      r = reply(user, answer);
    }
    assertThat(String.join("\n", said)).contains(forAll);

    // Each person: one Basic Manicure and one Pedicure, the two not overlapping.
    Map<String, List<Record4<String, String, OffsetDateTime, OffsetDateTime>>> byPerson =
        new HashMap<>();
    app.app()
        .database()
        .dsl()
        .select(Bookings.GUEST_NAME, Services.NAME, Bookings.STARTS_AT, Bookings.ENDS_AT)
        .from(Bookings.T)
        .join(Services.T)
        .on(Services.ID.eq(Bookings.SERVICE_ID))
        .where(Bookings.STATUS.eq("confirmed"))
        .fetch()
        .forEach(
            b ->
                byPerson
                    .computeIfAbsent(b.value1() == null ? "" : b.value1(), k -> new ArrayList<>())
                    .add(b));
    assertThat(byPerson).as(String.join("\n", said)).containsOnlyKeys("", guest);
    for (var bookings : byPerson.values()) {
      assertThat(bookings.stream().map(Record4::value2))
          .containsExactlyInAnyOrder("Basic Manicure", "Pedicure");
      var a = bookings.get(0);
      var b = bookings.get(1);
      assertThat(a.value3().isBefore(b.value4()) && b.value3().isBefore(a.value4())).isFalse();
    }
  }
}
