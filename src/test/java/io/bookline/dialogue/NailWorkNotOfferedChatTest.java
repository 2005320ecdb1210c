package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: asked whether the studio does nail work it does not
 * offer ("do u do acrylics?", "macht ihr auch Acrylnägel?", "¿hacéis uñas acrílicas?"), the bot
 * says it does not and what it does (ADR 0051), rather than that it cannot answer. The demo studio.
 */
class NailWorkNotOfferedChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | do u do acrylics? | Sorry, we don't offer \"acrylics\".",
        "e2 | do you do polygel? | Sorry, we don't offer \"polygel\".",
        "d1 | macht ihr auch Acrylnägel? | „Acrylnägel“ bieten wir leider nicht an.",
        "s1 | ¿hacéis uñas acrílicas? | Lo siento, no ofrecemos «acrílicas».",
      })
  void nail_work_not_on_offer_is_said_so_with_what_is(String user, String asked, String not) {
    assertThat(app.say(user, asked)).startsWith(not).doesNotContain("team");
  }
}
