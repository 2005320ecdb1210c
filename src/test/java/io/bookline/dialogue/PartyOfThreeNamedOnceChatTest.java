package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Services;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three manicures and three pedicures: each guest's name is asked once, for their first service,
 * and reused for their second (ADR 0066), however many people the party has. English, German and
 * Spanish over the web chat on Postgres. Monday 23 Nov 2026, 08:00; the demo studio (Mon–Fri 9–18;
 * Anna and Marta).
 */
class PartyOfThreeNamedOnceChatTest {
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
        "EN | three manicures and three pedicures on friday at 10 | yes | Ann Lee | Lena | Mia"
            + " | second appointment under? | third appointment under? | under?",
        "DE | drei Maniküren und drei Pediküren am Freitag um 10 | ja | Jonas Weber | Lea | Paul"
            + " | zweiten Termin eintragen? | dritten Termin eintragen? | eintragen?",
        "ES | tres manicuras y tres pedicuras el viernes a las 10 | sí | Lucía García | Sofía"
            + " | Mateo | segunda cita? | tercera cita? | reserva?",
      })
  void each_guest_is_named_once_for_both_services(
      String language,
      String ask,
      String yes,
      String customer,
      String second,
      String third,
      String askSecond,
      String askThird,
      String askCustomer) {
    String user = "t" + language;
    List<String> said = new ArrayList<>();
    List<String> guestNamesAsked = new ArrayList<>();
    JsonNode r = reply(user, ask);
    for (int turn = 0; turn < 24; turn++) {
      String text = r.get("text").asText();
      said.add(text);
      if (!text.endsWith("?")) {
        break;
      }
      String answer;
      if (text.endsWith(askSecond)) {
        guestNamesAsked.add(second);
        answer = second;
      } else if (text.endsWith(askThird)) {
        guestNamesAsked.add(third);
        answer = third;
      } else if (text.endsWith(askCustomer)) {
        answer = customer;
      } else if (r.get("options").size() > 2) {
        answer = r.get("options").get(0).asText(); // the first time offered
      } else {
        answer = yes;
      }
      r = reply(user, answer);
    }
    String conversation = String.join("\n", said);
    assertThat(guestNamesAsked).as(conversation).containsExactly(second, third);

    Map<String, List<String>> byPerson = new HashMap<>();
    app.app()
        .database()
        .dsl()
        .select(Bookings.GUEST_NAME, Services.NAME)
        .from(Bookings.T)
        .join(Services.T)
        .on(Services.ID.eq(Bookings.SERVICE_ID))
        .where(Bookings.STATUS.eq("confirmed"))
        .fetch()
        .forEach(
            b ->
                byPerson
                    .computeIfAbsent(b.value1() == null ? "" : b.value1(), k -> new ArrayList<>())
                    .add(b.value2()));
    assertThat(byPerson).as(conversation).containsOnlyKeys("", second, third);
    byPerson
        .values()
        .forEach(
            services ->
                assertThat(services)
                    .as(conversation)
                    .containsExactlyInAnyOrder("Basic Manicure", "Pedicure"));
  }
}
