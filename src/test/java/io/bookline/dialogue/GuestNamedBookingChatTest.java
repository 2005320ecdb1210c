package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A customer holding her own booking and her friend's ("for me and my friend Lily", ADR 0058) picks
 * one by the friend's name: "cancel Lily's appointment", "Lilys Termin", "la cita de Lily", "the
 * one for Lily", also as the answer to "which one?". The name is matched however it is written
 * (case, accents), and a name no booking has is said so with what she has (ADR 0086). Over the web
 * chat on Postgres, Monday 23 Nov 2026, 08:00, the demo studio.
 */
class GuestNamedBookingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** The customer's own booking and her guest's, in each language: request | name | yes | guest. */
  private static final String EN =
      "a manicure for my friend and me on friday at 10 | Ann | yes | Lily";

  private static final String DE =
      "Ich hätte gern eine Maniküre für mich und meine Freundin am Freitag um 10 | Jonas | ja"
          + " | Lily";
  private static final String ES =
      "Hola, quiero una manicura para mí y mi amiga el viernes a las 10 | Lucía | sí | Sofía";

  /** Whether to cancel the guest's booking, asked in each language. */
  private static final String EN_CANCEL_GUESTS =
      "Cancel your Basic Manicure on Fri 27 Nov at 10:00 with Marta (for Lily)?";

  private static final String DE_CANCEL_GUESTS =
      "Möchten Sie Klassische Maniküre am Freitag, 27. November um 10:00 bei Marta (für Lily)"
          + " absagen?";
  private static final String ES_CANCEL_GUESTS =
      "¿Quieres cancelar Manicura básica el viernes 27 de noviembre a las 10:00 con Marta (para"
          + " Sofía)?";

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        EN + " | cancel Lily's appointment | " + EN_CANCEL_GUESTS,
        EN + " | cancel the one for lily please | " + EN_CANCEL_GUESTS,
        DE + " | Ich möchte Lilys Termin absagen | " + DE_CANCEL_GUESTS,
        DE + " | bitte den für Lily stornieren | " + DE_CANCEL_GUESTS,
        ES + " | quiero cancelar la cita de sofia | " + ES_CANCEL_GUESTS,
        ES + " | cancela la de Sofia por favor | " + ES_CANCEL_GUESTS,
      })
  void cancelling_by_the_guests_name_offers_the_guests_booking(
      String request, String name, String yes, String guest, String cancel, String asked) {
    ChatBookings.bookForTwo(app, "c", request, name, yes, guest);
    assertThat(app.say("c", cancel)).isEqualTo(asked);
    app.say("c", yes);
    assertThat(ChatBookings.partyBookings(app))
        .containsExactly("confirmed 10:00 -", "cancelled 10:00 " + guest);
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        EN + " | move Lily's to 4pm | Fri 27 Nov at 16:00",
        DE + " | kannst du Lilys Termin auf 16 Uhr verlegen? | auf Freitag, 27. November um 16:00",
        ES
            + " | pasa la cita de Sofía a las 4 de la tarde | al viernes 27 de noviembre a las"
            + " 16:00",
      })
  void moving_by_the_guests_name_moves_the_guests_booking(
      String request, String name, String yes, String guest, String move, String offered) {
    ChatBookings.bookForTwo(app, "c", request, name, yes, guest);
    assertThat(app.say("c", move)).contains(offered).contains("Marta").doesNotContain("1)");
    app.say("c", yes);
    assertThat(ChatBookings.partyBookings(app))
        .containsExactly("confirmed 10:00 -", "confirmed 16:00 " + guest);
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource(
      delimiter = '|',
      value = {
        EN + " | cancel my appointment | Lily's | " + EN_CANCEL_GUESTS,
        DE + " | Ich möchte meinen Termin absagen | die von Lily | " + DE_CANCEL_GUESTS,
        ES + " | Quiero cancelar mi cita | la de SOFIA | " + ES_CANCEL_GUESTS,
      })
  void the_guests_name_answers_which_booking(
      String request,
      String name,
      String yes,
      String guest,
      String cancel,
      String answer,
      String asked) {
    ChatBookings.bookForTwo(app, "c", request, name, yes, guest);
    assertThat(app.say("c", cancel)).contains("1)").contains("2)");
    assertThat(app.say("c", answer)).isEqualTo(asked);
    app.say("c", yes);
    assertThat(ChatBookings.partyBookings(app))
        .containsExactly("confirmed 10:00 -", "cancelled 10:00 " + guest);
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        EN
            + " | cancel Tom's appointment | You have no appointment for Tom. Which"
            + " appointment would you like to cancel?",
        DE
            + " | Ich möchte Toms Termin absagen | Sie haben keinen Termin für Tom."
            + " Welchen Termin möchten Sie absagen?",
        ES
            + " | quiero cancelar la cita de Tomás | No tienes ninguna cita para Tomás."
            + " ¿Qué cita quieres cancelar?",
      })
  void a_name_no_booking_has_is_said_with_the_bookings_there_are(
      String request, String name, String yes, String guest, String cancel, String none) {
    ChatBookings.bookForTwo(app, "c", request, name, yes, guest);
    assertThat(app.say("c", cancel)).startsWith(none).contains("1) ").contains("2) ");
    assertThat(ChatBookings.partyBookings(app))
        .containsExactly("confirmed 10:00 -", "confirmed 10:00 " + guest);
  }
}
