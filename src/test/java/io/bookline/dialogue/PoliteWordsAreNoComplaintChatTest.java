package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Review of e041db6: "no quiero ser muy molesta, pero ¿tenéis hueco …?" ("I don't want to be a
 * bother") and "la última vez no me gustó el color, quiero una manicura de gel el lunes a las 15"
 * were handed to the team as complaints, so outside opening hours the customer just waited. Polite
 * words are no displeasure, and a wish for a service booked is a booking; a real complaint still
 * reaches the team. Over the web chat on Postgres, Friday 27 Nov 2026, 10:00, the demo studio.
 */
class PoliteWordsAreNoComplaintChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no quiero ser muy molesta, pero ¿tenéis hueco para una manicura de gel el lunes a las 16?"
            + " | Manicura de gel el lunes 30 de noviembre a las 16:00",
        "perdona la molestia, ¿tenéis hueco para una pedicura el lunes a las 15?"
            + " | Pedicura el lunes 30 de noviembre a las 15:00",
        "la última vez no me gustó el color, quiero una manicura de gel el lunes a las 15"
            + " | Manicura de gel el lunes 30 de noviembre a las 15:00",
        "I don't want to be a pain, but do you have a gel manicure on monday at 4pm?"
            + " | Gel Manicure on Mon 30 Nov at 16:00",
        "ich will nicht nerven, aber habt ihr am Montag um 16 Uhr eine Gel-Maniküre frei?"
            + " | Gel-Maniküre am Montag, 30. November um 16:00",
      })
  void a_polite_request_is_booked(String request, String offered) {
    String reply = app.say("p" + request.hashCode(), request);
    assertThat(reply).contains(offered).doesNotContain("equipo", "Team", "team");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "estoy muy molesta, el esmalte se me levantó a los dos días | alguien del equipo",
        "no quiero ser pesada pero la manicura de ayer fatal, se me ha roto | alguien del equipo",
      })
  void a_complaint_still_reaches_the_team(String complaint, String handedOver) {
    assertThat(app.say("c" + complaint.hashCode(), complaint)).contains(handedOver);
  }
}
