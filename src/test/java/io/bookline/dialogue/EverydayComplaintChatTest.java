package io.bookline.dialogue;

import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A complaint said in everyday words, without "complain", "Beschwerde" or "queja" ("estoy muy
 * molesta, el esmalte se me levantó a los dos días", "der Lack hat sich nach zwei Tagen gelöst",
 * "my gel came off after two days"), is handed to the team as a complaint (ADR 0092). Over the web
 * chat on Postgres in English, German and Spanish; Friday 27 Nov 2026, 10:00; the demo studio.
 */
class EverydayComplaintChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  private static final String EN =
      "I'm sorry to hear that. I've passed it on to a member of the team";
  private static final String DE =
      "Das tut mir leid. Ich habe es an jemanden aus dem Team weitergegeben";
  private static final String ES = "Lo siento mucho. Se lo he pasado a alguien del equipo";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "estoy muy molesta, el esmalte se me levantó a los dos días | es",
        "estoy molesto, se me ha caído una uña de gel | es",
        "el gel se ha despegado en tres días | es",
        "hola, no me gustó nada la manicura, fatal | es",
        "el esmalte se me levantó a los dos días | es",
        "der Lack hat sich nach zwei Tagen gelöst | de",
        "das Gel löst sich schon ab, nach drei Tagen | de",
        "my gel came off after two days | en",
        "the polish is peeling already | en",
      })
  void an_everyday_complaint_is_handed_to_the_team(String complaint, String language) {
    String expected =
        switch (language) {
          case "es" -> ES;
          case "de" -> DE;
          default -> EN;
        };
    assertThat(app.say("c" + complaint.hashCode(), complaint)).startsWith(expected);
  }
}
