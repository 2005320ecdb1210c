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
 * "Next weekend" is the weekend of next week and is placed like "this weekend" (ADR 0066, 0073):
 * the demo studio opens on Saturdays only, so Saturday's times are offered instead of asking which
 * day. English, German and Spanish over the web chat on Postgres; Monday 23 Nov 2026, 08:00 (this
 * weekend is 28/29 Nov, next weekend 5/6 Dec).
 */
class NextWeekendChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure next weekend                               | Sat 5 Dec",
        "EN | can I get a pedicure the weekend after next?        | Sat 12 Dec",
        "DE | Ich hätte gern eine Pediküre nächstes Wochenende    | Samstag, 5. Dezember",
        "DE | Ich hätte gern eine Pediküre übernächstes Wochenende | Samstag, 12. Dezember",
        "ES | quiero una pedicura el próximo fin de semana        | sábado 5 de diciembre",
      })
  void next_weekend_with_only_saturday_open_offers_that_saturdays_times(
      String language, String said, String saturday) {
    TestApp.Response r = app.chat("demo", "nw" + language + said.length(), said);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode reply = r.json().get("replies").get(0);
    assertThat(reply.get("text").asText()).contains(saturday).doesNotContain("Sun", "Sonntag");
    List<String> options = new ArrayList<>();
    reply.get("options").forEach(o -> options.add(o.asText()));
    assertThat(options).isNotEmpty().first().isEqualTo("10:00");
  }
}
