package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An hour said as a bare number with a day, asked "which day?" ("Montag früh, ich bin die Jana,
 * geht 9?"), is the hour asked for: when it is taken the customer is told so before other times are
 * offered, as "a las 9" and "at 9" already were. Over the web chat on Postgres in English, German
 * and Spanish; Friday 27 Nov 2026, 10:00; the demo studio, where Anna and Marta are both booked for
 * a gel manicure on Monday 30 November at 9:00 (two customers booked it in the chat).
 */
class HourSaidWithADayChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Gel-Maniküre bitte | Montag früh, ich bin die Jana, geht 9? | TAKEN_DE",
        "Gel-Maniküre bitte | Montag früh, geht auch 9? | TAKEN_DE",
        "manicura de gel | el lunes temprano, soy Jana, ¿a las 9? | TAKEN_ES",
        "gel manicure | monday morning, I'm Jana, at 9? | TAKEN_EN",
      })
  void a_taken_hour_said_with_a_day_is_said_to_be_taken(
      String service, String dayAndHour, String taken) {
    for (String name : new String[] {"Bea Bauer", "Carla Cruz"}) {
      String booker = "b" + name.hashCode() + dayAndHour.hashCode();
      app.say(booker, "gel manicure monday at 9");
      app.say(booker, "my name is " + name);
      assertThat(app.say(booker, "yes")).startsWith("Booked! Gel Manicure on Mon 30 Nov at 09:00");
    }
    String user = "h" + dayAndHour.hashCode();
    app.say(user, service);
    assertThat(app.say(user, dayAndHour)).startsWith(TAKEN.get(taken));
  }

  private static final Map<String, String> TAKEN =
      Map.of(
          "TAKEN_DE",
          "Gel-Maniküre am Montag, 30. November um 09:00 ist leider schon vergeben.",
          "TAKEN_ES",
          "Lo siento, ya está ocupado: Manicura de gel el lunes 30 de noviembre a las 09:00.",
          "TAKEN_EN",
          "Gel Manicure on Mon 30 Nov at 09:00 is already taken.");
}
