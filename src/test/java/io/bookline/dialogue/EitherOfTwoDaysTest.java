package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat review, over the web chat on Postgres: "I'm free tuesday or thursday after 3" is asked back
 * with the two days named as the bot names days and one option each, not in the customer's own
 * spelling without options, when no service is known yet; an option taken goes on with that day.
 * With a service said, either day will do: the first of them with free times after 3 is offered
 * (ADR 0113). Friday 27 Nov 2026, 08:00; the demo studio.
 */
class EitherOfTwoDaysTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  private TestApp.Response chat(String user, String text) {
    return app.chat("demo", user, text);
  }

  private static List<String> options(TestApp.Response r) {
    List<String> out = new ArrayList<>();
    r.json().get("replies").get(0).get("options").forEach((JsonNode o) -> out.add(o.asText()));
    return out;
  }

  private static String text(TestApp.Response r) {
    return r.json().get("replies").get(0).get("text").asText();
  }

  @Test
  void two_days_joined_by_or_are_named_as_dates_with_an_option_each_in_each_language() {
    app.clock().advance(Duration.ofDays(4));
    TestApp.Response asked =
        chat("ada", "Do you have availability next week? I'm free tuesday or thursday after 3");
    assertThat(text(asked)).endsWith("Which would you prefer: Tue 1 Dec or Thu 3 Dec?");
    assertThat(options(asked)).containsExactly("Tue 1 Dec", "Thu 3 Dec");

    TestApp.Response de = chat("jonas", "Ich hätte gern einen Termin am Dienstag oder Donnerstag");
    assertThat(text(de))
        .endsWith("Was wäre Ihnen lieber: Dienstag, 1. Dezember oder Donnerstag, 3. Dezember?");
    assertThat(options(de)).containsExactly("Dienstag, 1. Dezember", "Donnerstag, 3. Dezember");

    TestApp.Response es = chat("lucia", "Quiero una cita el martes o jueves");
    assertThat(text(es))
        .endsWith("¿Qué prefieres: el martes 1 de diciembre o el jueves 3 de diciembre?");
    assertThat(options(es)).containsExactly("martes 1 de diciembre", "jueves 3 de diciembre");
  }

  @Test
  void with_a_service_the_first_of_two_days_with_free_times_is_offered_in_each_language() {
    app.clock().advance(Duration.ofDays(4));
    assertThat(
            text(
                chat(
                    "ada",
                    "Do you have availability next week for a pedicure? I'm free tuesday or"
                        + " thursday after 3")))
        .startsWith("Free times for Pedicure on Tue 1 Dec after 15:00:");
    assertThat(
            text(
                chat(
                    "jonas",
                    "Ich hätte gern eine Pediküre am Dienstag oder Donnerstag nach 15 Uhr")))
        .startsWith("Freie Termine für Pediküre am Dienstag, 1. Dezember nach 15:00:");
    assertThat(text(chat("lucia", "Quiero una pedicura el martes o jueves después de las 15")))
        .startsWith("Horas libres para Pedicura el martes 1 de diciembre después de las 15:00:");
  }
}
