package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Customer report: "pedicure for 2 people tuesday 10am", "wir sind zu zweit…", "somos dos…" booked
 * one appointment, the second person silently lost. A number of people starts the same party as
 * "for my friend and me" (ADR 0058, 0097): one appointment per person, the second at the same time
 * with the other staff member. Friday 27 Nov 2026, 19:00 in Berlin; over the web chat on Postgres.
 */
class PartyByNumberChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  /** The request, the customer's name, yes, the second person's name; what the bot says. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure for 2 people tuesday 10am | Ann | yes | Lena"
            + " | One appointment per person: I'll book yours first, then the second one at the"
            + " same time with another member of the team if one is free, otherwise right after."
            + " Pedicure on Tue 1 Dec at 10:00 is free. What name should I put the booking under?"
            + " | Booked! Pedicure on Tue 1 Dec at 10:00 with Anna. See you then, Ann! For the"
            + " second person, Pedicure on Tue 1 Dec at 10:00 with Marta is free. What name should"
            + " I put the second appointment under?",
        "a pedicure for two of us on tuesday at 10 | Ann | yes | Lena"
            + " | One appointment per person: I'll book yours first, then the second one at the"
            + " same time with another member of the team if one is free, otherwise right after."
            + " Pedicure on Tue 1 Dec at 10:00 is free. What name should I put the booking under?"
            + " | Booked! Pedicure on Tue 1 Dec at 10:00 with Anna. See you then, Ann! For the"
            + " second person, Pedicure on Tue 1 Dec at 10:00 with Marta is free. What name should"
            + " I put the second appointment under?",
        "wir sind zu zweit und möchten beide eine Pediküre am Dienstag um 10 | Anke | ja | Birgit"
            + " | Ein Termin pro Person: Ich buche zuerst Ihren, dann den zweiten zur selben Zeit"
            + " bei einer anderen Kollegin, wenn jemand frei ist, sonst direkt danach. Pediküre am"
            + " Dienstag, 1. Dezember um 10:00 ist frei. Auf welchen Namen darf ich den Termin"
            + " eintragen?"
            + " | Gebucht! Pediküre am Dienstag, 1. Dezember um 10:00 bei Anna. Bis dann, Anke!"
            + " Für die zweite Person ist Pediküre am Dienstag, 1. Dezember um 10:00 bei Marta"
            + " frei. Auf welchen Namen darf ich den zweiten Termin eintragen?",
        "Pediküre für 2 Personen am Dienstag um 10 | Anke | ja | Birgit"
            + " | Ein Termin pro Person: Ich buche zuerst Ihren, dann den zweiten zur selben Zeit"
            + " bei einer anderen Kollegin, wenn jemand frei ist, sonst direkt danach. Pediküre am"
            + " Dienstag, 1. Dezember um 10:00 ist frei. Auf welchen Namen darf ich den Termin"
            + " eintragen?"
            + " | Gebucht! Pediküre am Dienstag, 1. Dezember um 10:00 bei Anna. Bis dann, Anke!"
            + " Für die zweite Person ist Pediküre am Dienstag, 1. Dezember um 10:00 bei Marta"
            + " frei. Auf welchen Namen darf ich den zweiten Termin eintragen?",
        "somos dos, queremos pedicura el martes a las 10 | Ana | sí | Bea"
            + " | Una cita por persona: primero reservo la tuya y luego la segunda a la misma hora"
            + " con otra persona del equipo si hay alguien libre; si no, justo después. Pedicura el"
            + " martes 1 de diciembre a las 10:00 está libre. ¿A nombre de quién hago la reserva?"
            + " | ¡Reservado! Pedicura el martes 1 de diciembre a las 10:00 con Anna. ¡Hasta"
            + " pronto, Ana! Para la segunda persona, Pedicura el martes 1 de diciembre a las 10:00"
            + " con Marta está libre. ¿A nombre de quién pongo la segunda cita?",
        "pedicura para dos personas el martes a las 10 | Ana | sí | Bea"
            + " | Una cita por persona: primero reservo la tuya y luego la segunda a la misma hora"
            + " con otra persona del equipo si hay alguien libre; si no, justo después. Pedicura el"
            + " martes 1 de diciembre a las 10:00 está libre. ¿A nombre de quién hago la reserva?"
            + " | ¡Reservado! Pedicura el martes 1 de diciembre a las 10:00 con Anna. ¡Hasta"
            + " pronto, Ana! Para la segunda persona, Pedicura el martes 1 de diciembre a las 10:00"
            + " con Marta está libre. ¿A nombre de quién pongo la segunda cita?",
      })
  void a_number_of_people_books_one_appointment_per_person(
      String request, String name, String yes, String second, String first, String booked) {
    assertThat(app.say("c", request)).isEqualTo(first);
    app.say("c", name);
    assertThat(app.say("c", yes)).isEqualTo(booked);
    assertThat(app.say("c", second)).contains(second);
    assertThat(app.say("c", yes))
        .startsWith(yes.equals("yes") ? "Booked!" : yes.equals("ja") ? "Gebucht!" : "¡Reservado!");
    var db = app.app().database().dsl();
    assertThat(
            db.select(Bookings.GUEST_NAME)
                .from(Bookings.T)
                .orderBy(Bookings.ID)
                .fetch(Bookings.GUEST_NAME))
        .containsExactly(null, second);
  }
}
