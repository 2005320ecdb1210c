package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chat review, over the web chat on Postgres: "my nails" names no service of a nail studio, so
 * English asks which one as German ("meine Nägel") and Spanish ("las uñas") do, instead of booking
 * a Gel Manicure because its synonym "gel nails" shares the word. Friday 27 Nov 2026, 10:00.
 */
class NailsAskWhichServiceChatTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e1 | can i get my nails done monday at 2 | Which service would you like?",
        "e2 | Can Marta do my nails on monday? | Marta is working on Mon 30 Nov",
        "e3 | i need my nails doing on monday | Which service would you like?",
        "d1 | meine Nägel machen lassen am Montag um 14 Uhr | Welche Leistung möchten Sie buchen?",
        "s1 | arreglarme las uñas el lunes a las 2 | ¿Qué servicio te gustaría?",
      })
  void nails_alone_asks_which_service(String user, String request, String question) {
    assertThat(app.say(user, request))
        .contains(question)
        .doesNotContain("Gel Manicure on", "Gel-Maniküre am", "Manicura de gel el");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "e8 | gel nails on monday at 2 | Gel Manicure on Mon 30 Nov",
        "e9 | my nails with gel on monday at 2 | Gel Manicure on Mon 30 Nov",
      })
  void gel_said_with_the_nails_is_still_the_gel_manicure(
      String user, String request, String service) {
    assertThat(app.say(user, request)).contains(service);
  }
}
