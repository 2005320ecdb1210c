package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defect report: at "Shall I book it?", "book it for my mum Helen" booked under the writer's name
 * and Helen was lost; at the name question, "it's for my mum Helen" only asked for the name again.
 * The booking is the named person's (bookings.guest_name), the confirmation names her, and the
 * goodbye stays the writer's. English, German and Spanish over the web chat on Postgres, Monday 23
 * Nov 2026, 08:00, the demo studio.
 */
class GuestSaidAtTheEndChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /**
   * request | writer's name | the person said at the confirmation | yes | as confirmed | goodbye.
   */
  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure on friday at 11 | Ann | book it for my mum Helen | yes | Helen | for Helen,"
            + " | Booked! | (for Helen). See you then, Ann!",
        "Ich hätte gern eine Maniküre am Freitag um 11 | Jonas | buch es für meine Mama Helga | ja"
            + " | Helga | für Helga, | Gebucht! | (für Helga). Bis dann, Jonas!",
        "quiero una manicura el viernes a las 11 | Lucía | resérvalo para mi madre Pilar | sí"
            + " | Pilar | a nombre de Pilar, | ¡Reservado! | (para Pilar). ¡Hasta pronto, Lucía!",
      })
  void a_person_named_at_the_confirmation_is_whom_the_booking_is_for(
      String request,
      String name,
      String forGuest,
      String yes,
      String guest,
      String confirmed,
      String booked,
      String goodbye) {
    app.say("w", request);
    assertThat(app.say("w", name)).contains(name + ",");
    assertThat(app.say("w", forGuest)).contains(confirmed).doesNotContain(" " + name + ",");
    assertThat(app.say("w", yes)).startsWith(booked).endsWith(goodbye);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 11:00 " + guest);
  }

  /** request | the person said at the name question | yes | as confirmed | booked | goodbye. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure on friday at 11 | it's for my mum Helen | yes | Helen | for Helen, | Booked!"
            + " | (for Helen). See you then!",
        "Ich hätte gern eine Maniküre am Freitag um 11 | es ist für meine Mutter Helga | ja"
            + " | Helga | für Helga, | Gebucht! | (für Helga). Bis dann!",
        "quiero una manicura el viernes a las 11 | es para mi madre Pilar | sí | Pilar"
            + " | a nombre de Pilar, | ¡Reservado! | (para Pilar). ¡Hasta pronto!",
      })
  void a_person_named_at_the_name_question_is_whom_the_booking_is_for(
      String request,
      String forGuest,
      String yes,
      String guest,
      String confirmed,
      String booked,
      String goodbye) {
    app.say("w", request);
    assertThat(app.say("w", forGuest)).contains(confirmed);
    assertThat(app.say("w", yes)).startsWith(booked).endsWith(goodbye);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 11:00 " + guest);
  }
}
