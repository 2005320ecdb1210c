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
 * Customer report: "Emma and Olivia" at the name question booked Emma, then asked "What name should
 * I put the second appointment under?". The second name said with the first is the second
 * appointment's (ADR 0097, now kept): it is offered for Olivia at once. Friday 27 Nov 2026, 19:00
 * in Berlin; over the web chat on Postgres.
 */
class SecondNameKeptChatTest {
  @RegisterExtension
  final TestApp app = TestApp.onFreshDatabaseAt(Instant.parse("2026-11-27T18:00:00Z"));

  /** The request, the two names, yes; the second appointment offered; yes. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "manicure tuesday at 10 | Emma and Olivia | yes | Olivia"
            + " | Basic Manicure on Tue 1 Dec at 10:00 with Marta for Olivia, 25.00 EUR. Shall I"
            + " book it?",
        "manicure for me and my friend tuesday at 10 | ok. names are Emma and Olivia | yes | Olivia"
            + " | Basic Manicure on Tue 1 Dec at 10:00 with Marta for Olivia, 25.00 EUR. Shall I"
            + " book it?",
        "Maniküre am Dienstag um 10 | Emma und Olivia | ja | Olivia"
            + " | Klassische Maniküre am Dienstag, 1. Dezember um 10:00 bei Marta für Olivia,"
            + " 25,00 €. Soll ich das buchen?",
        "manicura el martes a las 10 | Emma y Olivia | sí | Olivia"
            + " | Manicura básica el martes 1 de diciembre a las 10:00 con Marta a nombre de Olivia,"
            + " 25,00 €. ¿Te la reservo?",
      })
  void the_second_name_said_with_the_first_is_not_asked_again(
      String request, String names, String yes, String second, String offer) {
    app.say("c", request);
    app.say("c", names);
    String booked = app.say("c", yes);
    assertThat(booked).endsWith(offer);
    app.say("c", yes);
    var db = app.app().database().dsl();
    assertThat(
            db.select(Bookings.GUEST_NAME)
                .from(Bookings.T)
                .orderBy(Bookings.ID)
                .fetch(Bookings.GUEST_NAME))
        .containsExactly(null, second);
    assertThat(db.select(Customers.NAME).from(Customers.T).fetch(Customers.NAME))
        .containsExactly("Emma");
  }
}
