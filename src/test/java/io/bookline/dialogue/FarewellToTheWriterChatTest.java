package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box test report: after Petra booked for herself and her daughter Lena, the second booking
 * said "Bis dann, Lena!", though Petra is the one writing. The booking says whom it is for and the
 * goodbye names the conversation's customer, in English, German and Spanish, over the web chat on
 * Postgres. Friday 27 Nov 2026, 10:00; the demo studio (Anna and Marta both do every service).
 */
class FarewellToTheWriterChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  /** The request, the customer's name, yes, the daughter's name, and the second booking's reply. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a pedicure for my daughter and me on monday at 10 | Petra | yes | Lena | Booked!"
            + " Pedicure on Mon 30 Nov at 10:00 with Marta (for Lena). See you then, Petra!",
        "Ich hätte gern eine Pediküre für mich und meine Tochter am Montag um 10 | Petra | ja"
            + " | Lena | Gebucht! Pediküre am Montag, 30. November um 10:00 bei Marta (für Lena). Bis dann,"
            + " Petra!",
        "quiero una pedicura para mí y mi hija el lunes a las 10 | Lucía | sí | Sofía"
            + " | ¡Reservado! Pedicura el lunes 30 de noviembre a las 10:00 con Marta (para Sofía). ¡Hasta"
            + " pronto, Lucía!",
      })
  void the_second_persons_booking_says_goodbye_to_the_customer_writing(
      String request, String name, String yes, String daughter, String booked) {
    app.say("p", request);
    app.say("p", name);
    assertThat(app.say("p", yes)).contains(name + "!");
    app.say("p", daughter);
    assertThat(app.say("p", yes)).isEqualTo(booked);
  }
}
