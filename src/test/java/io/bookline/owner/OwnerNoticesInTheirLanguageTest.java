package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When the owner moves or cancels a chat booking, the customer's notice names the service as the
 * chat does in their language ("Pediküre", "Pedicura"), not the stored name in every language. Web
 * chat customers (Monday 23 Nov 2026, 08:00 Berlin), so the notice is the transcript's last line.
 */
class OwnerNoticesInTheirLanguageTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure tomorrow at 10 | Ann Lee | yes | Booked!"
            + " | had to cancel your Pedicure on | moved your Pedicure from",
        "Pediküre morgen um 10 Uhr | Jonas Weber | ja | Gebucht!"
            + " | musste Ihren Termin Pediküre am | hat Ihren Termin Pediküre von",
        "pedicura mañana a las 10 | Lucía García | sí | ¡Reservado!"
            + " | cancelar tu cita de Pedicura del | cambiado tu cita de Pedicura del",
      })
  void the_owners_notice_names_the_service_in_the_customers_language(
      String book, String name, String yes, String booked, String cancelled, String moved) {
    app.say("customer", book);
    app.say("customer", name);
    assertThat(app.say("customer", yes)).startsWith(booked);
    long booking =
        ((Number) app.app().database().dsl().fetchValue("select id from bookings")).longValue();
    var owner = app.as(TestApp.ADMIN_KEY, "demo");

    var move = owner.patch("/api/bookings/" + booking, "{\"start\":\"2026-11-24T14:00\"}");
    assertThat(move.status()).as(move.body()).isEqualTo(200);
    long conversation = move.json().get("booking").get("conversationId").asLong();
    assertThat(lastLine(owner, conversation)).contains(moved);

    var cancel = owner.post("/api/bookings/" + booking + "/cancel", "{}");
    assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
    assertThat(lastLine(owner, conversation)).contains(cancelled);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "pedicure tomorrow at 10 | Ann Lee | yes | had to cancel your Pedicure on",
        "Pediküre morgen um 10 Uhr | Jonas Weber | ja | musste Ihren Termin Pediküre am",
        "pedicura mañana a las 10 | Lucía García | sí | cancelar tu cita de Pedicura del",
      })
  void a_closures_cancellations_name_the_service_in_the_customers_language(
      String book, String name, String yes, String cancelled) {
    app.say("customer", book);
    app.say("customer", name);
    app.say("customer", yes);
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    var closure =
        owner.post(
            "/api/closures",
            "{\"firstDay\":\"2026-11-24\",\"lastDay\":\"2026-11-24\",\"reason\":\"Training\"}");
    assertThat(closure.status()).as(closure.body()).isEqualTo(201);
    var outcome =
        owner.post("/api/closures/" + closure.json().get("id").asLong() + "/cancel-bookings", "{}");
    assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
    var booking = outcome.json().get("cancelled").get(0).get("booking");
    assertThat(lastLine(owner, booking.get("conversationId").asLong()))
        .contains(cancelled)
        .contains("Training");
  }

  private static String lastLine(TestApp.Caller owner, long conversation) {
    var lines =
        owner.get("/api/conversations/" + conversation + "/messages").json().get("messages");
    return lines.get(lines.size() - 1).get("text").asText();
  }
}
