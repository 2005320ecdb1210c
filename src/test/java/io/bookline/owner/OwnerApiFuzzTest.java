package io.bookline.owner;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Well-formed JSON with every field of the owner's write routes set to values that break a naive
 * reader (NUL, lone surrogates, numbers past any range, years past any calendar, wrong types): the
 * answer is never a 5xx, and every 4xx is a JSON error with a message. The malformed-JSON fuzz over
 * every route is {@code FuzzTest}.
 */
class OwnerApiFuzzTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static final List<String> NASTY =
      List.of(
          "\"\\u0000\"",
          "\"hi \\ud83d\"",
          "1e999999",
          "-1",
          "0",
          "9223372036854775808",
          "1.5",
          "[]",
          "{}",
          "true",
          "null",
          "\"\"",
          "\"+999999999-12-31T23:59:59\"",
          "\"-999999999-01-01T00:00Z\"",
          "\"2026-11-24T10:00\"",
          "\"2026-11-29T10:00\"",
          "\"" + "x".repeat(5_000) + "\"");

  /** Each write route with its fields; {id} is filled with a real booking's id. */
  static final Map<String, List<String>> ROUTES =
      Map.of(
          "POST /api/bookings",
          List.of("serviceId", "staffId", "start", "customerName", "customerPhone"),
          "PATCH /api/bookings/{id}",
          List.of("start", "staffId"),
          "POST /api/bookings/{id}/cancel",
          List.of("reason"),
          "POST /api/conversations/{id}/reply",
          List.of("text"));

  static long path0(String route, long booking, long conversation) {
    return route.contains("/conversations/") ? conversation : booking;
  }

  @Test
  void odd_values_in_every_field_of_every_write_route_never_answer_5xx() {
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    long service =
        ((Number) app.app().database().dsl().fetchValue("select min(id) from services"))
            .longValue();
    String valid =
        "\"serviceId\":" + service + ",\"start\":\"2026-11-24T10:00\",\"customerName\":\"F\"";
    long booking = owner.post("/api/bookings", "{" + valid + "}").json().get("id").asLong();
    assertThat(app.chat("demo", "fuzzed", "hi").status()).isEqualTo(200);
    long conversation =
        ((Number) app.app().database().dsl().fetchValue("select max(id) from conversations"))
            .longValue();
    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (var route : ROUTES.entrySet()) {
      String method = route.getKey().split(" ")[0];
      String path =
          route
              .getKey()
              .split(" ")[1]
              .replace("{id}", Long.toString(path0(route.getKey(), booking, conversation)));
      for (String field : route.getValue()) {
        for (String value : NASTY) {
          for (String body :
              List.of(
                  "{\"" + field + "\":" + value + "}",
                  "{" + valid + ",\"" + field + "\":" + value + "}")) {
            var r = owner.send(method, path, body);
            sent++;
            boolean named = r.json() != null && r.json().hasNonNull("message");
            if (r.status() >= 500 || r.status() >= 400 && !named) {
              failures.add(route.getKey() + " " + body + " -> " + r.status() + " " + r.body());
            }
          }
        }
      }
    }
    assertThat(sent).isGreaterThan(300);
    assertThat(failures).isEmpty();
  }
}
