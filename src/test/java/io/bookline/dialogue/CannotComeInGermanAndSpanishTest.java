package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.EnglishWords;
import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
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
  final ChatSteps chat = new ChatSteps(app);

  /** The customer of a row, who books the Pedicure on Mon 30 Nov at 11:00 in their language. */
  enum Speaking {
    DE(
        "jonas",
        EnglishWords.inGerman(GermanSpanishConversationTest.OWN),
        "Hallo, ich hätte gern eine Pediküre am 30. November um 11 Uhr",
        "Jonas Weber",
        "ja",
        "Gebucht!"),
    ES(
        "lucia",
        EnglishWords.inSpanish(GermanSpanishConversationTest.OWN),
        "Hola, quiero una pedicura el 30 de noviembre a las 11",
        "Lucía García",
        "sí",
        "¡Reservado!");

    final String user;
    final EnglishWords english;
    final String request;
    final String name;
    final String yes;
    final String booked;

    Speaking(
        String user, EnglishWords english, String request, String name, String yes, String booked) {
      this.user = user;
      this.english = english;
      this.request = request;
      this.name = name;
      this.yes = yes;
      this.booked = booked;
    }
  }

  /** Books the row's Pedicure and returns its customer, every reply checked for English. */
  ChatSteps.Customer booked(Speaking language) {
    ChatSteps.Customer customer = chat.customer(language.user, language.english);
    customer.say(language.request);
    customer.say(language.name);
    assertThat(customer.say(language.yes)).startsWith(language.booked);
    return customer;
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE | ich kann am Montag nicht"
            + " | Möchten Sie Pediküre am Montag, 30. November um 11:00 bei Anna absagen?"
            + " | Ich habe Pediküre",
        "DE | ich schaffe es am Montag nicht"
            + " | Möchten Sie Pediküre am Montag, 30. November um 11:00 bei Anna absagen?"
            + " | Ich habe Pediküre",
        "DE | Ich kann am Montag leider nicht"
            + " | Möchten Sie Pediküre am Montag, 30. November um 11:00 bei Anna absagen?"
            + " | Ich habe Pediküre",
        "DE | am Montag kann ich nicht"
            + " | Möchten Sie Pediküre am Montag, 30. November um 11:00 bei Anna absagen?"
            + " | Ich habe Pediküre",
        "ES | no puedo ir el lunes"
            + " | ¿Quieres cancelar Pedicura el lunes 30 de noviembre a las 11:00 con Anna?"
            + " | He cancelado",
        "ES | no podré ir el lunes"
            + " | ¿Quieres cancelar Pedicura el lunes 30 de noviembre a las 11:00 con Anna?"
            + " | He cancelado",
      })
  void a_customer_who_cannot_come_is_asked_before_the_booking_is_cancelled(
      Speaking language, String text, String asked, String cancelled) {
    ChatSteps.Customer customer = booked(language);
    assertThat(customer.say(text)).isEqualTo(asked);
    assertThat(chat.statuses()).containsExactly("confirmed");
    assertThat(customer.say(language.yes)).startsWith(cancelled);
    assertThat(chat.statuses()).containsExactly("cancelled");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DE | ich kann am Montag nicht, geht Mittwoch?"
            + " | Freie Termine für Pediküre am Mittwoch, 25. November: | zur gleichen Zeit"
            + " | Ihren Termin für Pediküre von Montag, 30. November um 11:00 auf Mittwoch,"
            + " 25. November um 11:00 bei Anna verschieben?",
        "DE | ich schaffe es am Montag nicht, geht Mittwoch?"
            + " | Freie Termine für Pediküre am Mittwoch, 25. November: | zur gleichen Zeit"
            + " | Ihren Termin für Pediküre von Montag, 30. November um 11:00 auf Mittwoch,"
            + " 25. November um 11:00 bei Anna verschieben?",
        "ES | no puedo ir el lunes, ¿puede ser el miércoles?"
            + " | Horas libres para Pedicura el miércoles 25 de noviembre: | a la misma hora"
            + " | ¿Cambio tu Pedicura del lunes 30 de noviembre a las 11:00 al miércoles 25 de"
            + " noviembre a las 11:00 con Anna?",
        "ES | no podré ir el lunes, ¿puede ser el miércoles?"
            + " | Horas libres para Pedicura el miércoles 25 de noviembre: | a la misma hora"
            + " | ¿Cambio tu Pedicura del lunes 30 de noviembre a las 11:00 al miércoles 25 de"
            + " noviembre a las 11:00 con Anna?",
      })
  void a_customer_who_names_another_day_moves_the_booking(
      Speaking language, String text, String offered, String sameTime, String moveQuestion) {
    ChatSteps.Customer customer = booked(language);
    assertThat(customer.say(text)).startsWith(offered);
    assertThat(customer.say(sameTime)).isEqualTo(moveQuestion);
    customer.say(language.yes);
    assertThat(chat.statuses()).containsExactly("confirmed");
    assertThat(chat.starts())
        .containsExactly(OffsetDateTime.parse("2026-11-25T11:00:00+01:00").toInstant());
  }
}
