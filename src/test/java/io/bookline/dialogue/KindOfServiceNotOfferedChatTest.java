package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Black-box report (chatH, item 2): "how much is a french manicure" was answered with Basic
 * Manicure's 25 EUR, and "book a french manicure on 29 dec at 12" booked a Basic Manicure with no
 * word said; the same in German and Spanish. A kind of service the studio does not have is said not
 * to be offered and its real services are named, to pick one from. "jel" and "gell" are gel typed
 * as it sounds. Saturday 28 Nov 2026, 03:00 in Berlin, the demo studio.
 */
class KindOfServiceNotOfferedChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-28T02:00:00Z"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "how much is a french manicure | 'Sorry, we don''t offer \"french manicure\".'"
            + " | Gel Manicure (45 min, 35.00 EUR)",
        "was kostet eine French-Maniküre? | „French-Maniküre“ bieten wir leider nicht an."
            + " | Gel-Maniküre (45 Min., 35,00 €)",
        "was kostet eine französische Maniküre? | „französische Maniküre“ bieten wir leider nicht"
            + " an. | Gel-Maniküre (45 Min., 35,00 €)",
        "cuánto cuesta una manicura francesa? | Lo siento, no ofrecemos «manicura francesa»."
            + " | Manicura de gel (45 min, 35,00 €)",
      })
  void its_price_is_not_another_services_price(String question, String notOffered, String real) {
    assertThat(app.say("p" + question.hashCode(), question)).startsWith(notOffered).contains(real);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ok book a french manicure on 29 dec at 12, I'm Rae"
            + " | 'Sorry, we don''t offer \"french manicure\".' | Which service would you like?",
        "dann bitte eine French Maniküre am 29.12. um 12, ich bin Rae"
            + " | „French Maniküre“ bieten wir leider nicht an."
            + " | Welche Leistung möchten Sie buchen?",
        "pues resérvame una manicura francesa el 29 de diciembre a las 13, soy Rae"
            + " | Lo siento, no ofrecemos «manicura francesa». | ¿Qué servicio te gustaría?",
      })
  void booking_it_asks_which_real_service(String request, String notOffered, String which) {
    assertThat(app.say("b" + request.hashCode(), request))
        .startsWith(notOffered)
        .contains(which)
        .doesNotContain("Basic Manicure on", "Klassische Maniküre am", "Manicura básica el");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "manicura de jel el 29 de diciembre a las 12, soy Bo"
            + " | Manicura de gel el martes 29 de diciembre a las 12:00 con",
        "gell nails the day after tomorrow at 10, I'm Dee | Gel Manicure on Mon 30 Nov at 10:00 with",
      })
  void gel_typed_as_it_sounds_is_gel(String request, String offer) {
    assertThat(app.say("g" + request.hashCode(), request)).startsWith(offer);
  }
}
