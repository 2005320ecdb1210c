package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.EnglishWords;
import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Whole conversations over the web channel on Postgres, in German and in Spanish: book, move and
 * cancel, every reply and every option in the customer's language. Apart from the business's own
 * names, not one English word (see {@link EnglishWords}).
 */
class GermanSpanishConversationTest {
  static final List<String> OWN =
      List.of("Demo Nail Studio", "Anna", "Marta", "Torstraße 1, 10119 Berlin");

  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();
  final ChatSteps chat = new ChatSteps(app);

  @Test
  void a_german_customer_books_moves_and_cancels_in_german() {
    ChatSteps.Customer jonas = chat.customer("jonas", EnglishWords.inGerman(OWN));
    assertThat(jonas.say("Hallo, ich hätte gern eine Pediküre am Freitag um 15 Uhr"))
        .isEqualTo(
            "Pediküre am Freitag, 27. November um 15:00 ist frei. Auf welchen Namen darf ich den"
                + " Termin eintragen?");
    assertThat(jonas.say("Jonas Weber"))
        .isEqualTo(
            "Pediküre am Freitag, 27. November um 15:00 bei Anna für Jonas Weber, 40,00 €. Soll"
                + " ich das buchen?");
    assertThat(jonas.say("ja"))
        .startsWith("Gebucht! Pediküre am Freitag, 27. November um 15:00 bei Anna.");
    assertThat(chat.statuses()).containsExactly("confirmed");

    assertThat(jonas.say("Kann ich den Termin auf Samstag um 11 verschieben?"))
        .isEqualTo(
            "Ihren Termin für Pediküre von Freitag, 27. November um 15:00 auf Samstag, 28."
                + " November um 11:00 bei Anna verschieben?");
    assertThat(jonas.say("ja"))
        .startsWith(
            "Erledigt! Ihr Termin für Pediküre ist jetzt am Samstag, 28. November um 11:00");
    assertThat(chat.starts())
        .containsExactly(OffsetDateTime.parse("2026-11-28T11:00:00+01:00").toInstant());

    assertThat(jonas.say("Ich muss meinen Termin leider absagen"))
        .isEqualTo("Möchten Sie Pediküre am Samstag, 28. November um 11:00 bei Anna absagen?");
    assertThat(jonas.say("ja, bitte"))
        .startsWith("Ich habe Pediküre am Samstag, 28. November um 11:00 bei Anna abgesagt.");
    assertThat(chat.statuses()).containsExactly("cancelled");
  }

  @Test
  void a_spanish_customer_books_moves_and_cancels_in_spanish() {
    ChatSteps.Customer lucia = chat.customer("lucia", EnglishWords.inSpanish(OWN));
    assertThat(lucia.say("Hola, quiero una manicura mañana a las 10"))
        .isEqualTo(
            "Manicura básica el martes 24 de noviembre a las 10:00 está libre. ¿A nombre de quién"
                + " hago la reserva?");
    assertThat(lucia.say("Lucía García"))
        .isEqualTo(
            "Manicura básica el martes 24 de noviembre a las 10:00 con Anna a nombre de Lucía"
                + " García, 25,00 €. ¿Te la reservo?");
    assertThat(lucia.say("sí"))
        .startsWith("¡Reservado! Manicura básica el martes 24 de noviembre a las 10:00 con Anna.");
    assertThat(chat.statuses()).containsExactly("confirmed");

    assertThat(lucia.say("¿Puedo cambiar mi cita al jueves a las 4 de la tarde?"))
        .isEqualTo(
            "¿Cambio tu Manicura básica del martes 24 de noviembre a las 10:00 al jueves 26 de"
                + " noviembre a las 16:00 con Anna?");
    assertThat(lucia.say("sí"))
        .startsWith("¡Listo! Tu Manicura básica es ahora el jueves 26 de noviembre a las 16:00");
    assertThat(chat.starts())
        .containsExactly(OffsetDateTime.parse("2026-11-26T16:00:00+01:00").toInstant());

    assertThat(lucia.say("quiero cancelar mi cita"))
        .isEqualTo(
            "¿Quieres cancelar Manicura básica el jueves 26 de noviembre a las 16:00 con Anna?");
    assertThat(lucia.say("sí"))
        .startsWith("He cancelado Manicura básica el jueves 26 de noviembre a las 16:00 con Anna.");
    assertThat(chat.statuses()).containsExactly("cancelled");
  }
}
