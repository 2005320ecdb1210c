package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "My friend can't come after all", "meine Freundin kann doch nicht", "mi amiga al final no puede
 * venir" of a party booking (ADR 0058) drops that person, never the customer: while it is set up,
 * the booking goes on with one person fewer; once booked, the friend's booking alone is offered for
 * cancelling, and only a yes cancels it (ADR 0086). It was read as a move of the customer's own.
 * Over the web chat on Postgres, Monday 23 Nov 2026, 08:00, the demo studio.
 */
class FriendCannotComeChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my friend and me on friday at 10 | Ann | yes | What name should I put the"
            + " second appointment under? | my friend can't come after all | OK, one person"
            + " fewer: I won't book the second appointment.",
        "Ich hätte gern eine Maniküre für mich und meine Freundin am Freitag um 10 | Jonas | ja"
            + " | Auf welchen Namen darf ich den zweiten Termin eintragen?"
            + " | meine Freundin kann doch nicht | In Ordnung, eine Person weniger: Den zweiten"
            + " Termin buche ich nicht.",
        "Hola, quiero una manicura para mí y mi amiga el viernes a las 10 | Lucía | sí"
            + " | ¿A nombre de quién pongo la segunda cita? | mi amiga al final no puede venir"
            + " | De acuerdo, una persona menos: no reservo la segunda cita.",
      })
  void at_the_second_persons_name_the_second_appointment_is_dropped(
      String request, String name, String yes, String asked, String cannot, String dropped) {
    app.say("c", request);
    app.say("c", name);
    assertThat(app.say("c", yes)).endsWith(asked);
    assertThat(app.say("c", cannot)).startsWith(dropped);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 10:00 -");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my friend and me on friday at 10 | my friend can't come after all | Ann"
            + " | OK, one person fewer. What name should I put the booking under? | yes"
            + " | Booked! Basic Manicure on Fri 27 Nov at 10:00 with Anna. See you then, Ann!",
        "Ich hätte gern eine Maniküre für mich und meine Freundin am Freitag um 10"
            + " | meine Freundin kann doch nicht | Jonas | In Ordnung, eine Person weniger. Auf"
            + " welchen Namen darf ich den Termin eintragen? | ja | Gebucht!",
        "Hola, quiero una manicura para mí y mi amiga el viernes a las 10"
            + " | mi amiga al final no puede venir | Lucía | De acuerdo, una persona menos."
            + " ¿A nombre de quién hago la reserva? | sí | ¡Reservado!",
      })
  void before_the_customers_own_is_booked_it_goes_on_for_one(
      String request, String cannot, String name, String fewer, String yes, String booked) {
    app.say("c", request);
    assertThat(app.say("c", cannot)).isEqualTo(fewer);
    app.say("c", name);
    String done = app.say("c", yes);
    assertThat(done).startsWith(booked).doesNotContain("second");
    assertThat(done).doesNotContain("zweite").doesNotContain("segunda");
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 10:00 -");
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my friend and me on friday at 10 | Ann | yes | Lily"
            + " | my friend can't come after all | Cancel your Basic Manicure on Fri 27 Nov at"
            + " 10:00 with Marta (for Lily)?",
        "Ich hätte gern eine Maniküre für mich und meine Freundin am Freitag um 10 | Jonas | ja |"
            + " Lily | meine Freundin kann doch nicht | Möchten Sie Klassische Maniküre am Freitag,"
            + " 27. November um 10:00 bei Marta (für Lily) absagen?",
        "Hola, quiero una manicura para mí y mi amiga el viernes a las 10 | Lucía | sí | Sofía | mi"
            + " amiga al final no puede venir | ¿Quieres cancelar Manicura básica el viernes 27 de"
            + " noviembre a las 10:00 con Marta (para Sofía)?",
      })
  void once_booked_only_the_friends_booking_is_offered_for_cancelling(
      String request, String name, String yes, String guest, String cannot, String asked) {
    ChatBookings.bookForTwo(app, "c", request, name, yes, guest);
    assertThat(app.say("c", cannot)).isEqualTo(asked);
    assertThat(ChatBookings.partyBookings(app))
        .containsExactly("confirmed 10:00 -", "confirmed 10:00 " + guest);
    app.say("c", yes);
    assertThat(ChatBookings.partyBookings(app))
        .containsExactly("confirmed 10:00 -", "cancelled 10:00 " + guest);
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure on friday at 10 | Ann | yes | my friend can't come after all | You have no"
            + " appointment booked for anyone else; yours stay as they are.",
        "Ich hätte gern eine Maniküre am Freitag um 10 | Jonas | ja | meine Freundin kann doch"
            + " nicht | Sie haben keinen Termin für eine andere Person gebucht; Ihre Termine"
            + " bleiben, wie sie sind.",
        "Hola, quiero una manicura el viernes a las 10 | Lucía | sí | mi amiga al final no puede"
            + " venir | No tienes ninguna cita reservada para otra persona; las tuyas siguen como"
            + " están.",
      })
  void with_no_one_else_booked_the_customers_own_booking_stays(
      String request, String name, String yes, String cannot, String told) {
    app.say("c", request);
    app.say("c", name);
    assertThat(app.say("c", yes)).doesNotContain("second");
    assertThat(app.say("c", cannot)).isEqualTo(told);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 10:00 -");
  }
}
