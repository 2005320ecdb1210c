package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which booking a cancel said while a new one is set up means (ADR 0093): "cancel this week's
 * appointment" names the booking made (a day or week word after "this"), "cancel my appointment" at
 * "Shall I book it?" offers the booking made (ADR 0085) while a bare "cancel" there drops the new
 * one (ADR 0080), "cancel that as well as my monday appointment" drops the new one and offers
 * Monday's, and "lass das Datum, lieber Dienstag" changes the day instead of dropping the booking.
 * In English, German and Spanish over the web chat on Postgres; Friday 27 Nov 2026, 10:00; the demo
 * studio; a Pedicure booked on Monday 30 Nov.
 */
class CancelThatOrMineChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Max | yes | basic manicure tuesday | cancel this week's appointment"
            + " | Cancel your Pedicure on Mon 30 Nov at 09:00",
        "de | Jonas | ja | Maniküre am Mittwoch | storniere das von dieser Woche"
            + " | Möchten Sie Pediküre am Montag, 30. November um 09:00",
        "es | Lucía | sí | manicura el miércoles | cancela eso de esta semana"
            + " | ¿Quieres cancelar Pedicura el lunes 30 de noviembre a las 09:00",
      })
  void a_day_or_week_word_after_that_names_the_booking_made(
      String language, String name, String yes, String another, String cancel, String offer) {
    ChatBookings.book(app, name, monday(language, "9"), yes);
    app.say(name, another);

    assertThat(app.say(name, cancel)).startsWith(offer);
    assertThat(statuses()).containsExactly("confirmed");
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Max | yes | basic manicure tuesday 1 december at 16 | cancel my appointment"
            + " | Cancel your Pedicure on Mon 30 Nov at 09:00 | cancel | OK, I won't book it.",
        "de | Jonas | ja | Maniküre am Dienstag um 16 Uhr | bitte meinen Termin stornieren"
            + " | Möchten Sie Pediküre am Montag, 30. November um 09:00 | stornieren"
            + " | In Ordnung, dann buche ich das nicht.",
        "es | Lucía | sí | manicura el martes a las 16 | cancela mi cita"
            + " | ¿Quieres cancelar Pedicura el lunes 30 de noviembre a las 09:00 | cancelar"
            + " | De acuerdo, no lo reservo.",
      })
  void at_shall_i_book_it_my_appointment_is_the_one_made_and_a_bare_cancel_the_new_one(
      String language,
      String name,
      String yes,
      String another,
      String cancelMine,
      String offer,
      String bare,
      String dropped) {
    ChatBookings.book(app, name, monday(language, "9"), yes);
    app.say(name, another);
    assertThat(app.say(name, cancelMine)).startsWith(offer);
    assertThat(statuses()).containsExactly("confirmed");

    app.say(name, another);
    assertThat(app.say(name, bare)).startsWith(dropped);
    assertThat(statuses()).containsExactly("confirmed");
  }

  @ParameterizedTest(name = "{0}: {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Max | yes | basic manicure tuesday | cancel that as well as my monday appointment"
            + " | OK, I won't book it. Cancel your Pedicure on Mon 30 Nov at 09:00",
        "de | Jonas | ja | Maniküre am Mittwoch | storniere das und auch meinen Termin am Montag"
            + " | In Ordnung, dann buche ich das nicht. Möchten Sie Pediküre am Montag, 30."
            + " November um 09:00",
        "es | Lucía | sí | manicura el miércoles | cancela eso y también mi cita del lunes"
            + " | De acuerdo, no lo reservo. ¿Quieres cancelar Pedicura el lunes 30 de noviembre"
            + " a las 09:00",
      })
  void cancel_that_and_my_monday_appointment_drops_the_new_one_and_offers_mondays(
      String language, String name, String yes, String another, String both, String reply) {
    ChatBookings.book(app, name, monday(language, "9"), yes);
    app.say(name, another);

    assertThat(app.say(name, both)).startsWith(reply);
    app.say(name, yes);
    assertThat(statuses()).containsExactly("cancelled");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lass das Datum, lieber Dienstag | Freie Termine für Klassische Maniküre am Dienstag, 1."
            + " Dezember",
        "lass das mit Mittwoch, lieber Dienstag | Freie Termine für Klassische Maniküre am"
            + " Dienstag, 1. Dezember",
        "lass das | In Ordnung, dann buche ich das nicht.",
      })
  void lass_das_datum_changes_the_day_and_lass_das_alone_drops_the_booking(
      String said, String reply) {
    ChatBookings.book(app, "Jonas", monday("de", "9"), "ja");
    app.say("Jonas", "Maniküre am Mittwoch");

    assertThat(app.say("Jonas", said)).startsWith(reply);
    assertThat(statuses()).containsExactly("confirmed");
  }

  private static String monday(String language, String hour) {
    return switch (language) {
      case "de" -> "Pediküre am Montag um " + hour + " Uhr";
      case "es" -> "pedicura el lunes a las " + hour;
      default -> "pedicure on monday 30 november at " + hour;
    };
  }

  private List<String> statuses() {
    return app.app()
        .database()
        .dsl()
        .select(Bookings.STATUS)
        .from(Bookings.T)
        .orderBy(Bookings.ID)
        .fetch(r -> r.value1());
  }
}
