package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "I'm running late" is understood in English, German and Spanish, over the web chat on Postgres:
 * the bot thanks the customer and tells their booking back, instead of "didn't catch that" or, in
 * Spanish, reading "llego tarde" as the afternoon and starting a booking; a yes after it cancels
 * nothing. Friday 27 Nov 2026, 10:00; the demo studio; the customer's Pedicure is on Mon 30 Nov at
 * 14:00.
 */
class RunningLateToldBackChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | im running 10 min late | Thanks for letting us know. Your appointment: Pedicure on"
            + " Mon 30 Nov at 14:00 with Anna.",
        "EN | I'm running late, be there in 15 | Thanks for letting us know. Your appointment:"
            + " Pedicure on Mon 30 Nov at 14:00 with Anna.",
        "EN | I can't make it on time, I'll be 10 minutes late | Thanks for letting us know.",
        "DE | Ich verspäte mich ca 10 Minuten, sorry! | Danke für die Nachricht. Ihr Termin:"
            + " Pediküre am Montag, 30. November um 14:00 bei Anna.",
        "DE | ich schaffe es nicht pünktlich | Danke für die Nachricht. Ihr Termin:",
        "ES | perdona, llego tarde 10 min | Gracias por avisar. Tu cita: Pedicura el lunes 30 de"
            + " noviembre a las 14:00 con Anna.",
        "ES | no llego a tiempo, llego 10 minutos tarde | Gracias por avisar. Tu cita:",
      })
  void running_late_is_told_the_booking_and_keeps_it(String language, String said, String reply) {
    String user = "late" + language + said.length();
    chat.bookPedicureOnMonday30November(user, language, 14);
    assertThat(app.say(user, said)).startsWith(reply);
    app.say(user, ChatSteps.yes(language));
    assertThat(chat.statuses()).containsExactly("confirmed");
  }
}
