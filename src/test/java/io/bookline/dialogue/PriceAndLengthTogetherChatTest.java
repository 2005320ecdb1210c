package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box test report: "was kostet eine Pediküre und wie lange dauert sie?" was answered
 * "Pediküre (60 Min., 40,00 €). Pediküre dauert 60 Min.", the length said twice. The price answer
 * names the length already, so it is said once, in English, German and Spanish, over the web chat
 * on Postgres. Friday 27 Nov 2026, 10:00; the demo studio.
 */
class PriceAndLengthTogetherChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "how much is a pedicure and how long does it take? | Pedicure (60 min, 40.00 EUR).",
        "was kostet eine Pediküre und wie lange dauert sie? | Pediküre (60 Min., 40,00 €).",
        "¿cuánto cuesta una pedicura y cuánto dura? | Pedicura (60 min, 40,00 €).",
      })
  void price_and_length_asked_together_say_the_length_once(String question, String answer) {
    assertThat(app.say("q", question)).isEqualTo(answer);
  }
}
