package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Saying one will be late is no cancellation, in English, German and Spanish, over the web chat on
 * Postgres: "ich schaffe es nicht pünktlich" reads like "I'm running late" and "no llego a tiempo",
 * so the bot does not offer to cancel and a yes after it cancels nothing. Friday 27 Nov 2026,
 * 10:00; the demo studio; the customer's Pedicure is on Mon 30 Nov at 11:00.
 */
class RunningLateChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | I'm running late, I'll be 10 minutes late",
        "DE | ich schaffe es nicht pünktlich",
        "DE | ich schaff's nicht pünktlich, komme 10 Minuten später",
        "DE | ich schaffe es leider nicht rechtzeitig",
        "ES | no llego a tiempo, llego 10 minutos tarde",
      })
  void running_late_does_not_offer_to_cancel_and_keeps_the_booking(String language, String said) {
    String user = "late" + language;
    chat.bookPedicureOnMonday30November(user, language, 11);
    assertThat(app.say(user, said).toLowerCase(Locale.ROOT))
        .doesNotContain("cancel your", "absagen?", "¿quieres cancelar");
    app.say(user, ChatSteps.yes(language));
    assertThat(chat.statuses()).containsExactly("confirmed");
  }
}
