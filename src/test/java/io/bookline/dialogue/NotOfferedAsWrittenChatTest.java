package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA chat on the demo (web chat, Postgres): a kind of service the studio does not offer is quoted
 * back whole, as the customer wrote it ("eyelash extensions", not "eyelash"). English, German,
 * Spanish.
 */
class NotOfferedAsWrittenChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "do you do eyelash extensions?     | Sorry, we don't offer \"eyelash extensions\".",
        "eyelash extensions please         | Sorry, we don't offer \"eyelash extensions\".",
        "do you do eyelashes?              | Sorry, we don't offer \"eyelashes\".",
        "macht ihr Wimpernverlängerungen?  | „Wimpernverlängerungen“ bieten wir leider nicht an.",
        "¿hacéis extensiones de pestañas?  | Lo siento, no ofrecemos «extensiones de pestañas».",
        "quiero pestañas                   | Lo siento, no ofrecemos «pestañas»."
      })
  void the_kind_not_offered_is_quoted_as_written(String said, String answer) {
    assertThat(app.say("n" + said.hashCode(), said)).startsWith(answer);
  }
}
