package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: "mani + pedi", "mani pedi combo" name two services in
 * English as "mani y pedi" and "Maniküre und Pediküre" do in Spanish and German: the manicure is
 * not dropped for the pedicure; the pedicure waits its turn. Friday 27 Nov 2026, 10:00.
 */
class ManiAndPediInEnglishChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | mani + pedi monday | I'll ask about Pedicure once this one is booked.",
        "e2 | mani pedi combo on monday | I'll ask about Pedicure once this one is booked.",
        "e3 | mani & pedi on monday | I'll ask about Pedicure once this one is booked.",
        "e4 | mani and pedi on monday | I'll ask about Pedicure once this one is booked.",
        "s1 | mani y pedi el lunes | te pregunto por Pedicura.",
        "d1 | maniküre und pediküre am montag | frage ich Sie nach Pediküre.",
      })
  void the_manicure_is_not_dropped_for_the_pedicure(String user, String asked, String queued) {
    String reply = app.say(user, asked);
    assertThat(reply).contains(queued).containsAnyOf("Manicure", "Maniküre", "Manicura");
    assertThat(reply).doesNotStartWith("Free times for Pedicure");
  }
}
