package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A time only turned down ("not 3pm", "nicht um 15 Uhr", "a las 15 no") while times are offered is
 * named back as the bot writes times ("Not 15:00 — which time would suit you instead?"), in the
 * customer's language, over the web chat on Postgres; the service and day already said are kept, so
 * the next time alone books them. Friday 27 Nov 2026, 10:00; the demo studio (Mon–Fri 9–18).
 */
class RefusedTimeNamedBackChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @BeforeEach
  void fridayMorning() {
    app.clock().set(Instant.parse("2026-11-27T09:00:00Z"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | pedicure on monday | not 3pm | Not 15:00 — which time would suit you instead? | 5pm"
            + " | Pedicure on Mon 30 Nov at 17:00 is free.",
        "EN | pedicure on monday | not at 3 | Not 15:00 — which time would suit you instead? | 5pm"
            + " | Pedicure on Mon 30 Nov at 17:00 is free.",
        "DE | Ich hätte gern eine Pediküre am Montag | nicht um 15 Uhr | Nicht um 15:00 — welche"
            + " Uhrzeit passt Ihnen stattdessen? | um 17 Uhr | Pediküre am Montag, 30. November um"
            + " 17:00 ist frei.",
        "ES | quiero una pedicura el lunes | a las 15 no | A las 15:00 no — ¿qué hora te vendría"
            + " bien en su lugar? | a las 17 | Pedicura el lunes 30 de noviembre a las 17:00 está"
            + " libre.",
      })
  void a_time_only_turned_down_is_named_back_and_the_rest_is_kept(
      String language, String ask, String refused, String reply, String instead, String held) {
    String user = "r" + language + refused.length();
    app.say(user, ask);
    assertThat(app.say(user, refused)).contains(reply);
    assertThat(app.say(user, instead)).startsWith(held);
  }
}
