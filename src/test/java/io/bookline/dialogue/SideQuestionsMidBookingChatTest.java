package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box tester: side questions while times are offered. "where exactly are you?" was not
 * understood while "where are you?" was; "wo kann ich parken?" and "¿dónde puedo aparcar?" got the
 * times offered before repeated word for word, as if they asked for a booking. Now the address is
 * said for each wording, a parking question is told honestly that it cannot be answered here with
 * the address beside it, and the time is asked again (ADR 0113). Over the web chat on Postgres,
 * Monday 23 Nov 2026, 08:00; the demo studio.
 */
class SideQuestionsMidBookingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** A booking with its times offered, the side question, and the whole reply. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure on friday | where exactly are you? | Demo Nail Studio is at Torstraße 1, 10119"
            + " Berlin. Which time would you like?",
        "pedicure on friday | where are you actually? | Demo Nail Studio is at Torstraße 1, 10119"
            + " Berlin. Which time would you like?",
        "pedicure on friday | is there parking? | I'm afraid I can't answer that here; a member"
            + " of the team can (write \"talk to a person\"). Demo Nail Studio is at Torstraße 1,"
            + " 10119 Berlin. Which time would you like?",
        "Ich hätte gern eine Pediküre am Freitag | wo genau seid ihr? | Sie finden Demo Nail"
            + " Studio hier: Torstraße 1, 10119 Berlin. Um wie viel Uhr möchten Sie kommen?",
        "Ich hätte gern eine Pediküre am Freitag | wo kann ich parken? | Das kann ich hier leider"
            + " nicht beantworten; jemand aus dem Team kann es (schreiben Sie „Mitarbeiter"
            + " bitte“). Sie finden Demo Nail Studio hier: Torstraße 1, 10119 Berlin. Um wie viel"
            + " Uhr möchten Sie kommen?",
        "quiero una pedicura el viernes | ¿dónde exactamente estáis? | Demo Nail Studio está en"
            + " Torstraße 1, 10119 Berlin. ¿A qué hora te gustaría?",
        "quiero una pedicura el viernes | ¿dónde puedo aparcar? | Eso no te lo puedo responder"
            + " aquí; alguien del equipo sí (escribe «hablar con alguien»). Demo Nail Studio está"
            + " en Torstraße 1, 10119 Berlin. ¿A qué hora te gustaría?",
      })
  void a_side_question_is_answered_and_the_time_asked_again(
      String booking, String question, String answer) {
    String user = "s" + Math.abs(question.hashCode());
    assertThat(app.say(user, booking)).contains("09:00, 10:30");
    assertThat(app.say(user, question)).isEqualTo(answer);
  }

  /** "what do you offer and how much?": the list, which names every price, said once. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "what do you offer and how much? | Our services: Basic Manicure (30 min, 25.00 EUR); Gel"
            + " Manicure (45 min, 35.00 EUR); Pedicure (60 min, 40.00 EUR).",
        "was bietet ihr an und was kostet das? | Unsere Leistungen: Klassische Maniküre (30 Min.,"
            + " 25,00 €); Gel-Maniküre (45 Min., 35,00 €); Pediküre (60 Min., 40,00 €).",
        "¿qué ofrecéis y cuánto cuesta? | Nuestros servicios: Manicura básica (30 min, 25,00 €);"
            + " Manicura de gel (45 min, 35,00 €); Pedicura (60 min, 40,00 €).",
      })
  void services_and_prices_asked_together_list_the_services_once(String asked, String list) {
    assertThat(app.say("l" + Math.abs(asked.hashCode()), asked)).isEqualTo(list);
  }
}
