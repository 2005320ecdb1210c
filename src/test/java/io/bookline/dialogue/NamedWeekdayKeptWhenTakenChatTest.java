package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatH, item 1): "maniküre in zwei wochen am montag um 10, ich bin Di" with that
 * Monday's 10:00 taken was offered Saturday 12 December at 10:00 and booked on "ja": the short name
 * "Di" was read as Dienstag, so three days were named and the Monday of that week was lost for the
 * day two weeks on. A short weekday after "ich bin" is a name; the Monday stays, its 10:00 is said
 * to be taken and its nearest times are offered. Saturday 28 Nov 2026, 03:00 in Berlin; Anna and
 * Marta both have a Basic Manicure on Monday 7 December at 10:00, booked in the chat.
 */
class NamedWeekdayKeptWhenTakenChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-28T02:00:00Z"));

  @BeforeEach
  void anna_and_marta_are_booked_on_monday_7_december_at_10() {
    for (String name : new String[] {"Bea Bauer", "Carla Cruz"}) {
      String booker = "b" + name.hashCode();
      app.say(booker, "basic manicure on 7 december at 10");
      app.say(booker, "my name is " + name);
      assertThat(app.say(booker, "yes")).startsWith("Booked! Basic Manicure on Mon 7 Dec at 10:00");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "maniküre in zwei wochen am montag um 10, ich bin Di"
            + " | Klassische Maniküre am Montag, 7. Dezember um 10:00 ist leider schon vergeben."
            + " | Montag, 7. Dezember um 09:",
        "maniküre in zwei wochen am montag um 10, ich bin die Mo"
            + " | Klassische Maniküre am Montag, 7. Dezember um 10:00 ist leider schon vergeben."
            + " | Montag, 7. Dezember um 09:",
        "manicure in two weeks on monday at 10, I'm Di"
            + " | Basic Manicure on Mon 7 Dec at 10:00 is already taken."
            + " | Mon 7 Dec at 09:",
        "manicura dentro de dos semanas el lunes a las 10, soy Di"
            + " | 'Lo siento, ya está ocupado: Manicura básica el lunes 7 de diciembre a las 10:00.'"
            + " | lunes 7 de diciembre a las 09:",
      })
  void the_monday_stays_and_its_taken_hour_is_said(String request, String taken, String near) {
    String user = "u" + request.hashCode();
    assertThat(app.say(user, request))
        .startsWith(taken)
        .contains(near)
        .doesNotContain("Samstag", "Sat ", "sábado");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "maniküre in zwei wochen am montag um 9, ich bin Di"
            + " | Klassische Maniküre am Montag, 7. Dezember um 09:00 bei",
        "manicure in two weeks on monday at 9, I'm Di | Basic Manicure on Mon 7 Dec at 09:00 with",
        "manicura dentro de dos semanas el lunes a las 9, soy Di"
            + " | Manicura básica el lunes 7 de diciembre a las 09:00 con",
      })
  void a_free_hour_that_monday_is_put_to_the_customer_by_name(String request, String offer) {
    String user = "f" + request.hashCode();
    assertThat(app.say(user, request)).startsWith(offer).contains(" Di,");
  }
}
