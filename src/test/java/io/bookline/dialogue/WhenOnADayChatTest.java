package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Asking when to come for one's appointment on a day ("Wann muss ich am Montag da sein?", "¿a qué
 * hora era mi cita del lunes?", "what time do I need to be there on monday?") lists the customer's
 * booking instead of starting a new booking on that day. In English, German and Spanish over the
 * web chat on Postgres; Friday 27 Nov 2026, 10:00; the demo studio; a Pedicure on Mon 30 Nov at
 * 14:00.
 */
class WhenOnADayChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on 30 november at 2pm | Lena Park | yes"
            + " | what time do I need to be there on monday?"
            + " | Your upcoming appointment: Pedicure on Mon 30 Nov at 14:00 with Anna.",
        "Ich hätte gern eine Pediküre am 30. November um 14 Uhr | Jonas Weber | ja"
            + " | Wann muss ich am Montag da sein?"
            + " | Ihr nächster Termin: Pediküre am Montag, 30. November um 14:00 bei Anna.",
        "Ich hätte gern eine Pediküre am 30. November um 14 Uhr | Jonas Weber | ja"
            + " | wann soll ich morgen kommen?"
            + " | Ihr nächster Termin: Pediküre am Montag, 30. November um 14:00 bei Anna.",
        "quiero una pedicura el 30 de noviembre a las 14 | Lucía García | sí"
            + " | a qué hora era mi cita del lunes?"
            + " | Tu próxima cita: Pedicura el lunes 30 de noviembre a las 14:00 con Anna.",
      })
  void asking_when_to_come_on_a_day_lists_the_booking(
      String request, String name, String yes, String asked, String listed) {
    String user = "when" + asked.length();
    app.say(user, request);
    app.say(user, name);
    assertThat(app.say(user, yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(app.say(user, asked)).startsWith(listed);
  }
}
