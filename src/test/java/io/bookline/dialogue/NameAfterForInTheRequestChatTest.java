package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: a request that closes with "for Tom", "für Jonas",
 * "para Lucía" gives the booking's name, so the bot confirms instead of asking for a name; a staff
 * member's name there is still the staff member. Friday 27 Nov 2026, 10:00; the demo studio.
 */
class NameAfterForInTheRequestChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | book basic manicure wed 12:00 for Tom | for Tom, 25.00 EUR. Shall I book it?",
        "d1 | Klassische Maniküre am Mittwoch um 12 Uhr für Jonas Weber | für Jonas Weber, 25,00"
            + " €. Soll ich das buchen?",
        "s1 | manicura básica el miércoles a las 12 para Lucía | a nombre de Lucía, 25,00 €. ¿Te"
            + " la reservo?",
      })
  void the_name_after_for_is_the_bookings_name(String user, String request, String confirm) {
    assertThat(app.say(user, request)).endsWith(confirm);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e9 | book basic manicure wed 12:00 for Marta",
        "d9 | Klassische Maniküre am Mittwoch um 12 Uhr für Marta",
        "d8 | am Mittwoch um 12 Uhr nur Marta für Gelnägel",
        "s8 | el miércoles a las 12 con Marta para Pedicura",
      })
  void a_staff_or_service_name_after_for_is_no_customer_name(String user, String request) {
    assertThat(app.say(user, request))
        .doesNotContain("for Marta,", "für Marta,", "für Gelnägel", "a nombre de Pedicura");
  }
}
