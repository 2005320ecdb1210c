package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Saying one will be late is no cancellation, in English, German and Spanish, over the web chat on
 * Postgres: "ich schaffe es nicht pünktlich" reads like "I'm running late" and "no llego a tiempo",
 * so the bot does not offer to cancel and a yes after it cancels nothing. Friday 27 Nov 2026,
 * 10:00; the demo studio; the customer's Pedicure is on Mon 30 Nov at 11:00.
 */
class RunningLateChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | I'm running late, I'll be 10 minutes late",
        "DE | ich schaffe es nicht pünktlich",
        "DE | ich schaff's nicht pünktlich, komme 10 Minuten später",
        "DE | ich schaffe es leider nicht rechtzeitig",
        "ES | no llego a tiempo, llego 10 minutos tarde",
      })
  void running_late_does_not_offer_to_cancel_and_keeps_the_booking(String language, String said) {
    String user = "late" + language;
    bookMonday(user, language);
    assertThat(app.say(user, said).toLowerCase(Locale.ROOT))
        .doesNotContain("cancel your", "absagen?", "¿quieres cancelar");
    app.say(user, yes(language));
    assertThat(statuses()).containsExactly("confirmed");
  }

  private static String yes(String language) {
    return language.equals("EN") ? "yes" : language.equals("DE") ? "ja" : "sí";
  }

  private void bookMonday(String user, String language) {
    switch (language) {
      case "DE" -> {
        app.say(user, "Ich hätte gern eine Pediküre am 30. November um 11 Uhr");
        app.say(user, "Jonas Weber");
        app.say(user, "ja");
      }
      case "ES" -> {
        app.say(user, "quiero una pedicura el 30 de noviembre a las 11");
        app.say(user, "Lucía García");
        app.say(user, "sí");
      }
      default -> {
        app.say(user, "pedicure on 30 november at 11am");
        app.say(user, "Ann Lee");
        app.say(user, "yes");
      }
    }
    assertThat(statuses()).containsExactly("confirmed");
  }

  private List<String> statuses() {
    return app.app()
        .database()
        .dsl()
        .select(Bookings.STATUS)
        .from(Bookings.T)
        .orderBy(Bookings.ID)
        .fetch(r -> r.value1());
  }
}
