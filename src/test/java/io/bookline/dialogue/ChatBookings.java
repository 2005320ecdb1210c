package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.ChatSteps;
import io.bookline.support.TestApp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Bookings made and read the way the chat tests about moving and naming bookings need them. */
final class ChatBookings {
  /** What the bot asks and says while booking, in the language of the customer's yes. */
  private record Wording(String nameQuestion, String confirmation, String booked) {
    static Wording of(String yes) {
      return switch (yes) {
        case "yes" ->
            new Wording("What name should I put the booking under?", "Shall I book it?", "Booked!");
        case "ja" ->
            new Wording(
                "Auf welchen Namen darf ich den Termin eintragen?",
                "Soll ich das buchen?",
                "Gebucht!");
        case "sí" ->
            new Wording("¿A nombre de quién hago la reserva?", "¿Te la reservo?", "¡Reservado!");
        default -> throw new IllegalArgumentException("no yes " + yes + "; yes, ja or sí");
      };
    }
  }

  private ChatBookings() {}

  /**
   * A party of two in each language, as the first four columns of a CSV row: request | name | yes |
   * guest, for {@link #bookForTwo}.
   */
  static final String PARTY_EN =
      "a manicure for my friend and me on friday at 10 | Ann | yes | Lily";

  static final String PARTY_DE =
      "Ich hätte gern eine Maniküre für mich und meine Freundin am Freitag um 10 | Jonas | ja"
          + " | Lily";
  static final String PARTY_ES =
      "Hola, quiero una manicura para mí y mi amiga el viernes a las 10 | Lucía | sí | Sofía";

  /** Whether to cancel the guest's booking of that party, asked in each language. */
  static final String CANCEL_GUESTS_EN =
      "Cancel your Basic Manicure on Fri 27 Nov at 10:00 with Marta (for Lily)?";

  static final String CANCEL_GUESTS_DE =
      "Möchten Sie Klassische Maniküre am Freitag, 27. November um 10:00 bei Marta (für Lily)"
          + " absagen?";
  static final String CANCEL_GUESTS_ES =
      "¿Quieres cancelar Manicura básica el viernes 27 de noviembre a las 10:00 con Marta (para"
          + " Sofía)?";

  /**
   * Books what {@code request} asks for: the customer's name if asked (their user id written as a
   * name: "ann" gives "Ann"), then {@code yes} to the confirmation, which must book it. New tests
   * name the customer: {@link #book(TestApp, String, String, String, String)}.
   */
  static void book(TestApp app, String user, String request, String yes) {
    String r = app.say(user, request);
    if (r.toLowerCase(Locale.ROOT).contains("name") || r.contains("nombre")) {
      app.say(user, nameOf(user));
    }
    assertBooked(app.say(user, yes));
  }

  /**
   * Books what {@code request} asks for as {@code name}, in the language of {@code yes} ("yes",
   * "ja" or "sí"): gives the name if it is asked for, must then be asked to confirm, and the yes
   * must book it.
   */
  static void book(TestApp app, String user, String name, String request, String yes) {
    Wording wording = Wording.of(yes);
    String r = app.say(user, request);
    if (r.endsWith(wording.nameQuestion())) {
      r = app.say(user, name);
    }
    assertThat(r).endsWith(wording.confirmation());
    assertThat(app.say(user, yes)).startsWith(wording.booked());
  }

  /**
   * Books the customer's own appointment from {@code request} (a party of two, "for my friend and
   * me") as {@code name}, then the second one as {@code guest}, each confirmed with {@code yes}:
   * both are booked at 10:00, the guest's beside the customer's.
   */
  static void bookForTwo(
      TestApp app, String user, String request, String name, String yes, String guest) {
    app.say(user, request);
    app.say(user, name);
    app.say(user, yes);
    app.say(user, guest);
    assertThat(app.say(user, yes)).contains(guest);
    assertThat(partyBookings(app)).containsExactly("confirmed 10:00 -", "confirmed 10:00 " + guest);
  }

  /**
   * Says {@code yes} to the change of the guest's booking just asked about: the customer's own
   * stays at 10:00 and the guest's is then {@code guests} ("cancelled 10:00 Lily", "confirmed 16:00
   * Lily").
   */
  static void yesChangesOnlyTheGuests(TestApp app, String user, String yes, String guests) {
    app.say(user, yes);
    assertThat(partyBookings(app)).containsExactly("confirmed 10:00 -", guests);
  }

  /** Each booking as "status HH:MM guest" ("-" for the customer's own), in the order made. */
  static List<String> partyBookings(TestApp app) {
    return app.app()
        .database()
        .dsl()
        .fetch(
            "select status, to_char(lower(during) at time zone 'Europe/Berlin', 'HH24:MI') t,"
                + " coalesce(guest_name, '-') g from bookings order by id")
        .map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2));
  }

  /** Every booking's start, in the order they were made. */
  static List<Instant> starts(TestApp app) {
    return new ChatSteps(app).starts();
  }

  private static void assertBooked(String reply) {
    assertThat(reply).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
  }

  /** A user id written as a name: "ann" is "Ann". */
  private static String nameOf(String user) {
    return user.substring(0, 1).toUpperCase(Locale.ROOT) + user.substring(1);
  }
}
