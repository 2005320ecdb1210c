package io.bookline.dialogue;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Customers;
import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Customer report: "a manicure for my daughter and me" booked one appointment, the daughter's
 * silently dropped. Now the bot says it books one appointment per person, books the customer's,
 * then offers the second person the same time with the other staff member (else right after) and
 * asks their name (ADR 0058), over the web chat on Postgres. Monday 23 Nov 2026, 08:00; the demo
 * studio (Anna and Marta both do every service).
 */
class PartyOfTwoChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  /** The request, the customer's name, yes, the second person's name, and what the bot says. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a manicure for my daughter and me on friday at 10 | Ann | yes | Lena"
            + " | One appointment per person: I'll book yours first, then the second one at the"
            + " same time with another member of the team if one is free, otherwise right after."
            + " Basic Manicure on Fri 27 Nov at 10:00 is free. What name should I put the booking"
            + " under?"
            + " | Booked! Basic Manicure on Fri 27 Nov at 10:00 with Anna. See you then, Ann! For"
            + " the second person, Basic Manicure on Fri 27 Nov at 10:00 with Marta is free. What"
            + " name should I put the second appointment under?"
            + " | Basic Manicure on Fri 27 Nov at 10:00 with Marta for Lena, 25.00 EUR. Shall I"
            + " book it?"
            + " | Booked! Basic Manicure on Fri 27 Nov at 10:00 with Marta (for Lena). See you then,"
            + " Ann!",
        "two manicures please, for me and my friend on friday at 10 | Ann | yes | Lena"
            + " | One appointment per person: I'll book yours first, then the second one at the"
            + " same time with another member of the team if one is free, otherwise right after."
            + " Basic Manicure on Fri 27 Nov at 10:00 is free. What name should I put the booking"
            + " under?"
            + " | Booked! Basic Manicure on Fri 27 Nov at 10:00 with Anna. See you then, Ann! For"
            + " the second person, Basic Manicure on Fri 27 Nov at 10:00 with Marta is free. What"
            + " name should I put the second appointment under?"
            + " | Basic Manicure on Fri 27 Nov at 10:00 with Marta for Lena, 25.00 EUR. Shall I"
            + " book it?"
            + " | Booked! Basic Manicure on Fri 27 Nov at 10:00 with Marta (for Lena). See you then,"
            + " Ann!",
        "Ich hätte gern eine Pediküre für mich und meine Tochter am Freitag um 10 | Jonas | ja"
            + " | Mia"
            + " | Ein Termin pro Person: Ich buche zuerst Ihren, dann den zweiten zur selben Zeit"
            + " bei einer anderen Kollegin, wenn jemand frei ist, sonst direkt danach. Pediküre am"
            + " Freitag, 27. November um 10:00 ist frei. Auf welchen Namen darf ich den Termin"
            + " eintragen?"
            + " | Gebucht! Pediküre am Freitag, 27. November um 10:00 bei Anna. Bis dann, Jonas!"
            + " Für die zweite Person ist Pediküre am Freitag, 27. November um 10:00 bei Marta"
            + " frei. Auf welchen Namen darf ich den zweiten Termin eintragen?"
            + " | Pediküre am Freitag, 27. November um 10:00 bei Marta für Mia, 40,00 €. Soll ich"
            + " das buchen?"
            + " | Gebucht! Pediküre am Freitag, 27. November um 10:00 bei Marta (für Mia). Bis dann,"
            + " Jonas!",
        "Hola, quiero una pedicura para mí y mi hija el viernes a las 10 | Lucía | sí | Sofía"
            + " | Una cita por persona: primero reservo la tuya y luego la segunda a la misma hora"
            + " con otra persona del equipo si hay alguien libre; si no, justo después. Pedicura el"
            + " viernes 27 de noviembre a las 10:00 está libre. ¿A nombre de quién hago la"
            + " reserva?"
            + " | ¡Reservado! Pedicura el viernes 27 de noviembre a las 10:00 con Anna. ¡Hasta"
            + " pronto, Lucía! Para la segunda persona, Pedicura el viernes 27 de noviembre a las"
            + " 10:00 con Marta está libre. ¿A nombre de quién pongo la segunda cita?"
            + " | Pedicura el viernes 27 de noviembre a las 10:00 con Marta a nombre de Sofía,"
            + " 40,00 €. ¿Te la reservo?"
            + " | ¡Reservado! Pedicura el viernes 27 de noviembre a las 10:00 con Marta (para Sofía)."
            + " ¡Hasta pronto, Lucía!",
      })
  void each_person_gets_an_appointment_the_second_at_the_same_time_with_the_other_staff(
      String request,
      String name,
      String yes,
      String second,
      String first,
      String booked,
      String confirm,
      String done) {
    assertThat(app.say("c", request)).isEqualTo(first);
    app.say("c", name);
    assertThat(app.say("c", yes)).isEqualTo(booked);
    assertThat(app.say("c", second)).isEqualTo(confirm);
    assertThat(app.say("c", yes)).isEqualTo(done);
    var db = app.app().database().dsl();
    assertThat(
            db.select(Bookings.GUEST_NAME)
                .from(Bookings.T)
                .orderBy(Bookings.ID)
                .fetch(Bookings.GUEST_NAME))
        .containsExactly(null, second);
    assertThat(db.select(Customers.NAME).from(Customers.T).fetch(Customers.NAME))
        .containsExactly(name);
  }

  @Test
  void with_nobody_else_free_at_that_time_the_second_appointment_is_right_after() {
    app.say("m", "pedicure on friday at 10 with Marta");
    app.say("m", "Mo");
    assertThat(app.say("m", "yes")).startsWith("Booked!");
    assertThat(app.say("c", "a manicure for my daughter and me on friday at 10"))
        .endsWith(
            "Basic Manicure on Fri 27 Nov at 10:00 is free. What name should I put the"
                + " booking under?");
    app.say("c", "Ann");
    assertThat(app.say("c", "yes"))
        .isEqualTo(
            "Booked! Basic Manicure on Fri 27 Nov at 10:00 with Anna. See you then, Ann! Nobody"
                + " else is free at 10:00; right after, Basic Manicure on Fri 27 Nov at 10:30 with"
                + " Anna is free. What name should I put the second appointment under?");
    assertThat(app.say("c", "Lena"))
        .isEqualTo(
            "Basic Manicure on Fri 27 Nov at 10:30 with Anna for Lena, 25.00 EUR. Shall I book"
                + " it?");
    assertThat(app.say("c", "how much is it?"))
        .isEqualTo(
            "The Basic Manicure is 25.00 EUR (30 min). Basic Manicure on Fri 27 Nov at 10:30 with"
                + " Anna for Lena, 25.00 EUR. Shall I book it?");
    assertThat(app.say("c", "yes")).startsWith("Booked!");
    assertThat(app.app().database().dsl().fetchCount(Bookings.T)).isEqualTo(3);
  }
}
