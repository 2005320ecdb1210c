package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review of e22af5c: a capitalised occasion after "for", "für", "para" is no customer's name ("for
 * Christmas", "für Weihnachten", "para Navidad"; in German every noun has a capital), so the bot
 * asks the name; a name there still is one. Over the web chat on Postgres, Friday 27 Nov 2026,
 * 10:00, the demo studio.
 */
class NameAfterForOccasionChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | gel manicure on monday at 11 for Christmas"
            + " | What name should I put the booking under? | Christmas",
        "e2 | pedicure on monday at 12 for Easter | What name should I put the booking under?"
            + " | Easter",
        "d1 | Pediküre am Montag um 11 für Weihnachten"
            + " | Auf welchen Namen darf ich den Termin eintragen? | Weihnachten",
        "d2 | Pediküre am Montag um 12 für Firmenfeier"
            + " | Auf welchen Namen darf ich den Termin eintragen? | Firmenfeier",
        "s1 | pedicura el lunes a las 11 para Navidad"
            + " | ¿A nombre de quién hago la reserva? | Navidad",
        "s2 | pedicura el lunes a las 12 para Nochevieja"
            + " | ¿A nombre de quién hago la reserva? | Nochevieja",
        "e3 | pedicure on monday at 13 for New Year's Eve"
            + " | What name should I put the booking under? | Year",
      })
  void an_occasion_after_for_is_no_name_and_the_name_is_asked(
      String user, String request, String ask, String occasion) {
    assertThat(app.say(user, request)).endsWith(ask).doesNotContain(occasion);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "g1 | basic manicure on tuesday at 15 for Holly | for Holly, 25.00 EUR. Shall I book it?",
        "g2 | Klassische Maniküre am Dienstag um 15 Uhr für Lena Christ"
            + " | für Lena Christ, 25,00 €. Soll ich das buchen?",
        "g3 | manicura básica el martes a las 16 para Pascual"
            + " | a nombre de Pascual, 25,00 €. ¿Te la reservo?",
        // Review of e041db6: a surname that ends like a German noun or is an occasion word.
        "g4 | Gel-Maniküre am Montag um 10 für Lena Hartung"
            + " | für Lena Hartung, 35,00 €. Soll ich das buchen?",
        "g5 | a gel manicure on monday at 10 for Billie Holiday"
            + " | for Billie Holiday, 35.00 EUR. Shall I book it?",
      })
  void a_name_after_for_is_still_the_bookings_name(String user, String request, String confirm) {
    assertThat(app.say(user, request)).endsWith(confirm);
  }
}
