package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ADR 0110, over the web chat on Postgres: "can I come 10 minutes earlier?", "kann ich 10 min
 * früher kommen?", "¿puedo llegar 10 minutos antes?" are about the booking the customer has, never
 * a new booking today ("in 10 mins earlier" is no time ten minutes from now). The studio's
 * appointments start every 15 minutes, so ten minutes off is said kindly with the nearest free
 * times of that staff member; fifteen minutes is offered as a move to confirm. Monday 23 Nov 2026,
 * 08:00; the demo studio.
 */
class MinutesEarlierOrLaterChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final ChatSteps chat = new ChatSteps(app);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | could I come in 10 mins earlier? | Appointments start every 15 min, so not at 10:50.",
        "EN | can I come 10 minutes earlier? | Appointments start every 15 min, so not at 10:50.",
        "EN | can I come in 10 minutes later? | Appointments start every 15 min, so not at 11:10.",
        "DE | kann ich 10 min früher kommen? | Termine beginnen im Abstand von 15 Min., also nicht"
            + " um 10:50.",
        "DE | kann ich in 10 min später kommen? | Termine beginnen im Abstand von 15 Min., also"
            + " nicht um 11:10.",
        "ES | ¿puedo llegar 10 minutos antes? | Las citas empiezan cada 15 min, así que no a las"
            + " 10:50.",
        "ES | ¿puedo llegar en 10 minutos más tarde? | Las citas empiezan cada 15 min, así que no a"
            + " las 11:10.",
      })
  void ten_minutes_off_the_booking_is_about_the_booking(String language, String ask, String said) {
    chat.bookPedicureOnMonday30November("m", language, 11);
    assertThat(app.say("m", ask)).startsWith(said);
    assertThat(chat.statuses()).containsExactly("confirmed");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | could I come in 15 mins earlier? | Move your Pedicure from Mon 30 Nov at 11:00 to Mon"
            + " 30 Nov at 10:45 with Anna?",
        "DE | kann ich 15 min später kommen? | Ihren Termin für Pediküre von Montag, 30. November"
            + " um 11:00 auf Montag, 30. November um 11:15 bei Anna verschieben?",
        "ES | ¿puedo llegar 15 minutos antes? | ¿Cambio tu Pedicura del lunes 30 de noviembre a las"
            + " 11:00 al lunes 30 de noviembre a las 10:45 con Anna?",
      })
  void fifteen_minutes_is_offered_as_a_move(String language, String ask, String offer) {
    chat.bookPedicureOnMonday30November("f", language, 11);
    assertThat(app.say("f", ask)).isEqualTo(offer);
  }
}
