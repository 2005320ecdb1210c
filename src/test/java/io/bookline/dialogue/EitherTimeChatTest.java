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
 * Two times said as alternatives, "around 4 or 5" (ADR 0109): both are candidates. Both free: both
 * offered with a button each, and a tap takes that one; one free (the studio closes at 18:00, so "5
 * or 6" has only 17:00): the other is said not free and the free one goes on to the name question.
 * Over the web chat on Postgres in English, German and Spanish; Friday 27 Nov 2026, 10:00; the demo
 * studio (Mon–Fri 9–18), Tuesday 1 December empty.
 */
class EitherTimeChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel manicure tuesday around 4 or 5 | 16:00 and 17:00 are both free. Which would you"
            + " prefer? | Gel Manicure on Tue 1 Dec at 17:00 is free.",
        "so gegen 4 oder 5 eine Gel-Maniküre am Dienstag | 16:00 und 17:00 sind beide frei. Was"
            + " wäre Ihnen lieber? | Gel-Maniküre am Dienstag, 1. Dezember um 17:00 ist frei.",
        "manicura de gel el martes sobre las 4 o las 5 | Las 16:00 y las 17:00 están libres. ¿Qué"
            + " prefieres? | Manicura de gel el martes 1 de diciembre a las 17:00 está libre.",
      })
  void both_times_free_are_both_offered_and_a_tap_takes_one(
      String said, String question, String held) {
    String user = "b" + said.length();
    JsonNode reply = app.chat("demo", user, said).json().get("replies").get(0);
    assertThat(reply.get("text").asText()).endsWith(question);
    assertThat(options(reply)).containsExactly("16:00", "17:00");
    assertThat(app.say(user, "17:00")).startsWith(held);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "gel manicure tuesday around 5 or 6 | 18:00 is not free. Gel Manicure on Tue 1 Dec at"
            + " 17:00 is free.",
        "so gegen 5 oder 6 eine Gel-Maniküre am Dienstag | 18:00 ist leider nicht frei."
            + " Gel-Maniküre am Dienstag, 1. Dezember um 17:00 ist frei.",
        "manicura de gel el martes sobre las 5 o las 6 | Las 18:00 no están libres. Manicura de gel"
            + " el martes 1 de diciembre a las 17:00 está libre.",
      })
  void one_time_free_of_the_two_goes_on_as_the_time_wished(String said, String reply) {
    assertThat(app.say("o" + said.length(), said)).startsWith(reply);
  }

  private static List<String> options(JsonNode reply) {
    List<String> out = new ArrayList<>();
    for (JsonNode o : reply.path("options")) {
      out.add(o.isTextual() ? o.asText() : o.path("title").asText());
    }
    return out;
  }
}
