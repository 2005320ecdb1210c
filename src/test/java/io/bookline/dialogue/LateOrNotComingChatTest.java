package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "I can't make it" with a day is a cancellation, with "on time" it is running late, over the web
 * chat on Postgres. "Ich schaffe es nicht am Montag / morgen / hin" offers to cancel the booking
 * and asks first (they had begun a new booking or read as nothing); "ich schaffe es nicht mehr
 * pünktlich" and "no llego mañana a tiempo" are running late: no offer to cancel, and a yes after
 * them cancels nothing. Sunday 29 Nov 2026, 10:00; the demo studio; the customer's Pedicure is
 * tomorrow, Mon 30 Nov at 11:00 with Anna.
 */
class LateOrNotComingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final ChatSteps chat = new ChatSteps(app);

  @BeforeEach
  void sundayMorning() {
    app.clock().set(Instant.parse("2026-11-29T09:00:00Z"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ich schaffe es nicht am Montag",
    "ich schaffe es nicht morgen",
    "ich schaffe es nicht hin",
    "ich schaffe es nicht dahin",
    "ich schaffe es nicht am Montag um 11 Uhr",
    "ich schaff's nicht morgen",
  })
  void cannot_manage_a_day_or_getting_there_offers_to_cancel_and_asks_first(String said) {
    chat.bookPedicureOnMonday30November("jonas", "DE", 11);
    assertThat(app.say("jonas", said))
        .isEqualTo("Möchten Sie Pediküre am Montag, 30. November um 11:00 bei Anna absagen?");
    assertThat(chat.statuses()).containsExactly("confirmed");
    app.say("jonas", "ja");
    assertThat(chat.statuses()).containsExactly("cancelled");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE | ich schaffe es nicht mehr pünktlich",
        "DE | ich schaffe es nicht mehr rechtzeitig",
        "DE | ich schaff's nicht mehr pünktlich, komme 10 Minuten später",
        "DE | ich schaffe es nicht mehr bis 11",
        "ES | no llego mañana a tiempo",
        "ES | no llego el lunes a tiempo",
        "ES | no llego mañana a la hora",
      })
  void running_late_does_not_offer_to_cancel_and_a_yes_keeps_the_booking(
      String language, String said) {
    String user = "late" + language;
    chat.bookPedicureOnMonday30November(user, language, 11);
    assertThat(app.say(user, said).toLowerCase(Locale.ROOT))
        .doesNotContain("absagen?", "quieres cancelar");
    app.say(user, ChatSteps.yes(language));
    assertThat(chat.statuses()).containsExactly("confirmed");
  }
}
