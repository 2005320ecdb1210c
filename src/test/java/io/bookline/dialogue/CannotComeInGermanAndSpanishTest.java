package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.EnglishWords;
import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A German or Spanish customer with a Pedicure on Monday says only that they cannot come then ("ich
 * kann am Montag nicht", "no podré ir el lunes"): as in English (ADR 0050), the bot offers to
 * cancel that booking and asks first; with another day in the same message it is a move. Over the
 * web chat on Postgres, every reply in the customer's language. Monday 23 Nov 2026, 08:00; the
 * Pedicure is on Mon 30 Nov at 11:00 with Anna.
 */
class CannotComeInGermanAndSpanishTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  DSLContext db() {
    return app.app().database().dsl();
  }

  String status() {
    return db().select(Bookings.STATUS).from(Bookings.T).fetchSingle(Bookings.STATUS);
  }

  OffsetDateTime start() {
    return db().select(Bookings.STARTS_AT).from(Bookings.T).fetchSingle(Bookings.STARTS_AT);
  }

  String say(String user, EnglishWords english, String text) {
    String said = app.say(user, text);
    assertThat(english.in(said)).as("English in the reply to '%s': %s", text, said).isEmpty();
    return said;
  }

  void bookInGerman(String user, EnglishWords english) {
    say(user, english, "Hallo, ich hätte gern eine Pediküre am 30. November um 11 Uhr");
    say(user, english, "Jonas Weber");
    assertThat(say(user, english, "ja")).startsWith("Gebucht!");
  }

  void bookInSpanish(String user, EnglishWords english) {
    say(user, english, "Hola, quiero una pedicura el 30 de noviembre a las 11");
    say(user, english, "Lucía García");
    assertThat(say(user, english, "sí")).startsWith("¡Reservado!");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ich kann am Montag nicht",
    "ich schaffe es am Montag nicht",
    "Ich kann am Montag leider nicht",
    "am Montag kann ich nicht",
  })
  void a_german_customer_who_cannot_come_is_asked_before_the_booking_is_cancelled(String text) {
    EnglishWords english = EnglishWords.inGerman(GermanSpanishConversationTest.OWN);
    bookInGerman("jonas", english);
    assertThat(say("jonas", english, text))
        .isEqualTo("Möchten Sie Pediküre am Montag, 30. November um 11:00 bei Anna absagen?");
    assertThat(status()).isEqualTo("confirmed");
    assertThat(say("jonas", english, "ja")).startsWith("Ich habe Pediküre");
    assertThat(status()).isEqualTo("cancelled");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "no puedo ir el lunes",
    "no podré ir el lunes",
  })
  void a_spanish_customer_who_cannot_go_is_asked_before_the_booking_is_cancelled(String text) {
    EnglishWords english = EnglishWords.inSpanish(GermanSpanishConversationTest.OWN);
    bookInSpanish("lucia", english);
    assertThat(say("lucia", english, text))
        .isEqualTo("¿Quieres cancelar Pedicura el lunes 30 de noviembre a las 11:00 con Anna?");
    assertThat(status()).isEqualTo("confirmed");
    assertThat(say("lucia", english, "sí")).startsWith("He cancelado");
    assertThat(status()).isEqualTo("cancelled");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ich kann am Montag nicht, geht Mittwoch?",
        "ich schaffe es am Montag nicht, geht Mittwoch?",
      })
  void a_german_customer_who_names_another_day_moves_the_booking(String text) {
    EnglishWords english = EnglishWords.inGerman(GermanSpanishConversationTest.OWN);
    bookInGerman("jonas", english);
    assertThat(say("jonas", english, text))
        .startsWith("Freie Termine für Pediküre am Mittwoch, 25. November:");
    assertThat(say("jonas", english, "zur gleichen Zeit"))
        .isEqualTo(
            "Ihren Termin für Pediküre von Montag, 30. November um 11:00 auf Mittwoch, 25. November"
                + " um 11:00 bei Anna verschieben?");
    say("jonas", english, "ja");
    assertThat(status()).isEqualTo("confirmed");
    assertThat(start().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-11-25T11:00:00+01:00").toInstant());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no puedo ir el lunes, ¿puede ser el miércoles?",
        "no podré ir el lunes, ¿puede ser el miércoles?",
      })
  void a_spanish_customer_who_names_another_day_moves_the_booking(String text) {
    EnglishWords english = EnglishWords.inSpanish(GermanSpanishConversationTest.OWN);
    bookInSpanish("lucia", english);
    assertThat(say("lucia", english, text))
        .startsWith("Horas libres para Pedicura el miércoles 25 de noviembre:");
    assertThat(say("lucia", english, "a la misma hora"))
        .isEqualTo(
            "¿Cambio tu Pedicura del lunes 30 de noviembre a las 11:00 al miércoles 25 de noviembre"
                + " a las 11:00 con Anna?");
    say("lucia", english, "sí");
    assertThat(status()).isEqualTo("confirmed");
    assertThat(start().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-11-25T11:00:00+01:00").toInstant());
  }
}
