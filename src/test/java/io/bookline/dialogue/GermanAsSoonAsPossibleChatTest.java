package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: German "as soon as possible" in its everyday
 * phrasings offers the soonest free times, as "as soon as possible" and "lo antes posible" do,
 * instead of asking for a day. Friday 27 Nov 2026, 10:00; the demo studio.
 */
class GermanAsSoonAsPossibleChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "d1 | So schnell wie möglich eine Pediküre",
        "d2 | so bald wie möglich eine Pediküre bitte",
        "d3 | Pediküre schnellstmöglich",
        "d4 | Pediküre asap",
        "d5 | eine Pediküre, möglichst schnell",
        "d6 | ich brauche schnellstens eine Pediküre",
        "e1 | a pedicure as soon as possible",
        "s1 | una pedicura lo antes posible",
      })
  void asap_offers_the_soonest_times(String user, String asked) {
    String reply = app.say(user, asked);
    assertThat(reply)
        .doesNotContain("Für welchen Tag")
        .doesNotContain("Which day")
        .doesNotContain("¿Qué día")
        .containsPattern("\\d\\d:\\d\\d");
  }
}
