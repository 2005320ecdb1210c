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
 * spelling without options; an option taken offers that day's times. Friday 27 Nov 2026, 08:00; the
 * demo studio.
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
        chat(
            "ada",
            "Do you have availability next week for a pedicure? I'm free tuesday or thursday"
                + " after 3");
    assertThat(text(asked))
        .isEqualTo("Got it: Pedicure after 15:00. Which would you prefer: Tue 1 Dec or Thu 3 Dec?");
    assertThat(options(asked)).containsExactly("Tue 1 Dec", "Thu 3 Dec");
    assertThat(app.say("ada", "Thu 3 Dec"))
        .startsWith("Free times for Pedicure on Thu 3 Dec after 15:00:");

    TestApp.Response de =
        chat("jonas", "Ich hätte gern eine Pediküre am Dienstag oder Donnerstag nach 15 Uhr");
    assertThat(text(de))
        .endsWith("Was wäre Ihnen lieber: Dienstag, 1. Dezember oder Donnerstag, 3. Dezember?");
    assertThat(options(de)).containsExactly("Dienstag, 1. Dezember", "Donnerstag, 3. Dezember");

    TestApp.Response es = chat("lucia", "Quiero una pedicura el martes o jueves después de las 15");
    assertThat(text(es))
        .endsWith("¿Qué prefieres: el martes 1 de diciembre o el jueves 3 de diciembre?");
    assertThat(options(es)).containsExactly("martes 1 de diciembre", "jueves 3 de diciembre");
  }
}
