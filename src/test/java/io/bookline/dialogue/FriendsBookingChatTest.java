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
 * "my friend's appointment", "den Termin meiner Freundin", "la cita de mi amiga" said without a
 * name means a booking made for someone else (bookings.guest_name), never the customer's own (ADR
 * 0107): with one, it is offered; with none, the customer is told only their own is there, and it
 * is left alone. It was read as the customer's own. Over the web chat on Postgres, Monday 23 Nov
 * 2026, 08:00, the demo studio.
 */
class FriendsBookingChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure on friday at 10 | Ann | yes | can you cancel my friend's booking please"
            + " | I only see your own appointment; none is booked here for anyone else, so yours"
            + " stays as it is.",
        "a manicure on friday at 10 | Ann | yes | can i move my friend's appointment to saturday"
            + " | I only see your own appointment; none is booked here for anyone else, so yours"
            + " stays as it is.",
        "Ich hätte gern eine Maniküre am Freitag um 10 | Jonas | ja | kann ich den termin meiner"
            + " freundin auf samstag verschieben? | Ich sehe nur Ihren eigenen Termin; für eine"
            + " andere Person ist hier nichts gebucht, Ihr Termin bleibt, wie er ist.",
        "Hola, quiero una manicura el viernes a las 10 | Lucía | sí | quiero cambiar la cita de mi"
            + " amiga al sábado | Solo veo tu propia cita; aquí no hay ninguna reservada para otra"
            + " persona, así que la tuya sigue como está.",
      })
  void with_only_the_customers_own_booking_it_is_left_alone(
      String request, String name, String yes, String friends, String told) {
    ChatBookings.book(app, "c", name, request, yes);
    assertThat(app.say("c", friends)).isEqualTo(told);
    app.say("c", yes);
    assertThat(ChatBookings.partyBookings(app)).containsExactly("confirmed 10:00 -");
  }

  @ParameterizedTest(name = "{5}")
  @CsvSource(
      delimiter = '|',
      value = {
        PARTY_EN + " | can you cancel my friend's booking please | " + CANCEL_GUESTS_EN,
        PARTY_DE + " | bitte den Termin meiner Freundin stornieren | " + CANCEL_GUESTS_DE,
        PARTY_ES + " | cancela la cita de mi amiga por favor | " + CANCEL_GUESTS_ES,
      })
  void with_a_guests_booking_that_one_is_offered_for_cancelling(
      String request, String name, String yes, String guest, String friends, String asked) {
    ChatBookings.bookForTwo(app, "c", request, name, yes, guest);
    assertThat(app.say("c", friends)).isEqualTo(asked);
    ChatBookings.yesChangesOnlyTheGuests(app, "c", yes, "cancelled 10:00 " + guest);
  }

  @ParameterizedTest(name = "{4}")
  @CsvSource(
      delimiter = '|',
      value = {
        PARTY_EN + " | can i move my friend's appointment to saturday at 11",
        PARTY_DE + " | kann ich den termin meiner freundin auf samstag um 11 verschieben?",
        PARTY_ES + " | quiero cambiar la cita de mi amiga al sábado a las 11",
      })
  void with_a_guests_booking_that_one_is_moved(
      String request, String name, String yes, String guest, String friends) {
    ChatBookings.bookForTwo(app, "c", request, name, yes, guest);
    String asked = app.say("c", friends);
    assertThat(asked).contains("11:00");
    ChatBookings.yesChangesOnlyTheGuests(app, "c", yes, "confirmed 11:00 " + guest);
  }
}
