package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.TestApp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A closure over booked days lists the bookings inside; {@code POST
 * /api/closures/{id}/cancel-bookings} cancels those still ahead in one go, each customer told in
 * their own chat and language exactly as a single owner cancellation tells them (ADR 0067).
 */
class ClosureCancelBookingsTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  TestApp.Caller owner() {
    return app.as(TestApp.ADMIN_KEY, "demo");
  }

  /** Books the Pedicure on Mon 30 Nov at {@code hour} in the customer's language. */
  void bookMonday(String user, String language, int hour) {
    switch (language) {
      case "DE" -> {
        app.say(user, "Ich hätte gern eine Pediküre am 30. November um " + hour + " Uhr");
        app.say(user, "Jonas Weber");
        assertThat(app.say(user, "ja")).startsWith("Gebucht!");
      }
      case "ES" -> {
        app.say(user, "quiero una pedicura el 30 de noviembre a las " + hour);
        app.say(user, "Lucía García");
        assertThat(app.say(user, "sí")).startsWith("¡Reservado!");
      }
      default -> {
        app.say(user, "pedicure on 30 november at " + hour + "am");
        app.say(user, "Ann Lee");
        assertThat(app.say(user, "yes")).startsWith("Booked!");
      }
    }
  }

  String lastLine(long conversation) {
    var lines =
        owner().get("/api/conversations/" + conversation + "/messages").json().get("messages");
    return lines.get(lines.size() - 1).get("text").asText();
  }

  String status(long booking) {
    return owner().get("/api/bookings/" + booking).json().get("status").asText();
  }

  @Test
  void every_booking_inside_is_cancelled_in_one_go_and_each_customer_told_in_their_language() {
    bookMonday("en", "EN", 9);
    bookMonday("de", "DE", 10);
    bookMonday("es", "ES", 11);
    var closed =
        owner().post("/api/closures", "{\"firstDay\":\"2026-11-30\",\"lastDay\":\"2026-11-30\"}");
    assertThat(closed.status()).as(closed.body()).isEqualTo(201);
    long closure = closed.json().get("id").asLong();
    List<Long> inside = new ArrayList<>();
    closed.json().get("bookingsInside").forEach(b -> inside.add(b.get("id").asLong()));
    assertThat(closed.json().get("bookingsInside").findValuesAsText("customerName"))
        .containsExactly("Ann Lee", "Jonas Weber", "Lucía García");

    // Another business's key cannot reach the closure, and nothing is cancelled.
    var stranger = app.as(IsolationMatrixTest.create(app, "cancel-b"));
    var refused = stranger.post("/api/closures/" + closure + "/cancel-bookings", "{}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(404);
    assertThat(refused.json().get("message").asText()).isEqualTo("no closure " + closure);
    assertThat(inside).allMatch(b -> status(b).equals("confirmed"));

    var done = owner().post("/api/closures/" + closure + "/cancel-bookings", "");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    JsonNode cancelled = done.json().get("cancelled");
    assertThat(cancelled).hasSize(3);
    assertThat(cancelled.findValuesAsText("customerTold")).containsOnly("transcript");
    assertThat(done.json().get("notCancelled")).isEmpty();
    assertThat(done.json().get("closure").get("bookingsInside")).isEmpty();
    assertThat(inside).allMatch(b -> status(b).equals("cancelled"));

    List<String> told = new ArrayList<>();
    cancelled.forEach(c -> told.add(lastLine(c.get("booking").get("conversationId").asLong())));
    assertThat(told)
        .containsExactly(
            "Demo Nail Studio had to cancel your Pedicure on Mon 30 Nov at 09:00. Sorry! Write"
                + " here if you'd like another time.",
            "Demo Nail Studio musste Ihren Termin Pediküre am Montag, 30. November um 10:00"
                + " leider absagen. Schreiben Sie hier, wenn Sie einen neuen Termin möchten.",
            "Demo Nail Studio ha tenido que cancelar tu cita de Pedicura del lunes 30 de"
                + " noviembre a las 11:00. ¡Lo sentimos! Escribe aquí si quieres otra hora.");

    var twice = owner().post("/api/closures/" + closure + "/cancel-bookings", "{}");
    assertThat(twice.status()).isEqualTo(200);
    assertThat(twice.json().get("cancelled")).isEmpty();
  }

  @Test
  void customers_read_the_closure_s_reason_unless_the_owner_gives_another() {
    bookMonday("en", "EN", 9);
    var closed =
        owner()
            .post(
                "/api/closures",
                "{\"firstDay\":\"2026-11-30\",\"lastDay\":\"2026-11-30\",\"reason\":\"staff"
                    + " training\"}");
    long closure = closed.json().get("id").asLong();
    var done = owner().post("/api/closures/" + closure + "/cancel-bookings", "{}");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    long conversation =
        done.json().get("cancelled").get(0).get("booking").get("conversationId").asLong();
    assertThat(lastLine(conversation))
        .isEqualTo(
            "Demo Nail Studio had to cancel your Pedicure on Mon 30 Nov at 09:00: staff training."
                + " Write here if you'd like another time.");

    app.say("en2", "pedicure on 1 december at 9am");
    app.say("en2", "Ben Hill");
    assertThat(app.say("en2", "yes")).startsWith("Booked!");
    var holiday =
        owner()
            .post(
                "/api/closures",
                "{\"firstDay\":\"2026-12-01\",\"lastDay\":\"2026-12-01\",\"reason\":\"holiday\"}");
    var own =
        owner()
            .post(
                "/api/closures/" + holiday.json().get("id").asLong() + "/cancel-bookings",
                "{\"reason\":\"a burst pipe\"}");
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    long second = own.json().get("cancelled").get(0).get("booking").get("conversationId").asLong();
    assertThat(lastLine(second)).contains(": a burst pipe.");
  }

  @Test
  void a_booking_already_begun_is_kept_and_said_so_and_bad_requests_are_named() {
    String desk = "{\"serviceId\":%d,\"start\":\"%s\",\"customerName\":\"Desk Guest\"}";
    long service = owner().get("/api/services").json().get("services").get(0).get("id").asLong();
    var early = owner().post("/api/bookings", desk.formatted(service, "2026-11-23T10:00"));
    assertThat(early.status()).as(early.body()).isEqualTo(201);
    var later = owner().post("/api/bookings", desk.formatted(service, "2026-11-23T15:00"));
    assertThat(later.status()).as(later.body()).isEqualTo(201);
    var closed =
        owner().post("/api/closures", "{\"firstDay\":\"2026-11-23\",\"lastDay\":\"2026-11-23\"}");
    long closure = closed.json().get("id").asLong();
    app.clock().advance(Duration.ofHours(3)); // 11:00 in Berlin

    String path = "/api/closures/" + closure + "/cancel-bookings";
    var bad = owner().post(path, "{\"reason\": 5, \"why\": \"x\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("fields").toString())
        .isEqualTo(
            "{\"why\":\"is not a field here; expected one of [reason]\",\"reason\":\"must be a"
                + " string\"}");
    assertThat(owner().post("/api/closures/987654/cancel-bookings", "{}").status()).isEqualTo(404);
    assertThat(owner().post("/api/closures/x/cancel-bookings", "{}").status()).isEqualTo(400);
    assertThat(owner().post(path, "[1]").status()).isEqualTo(400);

    var done = owner().post(path, "{}");
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    assertThat(done.json().get("cancelled")).hasSize(1);
    assertThat(done.json().get("cancelled").get(0).get("booking").get("id").asLong())
        .isEqualTo(later.json().get("id").asLong());
    assertThat(done.json().get("cancelled").get(0).get("customerTold").asText()).isEqualTo("none");
    var kept = done.json().get("notCancelled").get(0);
    assertThat(kept.get("bookingId").asLong()).isEqualTo(early.json().get("id").asLong());
    assertThat(kept.get("reason").asText())
        .isEqualTo("it began at 2026-11-23 10:00; only a booking ahead is cancelled");
  }
}
