package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Una manicura para mí y otra para mi hija": one service each, said as two shares, books one
 * appointment per person like "para mí y mi hija" (ADR 0058), not one appointment with the
 * daughter's silently dropped. In English, German and Spanish over the web chat on Postgres; Friday
 * 27 Nov 2026, 10:00; the demo studio (Anna and Marta both do every service).
 */
class OneForEachPersonChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "one basic manicure for me and one for my daughter next friday at 10am | Lena | yes"
            + " | Mia | yes | One appointment per person",
        "eine Klassische Maniküre für mich und eine für meine Tochter nächsten Freitag um 10 Uhr"
            + " | Jonas | ja | Mia | ja | Ein Termin pro Person",
        "una manicura para mí y otra para mi hija el viernes que viene a las 10 | Lucía | sí"
            + " | Sofía | sí | Una cita por persona",
      })
  void one_each_for_me_and_another_person_books_two_appointments(
      String request, String name, String yes, String second, String yesAgain, String note) {
    app.clock().set(Instant.parse("2026-11-27T09:00:00Z"));
    assertThat(app.say("p", request)).startsWith(note);
    app.say("p", name);
    app.say("p", yes);
    app.say("p", second);
    assertThat(app.say("p", yesAgain)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
    assertThat(
            app.app()
                .database()
                .dsl()
                .selectCount()
                .from(Bookings.T)
                .where(Bookings.STATUS.eq("confirmed"))
                .fetchOne(0, int.class))
        .isEqualTo(2);
  }
}
