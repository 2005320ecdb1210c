package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Customers;
import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The customer's name is taken however it is said, over the web chat on Postgres, in English,
 * German and Spanish: "name Tom" / "auf den Namen Jonas" / "a nombre de Lucía" in the first
 * message; someone else's name at the name step ("her name is Lily", "sie heißt Lena", "se llama
 * Paula, es para mi hija"); and a new name at "Shall I book it?" ("Moment, bitte auf den Namen
 * Helga Schulz", "espera, ponla a nombre de mi madre, Pilar") replaces the old one before the yes.
 * Friday 27 Nov 2026, 10:00; the demo studio.
 */
class NamesSaidAnywhereChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "book a basic manicure wednesday at 2pm, name Tom | for Tom, 25.00 EUR. Shall I book it?",
        "book a basic manicure wednesday at 2pm. Name: Tom | for Tom, 25.00 EUR. Shall I book it?",
        "a basic manicure wednesday at 2pm under the name Tom Berg"
            + " | for Tom Berg, 25.00 EUR. Shall I book it?",
        "Klassische Maniküre am Mittwoch um 14 Uhr auf den Namen Jonas Weber"
            + " | für Jonas Weber, 25,00 €. Soll ich das buchen?",
        "Klassische Maniküre am Mittwoch um 14 Uhr, Name: Jonas | für Jonas, 25,00 €. Soll ich das"
            + " buchen?",
        "una manicura básica el miércoles a las 14 a nombre de Lucía García"
            + " | a nombre de Lucía García, 25,00 €. ¿Te la reservo?",
      })
  void a_name_in_the_first_message_is_taken(String request, String confirmation) {
    assertThat(app.say("first" + request.length(), request)).endsWith(confirmation);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "book a basic manicure wednesday at 2pm | her name is Lily | for Lily, 25.00 EUR.",
        // Booked for the daughter, so the writer's own name is asked next (ADR 0115).
        "book a basic manicure wednesday at 2pm | it's for my daughter, her name is Lily"
            + " | The appointment will be under Lily.",
        "Klassische Maniküre am Mittwoch um 14 Uhr | sie heißt Lena | für Lena, 25,00 €.",
        "una manicura básica el miércoles a las 14 | se llama Paula, es para mi hija"
            + " | La cita irá a nombre de Paula.",
      })
  void someone_elses_name_at_the_name_step_is_taken(
      String request, String name, String confirmation) {
    String user = "other" + name.length();
    app.say(user, request);
    assertThat(app.say(user, name)).contains(confirmation);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Klassische Maniküre am Mittwoch um 14 Uhr | Jonas Weber"
            + " | Moment, bitte auf den Namen Helga Schulz | für Helga Schulz, 25,00 €. Soll ich das"
            + " buchen? | ja | Helga Schulz",
        "una manicura básica el miércoles a las 14 | Lucía García"
            + " | espera, ponla a nombre de mi madre, Pilar | a nombre de Pilar, 25,00 €. ¿Te la"
            + " reservo? | sí | Pilar",
      })
  void a_new_name_at_the_confirmation_replaces_the_old_one(
      String request, String name, String correction, String asked, String yes, String booked) {
    String user = "fix" + correction.length();
    app.say(user, request);
    app.say(user, name);
    assertThat(app.say(user, correction)).endsWith(asked);
    assertThat(app.say(user, yes)).contains(booked);
    assertThat(bookedNames()).containsExactly(booked);
  }

  private List<String> bookedNames() {
    return app.app()
        .database()
        .dsl()
        .select(Customers.NAME)
        .from(Bookings.T)
        .join(Customers.T)
        .on(Customers.ID.eq(Bookings.CUSTOMER_ID))
        .fetch(r -> r.value1());
  }
}
