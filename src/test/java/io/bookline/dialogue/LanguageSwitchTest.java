package io.bookline.dialogue;

import static io.bookline.db.Schema.Customers;
import static io.bookline.db.Schema.Sessions;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.EnglishWords;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The customer's language is stored on the customer: detected from their messages, switched by an
 * explicit request, and still used after the app restarts over the same Postgres, with or without
 * the conversation's session.
 */
class LanguageSwitchTest {
  static final List<String> OWN = List.of("Demo Nail Studio", "Anna", "Marta");

  final MutableClock clock = TestApp.mondayMorning();
  final Map<String, String> env = Map.of("DATABASE_URL", TestPostgres.freshDatabase());
  TestApp app = TestApp.start(clock, env);

  @AfterEach
  void close() {
    app.close();
  }

  String language(String user) {
    return app.app()
        .database()
        .dsl()
        .select(Customers.LANGUAGE)
        .from(Customers.T)
        .where(Customers.PLATFORM_USER_ID.eq(user))
        .fetchOne(Customers.LANGUAGE);
  }

  void restart() {
    app.close();
    app = TestApp.start(clock, env);
  }

  /** QA chat review, finding 7: one word is enough when there is no language to keep yet. */
  @Test
  void a_first_message_of_one_word_is_answered_in_its_language() {
    assertThat(app.say("pablo", "hola")).doesNotStartWith("Sorry").doesNotStartWith("Hi!");
    assertThat(language("pablo")).isEqualTo("es");
    assertThat(app.say("petra", "Preise?")).contains("25,00 €");
    assertThat(language("petra")).isEqualTo("de");
    // Later in a conversation, one borrowed word does not switch it.
    assertThat(app.say("ute2", "what are your opening hours?")).startsWith("We're open");
    app.say("ute2", "hola");
    assertThat(language("ute2")).isEqualTo("en");
  }

  @Test
  void auf_deutsch_bitte_switches_to_german_and_the_choice_survives_restarts() {
    assertThat(app.say("ute", "what are your opening hours?")).startsWith("We're open");
    assertThat(language("ute")).isEqualTo("en");

    String switched = app.say("ute", "auf Deutsch bitte");
    assertThat(switched).startsWith("Gern, ab jetzt schreibe ich auf Deutsch.");
    assertThat(EnglishWords.inGerman(OWN).in(switched)).isEmpty();
    assertThat(language("ute")).isEqualTo("de");
    // One word that could be any language does not flip it back.
    assertThat(app.say("ute", "ok")).doesNotContain("OK.");

    restart();
    String prices = app.say("ute", "Preise");
    assertThat(prices).startsWith("Unsere Leistungen: Klassische Maniküre (30 Min., 25,00 €)");
    assertThat(EnglishWords.inGerman(OWN).in(prices)).isEmpty();

    // A session cleaned up meanwhile: the customer row still says German.
    app.app().database().dsl().deleteFrom(Sessions.T).execute();
    restart();
    String time = app.say("ute", "10:30");
    assertThat(time).startsWith("Verstanden: um 10:30. Welche Leistung möchten Sie buchen?");
    assertThat(EnglishWords.inGerman(OWN).in(time)).isEmpty();

    assertThat(app.say("ute", "English please"))
        .startsWith("Sure, I'll write in English from now on.");
    assertThat(language("ute")).isEqualTo("en");
  }

  @Test
  void a_customer_writing_spanish_is_answered_in_spanish_at_an_english_business() {
    String hello = app.say("pia", "Hola, ¿cuál es vuestro horario?");
    assertThat(hello).startsWith("Nuestro horario: lun–vie de 09:00 a 18:00");
    assertThat(EnglishWords.inSpanish(OWN).in(hello)).isEmpty();
    assertThat(language("pia")).isEqualTo("es");
    assertThat(app.say("pia", "ok")).doesNotContain("OK");
    assertThat(language("pia")).isEqualTo("es");
  }
}
