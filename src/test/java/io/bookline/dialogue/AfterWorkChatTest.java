package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "I work till 3 so anytime after" (ADR 0109): the customer is still at work at 15:00, so the times
 * offered start after it, never at it, and the reply says they are after work. Over the web chat on
 * Postgres, in English, German and Spanish; Friday 27 Nov 2026, 10:00; the demo studio (Mon–Fri
 * 9–18), Tuesday 1 December empty.
 */
class AfterWorkChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel manicure on tuesday, I work till 3 so anytime after | after work (after 15:00)",
        "Gel-Maniküre am Dienstag, ich arbeite bis 3, danach jederzeit | nach der Arbeit (nach"
            + " 15:00)",
        "manicura de gel el martes, trabajo hasta las 3, después cuando sea | después del trabajo"
            + " (después de las 15:00)",
      })
  void working_till_three_offers_times_after_three_and_not_three_itself(
      String said, String afterWork) {
    TestApp.Response r = app.chat("demo", "w" + said.length(), said);
    JsonNode reply = r.json().get("replies").get(0);
    List<String> times = new ArrayList<>();
    for (JsonNode o : reply.path("options")) {
      times.add(o.isTextual() ? o.asText() : o.path("title").asText());
    }
    assertThat(reply.get("text").asText()).contains(afterWork);
    assertThat(times).isNotEmpty().doesNotContain("15:00");
    assertThat(times.get(0)).isIn("15:15", "15:30");
  }
}
