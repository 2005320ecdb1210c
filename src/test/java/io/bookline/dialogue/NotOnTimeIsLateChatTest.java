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
 * "Not on time" is running late, never a cancellation, whichever cannot-keep verb it follows ("ich
 * komme nicht pünktlich", "I can't make it on time", "no puedo venir puntual"), over the web chat
 * on Postgres: the bot does not offer to cancel and a yes after it cancels nothing. The same verbs
 * without "on time" still offer to cancel. Friday 27 Nov 2026, 10:00; the demo studio; the
 * customer's Pedicure is on Mon 30 Nov at 11:00.
 */
class NotOnTimeIsLateChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE | ich komme nicht pünktlich",
        "DE | ich komme nicht rechtzeitig, eher 10 Minuten später",
        "EN | I won't be on time",
        "EN | I can't make it on time, I'll be 10 minutes late",
        "EN | I won't make it in time",
        "ES | no llego puntual",
        "ES | no puedo venir puntual, llego 10 minutos tarde",
      })
  void not_on_time_does_not_offer_to_cancel_and_keeps_the_booking(String language, String said) {
    String user = "late" + language + said.length();
    chat.bookPedicureOnMonday30November(user, language, 11);
    assertThat(app.say(user, said).toLowerCase(Locale.ROOT))
        .doesNotContain("cancel your", "absagen?", "¿quieres cancelar");
    app.say(user, ChatSteps.yes(language));
    assertThat(chat.statuses()).containsExactly("confirmed");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE | ich komme nicht | absagen?",
        "EN | I can't make it | cancel your",
        "ES | no puedo venir | ¿Quieres cancelar",
      })
  void the_same_verbs_without_on_time_still_offer_to_cancel(
      String language, String said, String offer) {
    String user = "gone" + language;
    chat.bookPedicureOnMonday30November(user, language, 11);
    assertThat(app.say(user, said)).containsIgnoringCase(offer);
  }
}
