package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "One", "una", "eine" as a pronoun or an article name no 1 pm, in English, German and Spanish,
 * over the web chat on Postgres (ADR 0090): "cancel my wednesday one pls" cancels the Wednesday
 * booking, "es sobre una alergia" is about no 13:00; with its cue ("at one", "um eins", "a la una")
 * the number is still the hour. Friday 27 Nov 2026, 19:00 in Berlin; the demo studio.
 */
class OneIsNoHourChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | basic manicure on wednesday at 10 | cancel my wednesday one pls | yes",
        "DE | Ich hätte gern eine klassische Maniküre am Mittwoch um 10 Uhr"
            + " | bitte den vom Mittwoch absagen, eine Sache noch | ja",
        "ES | quiero una manicura básica el miércoles a las 10"
            + " | cancela la del miércoles, es sobre una alergia | sí",
      })
  void a_pronoun_one_cancels_the_booking_of_that_day(
      String language, String booking, String cancel, String yes) {
    String user = "Ines" + language;
    ChatBookings.book(app, user, booking, yes);
    String asked = app.say(user, cancel);
    assertThat(asked).doesNotContain("13:00").contains("10:00");
    app.say(user, yes);
    assertThat(statuses()).containsExactly("cancelled");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | basic manicure on monday at 10 | it's about one thing, an allergy",
        "DE | Ich hätte gern eine klassische Maniküre am Montag um 10 Uhr"
            + " | es geht um eine Allergie",
        "ES | quiero una manicura básica el lunes a las 10 | es sobre una alergia",
      })
  void an_article_one_names_no_time(String language, String booking, String said) {
    String user = "Noa" + language;
    ChatBookings.book(app, user, booking, yes(language));
    assertThat(app.say(user, said)).doesNotContain("13:00");
    assertThat(statuses()).containsExactly("confirmed");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | basic manicure on monday at one",
        "DE | Ich hätte gern eine klassische Maniküre am Montag um eins",
        "ES | quiero una manicura básica el lunes a la una",
      })
  void one_with_its_cue_is_still_one_pm(String language, String said) {
    assertThat(app.say("Ava" + language, said)).contains("13:00");
  }

  private static String yes(String language) {
    return language.equals("EN") ? "yes" : language.equals("DE") ? "ja" : "sí";
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
