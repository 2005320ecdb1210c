package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.support.TestApp.FRIDAY_10AM_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A customer review's phrasings for moving or not keeping a booking, each in English, German and
 * Spanish, over the web chat on Postgres (ADR 0065): amounts of two units ("an hour and 15 minutes
 * later", "una hora y cuarto más tarde"), "ich schaff's am Montag nicht" / "no llego el lunes", a
 * move asked with "me pasas la cita del lunes al miércoles", and a booked service named with a weak
 * verb ("make the pedicure an hour later"). Friday 27 Nov 2026, 10:00; the demo studio; the
 * customer's Pedicure is on Mon 30 Nov at 11:00 with Anna.
 */
class MovingInMoreEverydayWordsChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabaseAt(FRIDAY_10AM_BERLIN);

  static String yes(String language) {
    return language.equals("EN") ? "yes" : language.equals("DE") ? "ja" : "sí";
  }

  /** Books the Pedicure on Mon 30 Nov at 11:00 in the customer's language. */
  void bookMonday(String user, String language) {
    switch (language) {
      case "DE" -> {
        app.say(user, "Ich hätte gern eine Pediküre am 30. November um 11 Uhr");
        app.say(user, "Jonas Weber");
      }
      case "ES" -> {
        app.say(user, "quiero una pedicura el 30 de noviembre a las 11");
        app.say(user, "Lucía García");
      }
      default -> {
        app.say(user, "pedicure on 30 november at 11am");
        app.say(user, "Ann Lee");
      }
    }
    assertThat(app.say(user, yes(language))).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
  }

  /** Books a Gel Manicure on Sat 28 Nov at 11:00, before the Pedicure. */
  void bookSaturdayFirst(String user, String language) {
    switch (language) {
      case "DE" -> {
        app.say(user, "Ich hätte gern eine Gel-Maniküre am 28. November um 11 Uhr");
        app.say(user, "Jonas Weber");
      }
      case "ES" -> {
        app.say(user, "quiero una manicura de gel el 28 de noviembre a las 11");
        app.say(user, "Lucía García");
      }
      default -> {
        app.say(user, "gel manicure on 28 november at 11am");
        app.say(user, "Ann Lee");
      }
    }
    assertThat(app.say(user, yes(language))).containsAnyOf("Booked!", "Gebucht!", "¡Reservado!");
  }

  /** Every booking's start and status, in the order they were made. */
  List<String> bookings() {
    return app.app()
        .database()
        .dsl()
        .select(Bookings.STARTS_AT, Bookings.STATUS)
        .from(Bookings.T)
        .orderBy(Bookings.ID)
        .fetch(r -> r.value1().toInstant() + " " + r.value2());
  }

  static String berlin(String local) {
    return OffsetDateTime.parse(local + ":00+01:00").toInstant().toString();
  }

  static String moveQuestion(String language, String from, String to) {
    return switch (language) {
      case "DE" ->
          "Ihren Termin für Pediküre von Montag, 30. November um "
              + from
              + " auf "
              + to
              + " bei Anna verschieben?";
      case "ES" ->
          "¿Cambio tu Pedicura del lunes 30 de noviembre a las "
              + from
              + " al "
              + to
              + " con Anna?";
      default -> "Move your Pedicure from Mon 30 Nov at " + from + " to " + to + " with Anna?";
    };
  }

  static String monday(String language, String time) {
    return switch (language) {
      case "DE" -> "Montag, 30. November um " + time;
      case "ES" -> "lunes 30 de noviembre a las " + time;
      default -> "Mon 30 Nov at " + time;
    };
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | an hour and 15 minutes later               | 12:15",
        "EN | 1 hour 30 min earlier                      | 09:30",
        "EN | can you push it back by an hour and 15 minutes? | 12:15",
        "EN | an hour and a quarter later                | 12:15",
        "DE | eine Stunde und 15 Minuten später          | 12:15",
        "DE | 1 Std. 30 Min. früher                      | 09:30",
        "ES | una hora y cuarto más tarde                | 12:15",
        "ES | una hora y 15 minutos más tarde            | 12:15",
        "ES | 1 hora 30 minutos antes                    | 09:30",
      })
  void an_amount_of_two_units_moves_the_booking_by_both(String language, String said, String to) {
    String user = "a" + language;
    bookMonday(user, language);
    assertThat(app.say(user, said))
        .isEqualTo(moveQuestion(language, "11:00", monday(language, to)));
    assertThat(app.say(user, yes(language))).containsAnyOf("Done!", "Erledigt!", "¡Listo!");
    assertThat(bookings()).containsExactly(berlin("2026-11-30T" + to) + " confirmed");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | I won't make it on monday        | Cancel your Pedicure on Mon 30 Nov at 11:00 with Anna?",
        "DE | ich schaffs am Montag nicht      | Möchten Sie Pediküre am Montag, 30. November um 11:00"
            + " bei Anna absagen?",
        "DE | ich schaff's am Montag leider nicht | Möchten Sie Pediküre am Montag, 30. November um"
            + " 11:00 bei Anna absagen?",
        "DE | ich schaffe es am Montag nicht   | Möchten Sie Pediküre am Montag, 30. November um 11:00"
            + " bei Anna absagen?",
        "ES | no llego el lunes                | ¿Quieres cancelar Pedicura el lunes 30 de noviembre a"
            + " las 11:00 con Anna?",
        "ES | el lunes no llego                | ¿Quieres cancelar Pedicura el lunes 30 de noviembre a"
            + " las 11:00 con Anna?",
      })
  void cannot_make_it_on_a_day_offers_to_cancel_that_booking_and_asks_first(
      String language, String said, String question) {
    String user = "c" + language;
    bookMonday(user, language);
    assertThat(app.say(user, said)).isEqualTo(question);
    assertThat(bookings()).containsExactly(berlin("2026-11-30T11:00") + " confirmed");
    app.say(user, yes(language));
    assertThat(bookings()).containsExactly(berlin("2026-11-30T11:00") + " cancelled");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | I won't make it on monday, can we do wednesday? | Free times for Pedicure on Wed 2 Dec:",
        "DE | ich schaffs am Montag nicht, geht Mittwoch?    | Freie Termine für Pediküre am"
            + " Mittwoch, 2. Dezember:",
        "ES | no llego el lunes, ¿puede ser el miércoles?    | Horas libres para Pedicura el"
            + " miércoles 2 de diciembre:",
      })
  void cannot_make_it_on_a_day_with_another_day_moves_the_booking(
      String language, String said, String offer) {
    String user = "v" + language;
    bookMonday(user, language);
    assertThat(app.say(user, said)).startsWith(offer);
    assertThat(bookings()).containsExactly(berlin("2026-11-30T11:00") + " confirmed");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | can you switch my appointment from monday to wednesday | Free times for Pedicure on"
            + " Wed 2 Dec: | Wed 2 Dec at 10:30",
        "EN | can you move the appointment from monday to wednesday? | Free times for Pedicure on"
            + " Wed 2 Dec: | Wed 2 Dec at 10:30",
        "DE | kannst du mir den Termin von Montag auf Mittwoch legen | Freie Termine für Pediküre am"
            + " Mittwoch, 2. Dezember: | Mittwoch, 2. Dezember um 10:30",
        "ES | ¿me pasas la cita del lunes al miércoles?              | Horas libres para Pedicura el"
            + " miércoles 2 de diciembre: | miércoles 2 de diciembre a las 10:30",
        "ES | me cambias la cita del lunes al miércoles              | Horas libres para Pedicura el"
            + " miércoles 2 de diciembre: | miércoles 2 de diciembre a las 10:30",
      })
  void from_one_day_to_another_moves_the_booking_of_the_first(
      String language, String said, String offer, String to) {
    String user = "m" + language;
    bookSaturdayFirst(user, language);
    bookMonday(user, language);
    assertThat(app.say(user, said)).startsWith(offer);
    assertThat(app.say(user, "10:30")).isEqualTo(moveQuestion(language, "11:00", to));
    assertThat(app.say(user, yes(language))).containsAnyOf("Done!", "Erledigt!", "¡Listo!");
    assertThat(bookings())
        .containsExactly(
            berlin("2026-11-28T11:00") + " confirmed", berlin("2026-12-02T10:30") + " confirmed");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | basic manicure please | can you move the appointment from monday to wednesday? | Free"
            + " times for Pedicure on Wed 2 Dec: | Wed 2 Dec at 10:30",
        "DE | Ich hätte gern eine klassische Maniküre | kannst du mir den Termin von Montag auf"
            + " Mittwoch legen | Freie Termine für Pediküre am Mittwoch, 2. Dezember: | Mittwoch, 2."
            + " Dezember um 10:30",
        "ES | quiero una manicura | ¿me pasas la cita del lunes al miércoles? | Horas libres para"
            + " Pedicura el miércoles 2 de diciembre: | miércoles 2 de diciembre a las 10:30",
      })
  void while_booking_another_service_the_booking_named_by_its_day_is_moved(
      String language, String booking, String said, String offer, String to) {
    String user = "b" + language;
    bookMonday(user, language);
    app.say(user, booking);
    assertThat(app.say(user, said)).startsWith(offer);
    assertThat(app.say(user, "10:30")).isEqualTo(moveQuestion(language, "11:00", to));
    assertThat(app.say(user, yes(language))).containsAnyOf("Done!", "Erledigt!", "¡Listo!");
    assertThat(bookings()).containsExactly(berlin("2026-12-02T10:30") + " confirmed");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | make the pedicure an hour later",
        "EN | can you put the pedicure 30 minutes earlier?",
        "DE | mach die Pediküre eine Stunde später",
        "DE | leg die Pediküre bitte eine halbe Stunde früher",
        "ES | pon la pedicura una hora más tarde",
        "ES | ¿me pasas la pedicura media hora antes?",
      })
  void a_booked_service_named_with_a_weak_verb_is_the_booking_moved(String language, String said) {
    String user = "p" + language;
    bookSaturdayFirst(user, language);
    bookMonday(user, language);
    String to =
        said.contains("30") || said.contains("halbe") || said.contains("media") ? "10:30" : "12:00";
    assertThat(app.say(user, said))
        .isEqualTo(moveQuestion(language, "11:00", monday(language, to)));
    assertThat(app.say(user, yes(language))).containsAnyOf("Done!", "Erledigt!", "¡Listo!");
    assertThat(bookings())
        .containsExactly(
            berlin("2026-11-28T11:00") + " confirmed", berlin("2026-11-30T" + to) + " confirmed");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "EN | put the pedicure on wednesday | Free times for Pedicure on Wed 2 Dec:",
        "DE | leg die Pediküre auf Mittwoch | Freie Termine für Pediküre am Mittwoch, 2. Dezember:",
        "ES | pon la pedicura el miércoles  | Horas libres para Pedicura el miércoles 2 de"
            + " diciembre:",
      })
  void a_booked_service_named_with_a_new_day_is_moved_there(
      String language, String said, String offer) {
    String user = "w" + language;
    bookSaturdayFirst(user, language);
    bookMonday(user, language);
    assertThat(app.say(user, said)).startsWith(offer);
    assertThat(app.say(user, "10:30"))
        .isEqualTo(
            moveQuestion(
                language,
                "11:00",
                switch (language) {
                  case "DE" -> "Mittwoch, 2. Dezember um 10:30";
                  case "ES" -> "miércoles 2 de diciembre a las 10:30";
                  default -> "Wed 2 Dec at 10:30";
                }));
  }
}
