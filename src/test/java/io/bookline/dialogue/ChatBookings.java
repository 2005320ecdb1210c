package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Bookings made and read the way the chat tests about moving and naming bookings need them. */
final class ChatBookings {
  private ChatBookings() {}

  /**
   * Books what {@code request} asks for: the customer's name (their user id) if asked, then {@code
   * yes} to the confirmation, which must book it.
   */
  static void book(TestApp app, String user, String request, String yes) {
    String r = app.say(user, request);
    if (r.toLowerCase(Locale.ROOT).contains("name") || r.contains("nombre")) {
      app.say(user, user);
    }
    assertThat(app.say(user, yes)).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
  }

  /** Every booking's start, in the order they were made. */
  static List<Instant> starts(TestApp app) {
    return new ChatSteps(app).starts();
  }
}
