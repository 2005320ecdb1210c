package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Customers;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Customer report: two names at "What name should I put the booking under?" ("Kate and Tom", "Anke
 * und Birgit", "Ana y Bea", "ok. names are Emma and Olivia") asked the question again, or booked
 * "Ana y Bea" as one person. Two names are two people (ADR 0097): the first is the booking's name
 * and, with no party under way, one starts; the second person's appointment follows, for the second
 * name (no name asked again). Friday 27 Nov 2026, 19:00 in Berlin; over the web chat on Postgres.
 */
class TwoNamesAtTheNameChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  /** The request, the two names, yes, the second name; what the bot says to the names and yes. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "manicure tuesday at 10 | Kate and Tom | yes | Tom"
            + " | One appointment per person: I'll book yours first, then the second one at the"
            + " same time with another member of the team if one is free, otherwise right after."
            + " Basic Manicure on Tue 1 Dec at 10:00 with Anna for Kate, 25.00 EUR. Shall I book"
            + " it?"
            + " | Booked! Basic Manicure on Tue 1 Dec at 10:00 with Anna. See you then, Kate!"
            + " Basic Manicure on Tue 1 Dec at 10:00 with Marta for Tom, 25.00 EUR. Shall I book"
            + " it?",
        "manicure for me and my friend tuesday at 10 | ok. names are Kate and Tom | yes | Tom"
            + " | Basic Manicure on Tue 1 Dec at 10:00 with Anna for Kate, 25.00 EUR. Shall I book"
            + " it?"
            + " | Booked! Basic Manicure on Tue 1 Dec at 10:00 with Anna. See you then, Kate!"
            + " Basic Manicure on Tue 1 Dec at 10:00 with Marta for Tom, 25.00 EUR. Shall I book"
            + " it?",
        "Maniküre am Dienstag um 10 | Kate und Tom | ja | Tom"
            + " | Ein Termin pro Person: Ich buche zuerst Ihren, dann den zweiten zur selben Zeit"
            + " bei einer anderen Kollegin, wenn jemand frei ist, sonst direkt danach. Klassische"
            + " Maniküre am Dienstag, 1. Dezember um 10:00 bei Anna für Kate, 25,00 €. Soll ich das"
            + " buchen?"
            + " | Gebucht! Klassische Maniküre am Dienstag, 1. Dezember um 10:00 bei Anna. Bis dann,"
            + " Kate! Klassische Maniküre am Dienstag, 1. Dezember um 10:00 bei Marta für Tom,"
            + " 25,00 €. Soll ich das buchen?",
        "manicura el martes a las 10 | Kate y Tom | sí | Tom"
            + " | Una cita por persona: primero reservo la tuya y luego la segunda a la misma hora"
            + " con otra persona del equipo si hay alguien libre; si no, justo después. Manicura"
            + " básica el martes 1 de diciembre a las 10:00 con Anna a nombre de Kate, 25,00 €."
            + " ¿Te la reservo?"
            + " | ¡Reservado! Manicura básica el martes 1 de diciembre a las 10:00 con Anna. ¡Hasta"
            + " pronto, Kate! Manicura básica el martes 1 de diciembre a las 10:00 con Marta a"
            + " nombre de Tom, 25,00 €. ¿Te la reservo?",
      })
  void two_names_at_the_name_question_are_two_people(
      String request, String names, String yes, String second, String confirm, String booked) {
    app.say("c", request);
    assertThat(app.say("c", names)).isEqualTo(confirm);
    assertThat(app.say("c", yes)).isEqualTo(booked);
    app.say("c", yes);
    var db = app.app().database().dsl();
    assertThat(
            db.select(Bookings.GUEST_NAME)
                .from(Bookings.T)
                .orderBy(Bookings.ID)
                .fetch(Bookings.GUEST_NAME))
        .containsExactly(null, "Tom");
    assertThat(db.select(Customers.NAME).from(Customers.T).fetch(Customers.NAME))
        .containsExactly("Kate");
  }
}
