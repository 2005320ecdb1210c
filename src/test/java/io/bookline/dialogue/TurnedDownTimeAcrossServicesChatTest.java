package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A time the customer turned down in a booking ("no, later", or "no" to "Shall I book it?") stays
 * turned down when they then change the service ("actually make it a pedicure"): the pedicure is
 * not offered at 10:00 again (ADR 0087). In English, German and Spanish over the web chat on
 * Postgres; Friday 27 Nov 2026, 10:00; the demo studio.
 */
class TurnedDownTimeAcrossServicesChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "basic manicure on monday at 10 | no, later | actually make it a pedicure"
            + " | Free times for Pedicure on Mon 30 Nov after 10:00: 10:15, 11:30, 13:00, 14:15,"
            + " 15:45, 17:00. Which time suits you? | Mia | yes",
        "Klassische Maniküre am Montag um 10 | nein, später | doch lieber eine Pediküre"
            + " | Freie Termine für Pediküre am Montag, 30. November nach 10:00: 10:15, 11:30,"
            + " 13:00, 14:15, 15:45, 17:00. Welche Uhrzeit passt Ihnen? | Mia | ja",
        "manicura básica el lunes a las 10 | no, más tarde | mejor una pedicura"
            + " | Horas libres para Pedicura el lunes 30 de noviembre después de las 10:00: 10:15,"
            + " 11:30, 13:00, 14:15, 15:45, 17:00. ¿Qué hora te viene bien? | Mía | sí",
      })
  void a_time_turned_down_for_later_is_not_offered_again_for_another_service(
      String request, String later, String change, String offered, String name, String yes) {
    app.say("c", request);
    app.say("c", later);
    assertThat(app.say("c", change)).isEqualTo(offered);
    app.say("c", "10:15");
    app.say("c", name);
    assertThat(app.say("c", yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(ChatBookings.starts(app)).containsExactly(Instant.parse("2026-11-30T09:15:00Z"));
  }

  @ParameterizedTest(name = "{2} / {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "basic manicure on monday at 10 | Mia | no | actually make it a pedicure"
            + " | Free times for Pedicure on Mon 30 Nov around 10:00: 09:15, 09:30, 09:45, 10:15,"
            + " 10:30, 10:45. Which time suits you?",
        "Klassische Maniküre am Montag um 10 | Mia | nein | doch lieber eine Pediküre"
            + " | Freie Termine für Pediküre am Montag, 30. November gegen 10:00: 09:15, 09:30,"
            + " 09:45, 10:15, 10:30, 10:45. Welche Uhrzeit passt Ihnen?",
        "manicura básica el lunes a las 10 | Mía | no | mejor una pedicura"
            + " | Horas libres para Pedicura el lunes 30 de noviembre sobre las 10:00: 09:15, 09:30,"
            + " 09:45, 10:15, 10:30, 10:45. ¿Qué hora te viene bien?",
      })
  void a_time_said_no_to_at_the_confirmation_is_not_offered_again_for_another_service(
      String request, String name, String no, String change, String offered) {
    app.say("c", request);
    assertThat(app.say("c", name)).containsAnyOf("10:00");
    assertThat(app.say("c", no)).doesNotContain("10:00,");
    assertThat(app.say("c", change)).isEqualTo(offered);
    assertThat(ChatBookings.starts(app)).isEmpty();
  }
}
