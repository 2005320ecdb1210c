package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatG, item 2): "got an appt tomorrow but can't make it" answered "You have no
 * appointment booked for anyone else": with the subject left out, "but" was read as the name of a
 * friend who cannot come. It is the customer's own booking tomorrow, offered for cancelling as "I
 * can't make it tomorrow" is; nothing changes until they say yes. Monday 23 Nov 2026, 08:00; a Gel
 * Manicure booked for Tuesday 24 Nov at 11:00; over the web chat on Postgres.
 */
class CannotMakeItWithoutISayChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | gel manicure tomorrow at 11 | got an appt tomorrow but can't make it"
            + " | Tue 24 Nov at 11:00",
        "EN | gel manicure tomorrow at 11 | I have an appointment tomorrow but I can't make it"
            + " | Tue 24 Nov at 11:00",
        "ES | manicura de gel mañana a las 11 | tengo cita mañana pero no puedo ir"
            + " | martes 24 de noviembre a las 11:00",
      })
  void the_customers_own_booking_that_day_is_offered_for_cancelling(
      String language, String request, String cannot, String booked) {
    String user = "u" + cannot.hashCode();
    chat.book(user, request, "Tom", ChatSteps.yes(language));
    assertThat(app.say(user, cannot))
        .contains(booked)
        .endsWith("?")
        .doesNotContain("anyone else", "free", "libre");
    assertThat(chat.statuses()).containsExactly("confirmed");
  }
}
