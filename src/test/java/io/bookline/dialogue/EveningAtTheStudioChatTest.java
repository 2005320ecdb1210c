package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA chat on the demo (web chat, Postgres) on Friday 27 Nov 2026 at 19:00, after the studio has
 * closed: "Today" is no day option any more, a goodbye wishes a nice evening, and "ok" said after
 * the greeting is nodded to, not greeted again, while "ok" as the first words is greeted. English,
 * German, Spanish.
 */
class EveningAtTheStudioChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @BeforeEach
  void fridayEvening() {
    // Monday 23 Nov 08:00 + 4 days 11 hours = Friday 27 Nov 19:00.
    app.clock().advance(Duration.ofDays(4).plusHours(11));
  }

  List<String> lastOptions(String user, String text) {
    JsonNode replies = app.chat("demo", user, text).json().get("replies");
    List<String> out = new ArrayList<>();
    replies.get(replies.size() - 1).path("options").forEach(o -> out.add(o.asText()));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure on 30 nov at 11 | yes | I want to move my appointment | Today | Tomorrow",
        "DE | Ich hätte gern eine Pediküre am 30. November um 11 Uhr | ja | Ich möchte meinen"
            + " Termin verschieben | Heute | Morgen",
        "ES | quiero una pedicura el 30 de noviembre a las 11 | sí | quiero cambiar mi cita | Hoy"
            + " | Mañana"
      })
  void a_day_with_no_time_left_is_not_offered(
      String language, String book, String yes, String move, String today, String tomorrow) {
    String user = "d" + language;
    app.say(user, book);
    app.say(user, "Pia");
    app.say(user, yes);
    List<String> days = lastOptions(user, move);
    assertThat(days).isNotEmpty().doesNotContain(today);
    assertThat(days).first().isEqualTo(tomorrow);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "thanks  | You're welcome! Have a nice evening!",
        "danke   | Gern geschehen! Einen schönen Abend noch!",
        "gracias | ¡De nada! ¡Que tengas una buena noche!"
      })
  void a_goodbye_after_six_wishes_a_nice_evening(String said, String answer) {
    assertThat(app.say("g" + said, said)).isEqualTo(answer);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hi    | k     | 👍 Anything else I can help with?",
        "hi    | sure  | 👍 Anything else I can help with?",
        "hi    | ok    | 👍 Anything else I can help with?",
        "hallo | passt | 👍 Kann ich sonst noch etwas für Sie tun?",
        "hallo | ok    | 👍 Kann ich sonst noch etwas für Sie tun?",
        "hola  | vale  | 👍 ¿Te puedo ayudar en algo más?"
      })
  void ok_after_the_greeting_is_nodded_to_not_greeted_again(
      String hello, String ok, String answer) {
    String user = "o" + hello + ok;
    assertThat(app.say(user, hello)).doesNotStartWith("👍");
    assertThat(app.say(user, ok)).isEqualTo(answer);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ok   | Hi! This is Demo Nail Studio.",
        "vale | ¡Hola! Somos Demo Nail Studio.",
        "yes  | Hi! This is Demo Nail Studio."
      })
  void ok_as_the_first_words_is_greeted_not_nodded_to(String ok, String greeting) {
    assertThat(app.say("first" + ok, ok)).startsWith(greeting);
  }
}
