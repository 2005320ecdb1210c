package io.bookline.dialogue;

import static io.bookline.dialogue.ChatBookings.CANCEL_GUESTS_DE;
import static io.bookline.dialogue.ChatBookings.CANCEL_GUESTS_EN;
import static io.bookline.dialogue.ChatBookings.CANCEL_GUESTS_ES;
import static io.bookline.dialogue.ChatBookings.PARTY_DE;
import static io.bookline.dialogue.ChatBookings.PARTY_EN;
import static io.bookline.dialogue.ChatBookings.PARTY_ES;
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

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        PARTY_EN + " | cancel Lily's appointment | " + CANCEL_GUESTS_EN,
        PARTY_EN + " | cancel the one for lily please | " + CANCEL_GUESTS_EN,
        PARTY_DE + " | Ich möchte Lilys Termin absagen | " + CANCEL_GUESTS_DE,
        PARTY_DE + " | bitte den für Lily stornieren | " + CANCEL_GUESTS_DE,
        PARTY_ES + " | quiero cancelar la cita de sofia | " + CANCEL_GUESTS_ES,
        PARTY_ES + " | cancela la de Sofia por favor | " + CANCEL_GUESTS_ES,
      })
  void cancelling_by_the_guests_name_offers_the_guests_booking(
      String request, String name, String yes, String guest, String cancel, String asked) {
    ChatBookings.bookForTwo(app, "c", request, name, yes, guest);
    assertThat(app.say("c", cancel)).isEqualTo(asked);
    ChatBookings.yesChangesOnlyTheGuests(app, "c", yes, "cancelled 10:00 " + guest);
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        PARTY_EN + " | move Lily's to 4pm | Fri 27 Nov at 16:00",
        PARTY_DE
            + " | kannst du Lilys Termin auf 16 Uhr verlegen? | auf Freitag, 27. November um 16:00",
        PARTY_ES
            + " | pasa la cita de Sofía a las 4 de la tarde | al viernes 27 de noviembre a las"
            + " 16:00",
      })
  void moving_by_the_guests_name_moves_the_guests_booking(
      String request, String name, String yes, String guest, String move, String offered) {
    ChatBookings.bookForTwo(app, "c", request, name, yes, guest);
    assertThat(app.say("c", move)).contains(offered).contains("Marta").doesNotContain("1)");
    ChatBookings.yesChangesOnlyTheGuests(app, "c", yes, "confirmed 16:00 " + guest);
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource(
      delimiter = '|',
      value = {
        PARTY_EN + " | cancel my appointment | Lily's | " + CANCEL_GUESTS_EN,
        PARTY_DE + " | Ich möchte meinen Termin absagen | die von Lily | " + CANCEL_GUESTS_DE,
        PARTY_ES + " | Quiero cancelar mi cita | la de SOFIA | " + CANCEL_GUESTS_ES,
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
    ChatBookings.yesChangesOnlyTheGuests(app, "c", yes, "cancelled 10:00 " + guest);
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        PARTY_EN
            + " | cancel Tom's appointment | You have no appointment for Tom. Which"
            + " appointment would you like to cancel?",
        PARTY_DE
            + " | Ich möchte Toms Termin absagen | Sie haben keinen Termin für Tom."
            + " Welchen Termin möchten Sie absagen?",
        PARTY_ES
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
