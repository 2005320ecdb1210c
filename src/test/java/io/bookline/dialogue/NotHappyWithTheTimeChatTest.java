package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Not happy with the time, can we do later?" asks for another time, not for the team with an
 * apology (ADR 0101; complaints stay complaints, ADR 0092): with a time held it gets the later free
 * times, after the booking the move of it. Over the web chat on Postgres, Monday 23 Nov 2026, 08:00
 * in Berlin; the demo studio.
 */
class NotHappyWithTheTimeChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(TestApp.MONDAY_8AM_BERLIN);

  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on wednesday at 13 | Lena | not happy with the time, can we do later?"
            + " | Free times for Pedicure on Wed 25 Nov after 13:00:",
        "Pediküre am Mittwoch um 13 | Jonas"
            + " | ich bin nicht zufrieden mit der Uhrzeit, geht es später?"
            + " | Freie Termine für Pediküre am Mittwoch, 25. November nach 13:00:",
        "quiero una pedicura el miércoles a las 13 | Lucía"
            + " | no estoy contenta con la hora, ¿podemos más tarde?"
            + " | Horas libres para Pedicura el miércoles 25 de noviembre después de las 13:00:",
      })
  void with_a_time_held_it_gets_the_later_free_times(
      String request, String name, String notHappy, String later) {
    app.say("c", request);
    app.say("c", name);
    assertThat(app.say("c", notHappy)).startsWith(later);
    chat.assertNotHandedOver("c");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on wednesday at 10 | Lena | I'm not happy with 10, can we do 11?"
            + " | Pedicure on Wed 25 Nov at 11:00 with Anna for Lena, 40.00 EUR. Shall I book it?",
        "Pediküre am Mittwoch um 10 | Jonas | ich bin nicht zufrieden mit 10 Uhr, geht auch 11 Uhr?"
            + " | Pediküre am Mittwoch, 25. November um 11:00 bei Anna für Jonas, 40,00 €. Soll ich"
            + " das buchen?",
      })
  void with_a_time_held_another_time_named_is_held_instead(
      String request, String name, String notHappy, String held) {
    app.say("c", request);
    app.say("c", name);
    assertThat(app.say("c", notHappy)).isEqualTo(held);
    chat.assertNotHandedOver("c");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on thursday at 10 | Lena | yes | not happy with the time, can we do later?"
            + " | Your Pedicure on Thu 26 Nov at 10:00 with Anna. Which day would you like to move"
            + " it to?",
        "Pediküre am Donnerstag um 10 | Jonas | ja"
            + " | ich bin nicht zufrieden mit der Uhrzeit, geht es später?"
            + " | Ihr Termin: Pediküre am Donnerstag, 26. November um 10:00 bei Anna. Auf welchen"
            + " Tag möchten Sie den Termin verschieben?",
        "quiero una pedicura el jueves a las 10 | Lucía | sí"
            + " | no estoy contenta con la hora, ¿podemos más tarde?"
            + " | Tu cita: Pedicura el jueves 26 de noviembre a las 10:00 con Anna. ¿A qué día"
            + " quieres cambiar la cita?",
      })
  void after_the_booking_it_moves_the_booking(
      String request, String name, String yes, String notHappy, String move) {
    app.say("c", request);
    app.say("c", name);
    app.say("c", yes);
    assertThat(app.say("c", notHappy)).isEqualTo(move);
    chat.assertNotHandedOver("c");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not happy with the time and my gel chipped | I'm sorry to hear that.",
        "I'm not happy, my gel already chipped | I'm sorry to hear that.",
        "nicht zufrieden mit der Uhrzeit und der Lack ist abgeplatzt | Das tut mir leid.",
        "no estoy contenta con la hora y la manicura se me ha roto | Lo siento mucho.",
      })
  void a_complaint_beside_it_is_still_a_complaint(String said, String apology) {
    assertThat(app.say("c", said)).startsWith(apology);
    chat.assertHandedOver("c");
  }
}
