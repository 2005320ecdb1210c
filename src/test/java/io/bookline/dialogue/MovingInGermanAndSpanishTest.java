package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.EnglishWords;
import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A German and a Spanish customer ask about their booking and move it in everyday words ("kann ich
 * den Termin auf Dienstag legen?", "no puedo ir el lunes, ¿me la cambias?", "cámbiala al martes",
 * "a la misma hora"), over the web chat on Postgres; every reply in their language. Monday 23 Nov
 * 2026, 08:00; the Pedicure is on Mon 30 Nov at 11:00 with Anna.
 */
class MovingInGermanAndSpanishTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  DSLContext db() {
    return app.app().database().dsl();
  }

  /** The customer's message and the bot's answer, checked for English words. */
  String say(String user, EnglishWords english, String text) {
    String said = app.say(user, text);
    assertThat(english.in(said)).as("English in the reply to '%s': %s", text, said).isEmpty();
    return said;
  }

  OffsetDateTime start() {
    return db().select(Bookings.STARTS_AT).from(Bookings.T).fetchSingle(Bookings.STARTS_AT);
  }

  @Test
  void a_german_customer_asks_about_the_booking_and_lays_it_on_another_day() {
    EnglishWords english = EnglishWords.inGerman(GermanSpanishConversationTest.OWN);
    say("jonas", english, "Hallo, ich hätte gern eine Pediküre am 30. November um 11 Uhr");
    say("jonas", english, "Jonas Weber");
    assertThat(say("jonas", english, "ja")).startsWith("Gebucht!");
    assertThat(say("jonas", english, "ist mein Termin bestätigt?"))
        .isEqualTo("Ihr nächster Termin: Pediküre am Montag, 30. November um 11:00 bei Anna.");
    assertThat(say("jonas", english, "kann ich den Termin auf Dienstag legen?"))
        .startsWith("Freie Termine für Pediküre am Dienstag, 24. November:");
    assertThat(say("jonas", english, "zur gleichen Zeit"))
        .isEqualTo(
            "Ihren Termin für Pediküre von Montag, 30. November um 11:00 auf Dienstag, 24. November"
                + " um 11:00 bei Anna verschieben?");
    say("jonas", english, "ja");
    assertThat(start().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-11-24T11:00:00+01:00").toInstant());
  }

  @Test
  void a_spanish_customer_who_cannot_go_has_the_booking_moved_not_cancelled() {
    EnglishWords english = EnglishWords.inSpanish(GermanSpanishConversationTest.OWN);
    say("lucia", english, "Hola, quiero una pedicura el 30 de noviembre a las 11");
    say("lucia", english, "Lucía García");
    assertThat(say("lucia", english, "sí")).startsWith("¡Reservado!");
    assertThat(say("lucia", english, "¿está confirmada mi cita?"))
        .isEqualTo("Tu próxima cita: Pedicura el lunes 30 de noviembre a las 11:00 con Anna.");
    assertThat(say("lucia", english, "no puedo ir el lunes, ¿me la cambias?"))
        .isEqualTo(
            "Tu cita: Pedicura el lunes 30 de noviembre a las 11:00 con Anna. ¿A qué día quieres"
                + " cambiar la cita?");
    assertThat(say("lucia", english, "el jueves a la misma hora"))
        .isEqualTo(
            "¿Cambio tu Pedicura del lunes 30 de noviembre a las 11:00 al jueves 26 de noviembre a"
                + " las 11:00 con Anna?");
    assertThat(say("lucia", english, "sí")).startsWith("¡Listo!");
    assertThat(say("lucia", english, "cámbiala al martes"))
        .startsWith("Horas libres para Pedicura el martes 24 de noviembre:");
    assertThat(say("lucia", english, "a la misma hora"))
        .isEqualTo(
            "¿Cambio tu Pedicura del jueves 26 de noviembre a las 11:00 al martes 24 de noviembre a"
                + " las 11:00 con Anna?");
    say("lucia", english, "sí");
    assertThat(db().fetchCount(Bookings.T)).isEqualTo(1);
    assertThat(start().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-11-24T11:00:00+01:00").toInstant());
  }
}
