package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: "who would do it?", "wer macht das?", "¿quién me lo
 * haría?" while times are offered name the staff member of each time and ask for a time again,
 * instead of "Sorry, I didn't catch that". Friday 27 Nov 2026, 10:00; the demo studio (Anna,
 * Marta).
 */
class WhoHasTheOfferedTimesChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | pedicure on monday with Anna | who would do it? | Those times are with Anna. Which"
            + " time would you like?",
        "e2 | pedicure on monday with Marta | who is it with? | Those times are with Marta. Which"
            + " time would you like?",
        "d1 | Pediküre am Montag bei Anna | wer macht das? | Diese Termine sind bei Anna.",
        "d2 | Pediküre am Montag bei Marta | bei wem wäre das? | Diese Termine sind bei Marta.",
        "s1 | pedicura el lunes con Anna | ¿quién me lo haría? | Esas horas son con Anna.",
        "s2 | pedicura el lunes con Marta | ¿con quién sería? | Esas horas son con Marta.",
      })
  void the_staff_member_of_the_times_offered_is_named(
      String user, String request, String who, String named) {
    app.say(user, request);
    assertThat(app.say(user, who))
        .contains(named)
        .doesNotContain("didn't catch", "nicht verstanden", "no te he entendido");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e3 | who would do it? | Anna",
        "d3 | wer macht das? | Anna",
        "s3 | ¿quién me lo haría? | Anna",
      })
  void times_with_several_staff_name_each_ones(String user, String who, String anna) {
    String request =
        switch (user.charAt(0)) {
          case 'e' -> "pedicure on monday";
          case 'd' -> "Pediküre am Montag";
          default -> "pedicura el lunes";
        };
    app.say(user, request);
    String reply = app.say(user, who);
    assertThat(reply).containsAnyOf("Anna", "Marta").doesNotContain("didn't catch");
    assertThat(reply).doesNotContain("nicht verstanden", "no te he entendido");
  }
}
