package io.bookline.dialogue;

import static io.bookline.db.Schema.Customers;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Customer report: "for Amy", "für Frau Braun", "para Marina" at "What name should I put the
 * booking under?", and "…3pm my name is Ruth" with no comma, were not taken as names (ADR 0097).
 * Titles stay as said. Friday 27 Nov 2026, 19:00 in Berlin; over the web chat on Postgres.
 */
class NameSaidWithForChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  /** The request, the answer to the name question, the name booked and the confirmation asked. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "manicure tuesday at 3pm | for Amy | Amy"
            + " | Basic Manicure on Tue 1 Dec at 15:00 with Anna for Amy, 25.00 EUR. Shall I book"
            + " it?",
        "Maniküre am Dienstag um 15 Uhr | für Frau Braun | Frau Braun"
            + " | Klassische Maniküre am Dienstag, 1. Dezember um 15:00 bei Anna für Frau Braun,"
            + " 25,00 €. Soll ich das buchen?",
        "manicura el martes a las 15 | para Marina | Marina"
            + " | Manicura básica el martes 1 de diciembre a las 15:00 con Anna a nombre de Marina,"
            + " 25,00 €. ¿Te la reservo?",
      })
  void a_name_after_for_at_the_name_question_is_taken(
      String request, String answer, String name, String confirm) {
    app.say("c", request);
    assertThat(app.say("c", answer)).isEqualTo(confirm);
    app.say(
        "c",
        List.of("yes", "ja", "sí")
            .get(confirm.contains("Soll") ? 1 : confirm.contains("¿") ? 2 : 0));
    assertThat(
            app.app()
                .database()
                .dsl()
                .select(Customers.NAME)
                .from(Customers.T)
                .fetch(Customers.NAME))
        .containsExactly(name);
    assertThat(app.app().database().dsl().fetchCount(io.bookline.db.Schema.Bookings.T))
        .isEqualTo(1);
  }

  /** A name introduced after the time with no comma is the booking's name. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "manicure tuesday at 3pm my name is Ruth"
            + " | Basic Manicure on Tue 1 Dec at 15:00 with Anna for Ruth, 25.00 EUR. Shall I book"
            + " it?",
        "Maniküre am Dienstag um 15 Uhr mein Name ist Ruth"
            + " | Klassische Maniküre am Dienstag, 1. Dezember um 15:00 bei Anna für Ruth, 25,00 €."
            + " Soll ich das buchen?",
        "manicura el martes a las 15 me llamo Ruth"
            + " | Manicura básica el martes 1 de diciembre a las 15:00 con Anna a nombre de Ruth,"
            + " 25,00 €. ¿Te la reservo?",
      })
  void a_name_introduced_after_the_time_without_a_comma_is_taken(String request, String confirm) {
    assertThat(app.say("c", request)).isEqualTo(confirm);
  }
}
