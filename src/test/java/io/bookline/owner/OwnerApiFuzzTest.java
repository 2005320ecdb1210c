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

  /** Text Postgres cannot store as it is: NUL, and UTF-16 surrogates that are not a pair. */
  static final List<String> UNSTORABLE =
      List.of("\"\\u0000\"", "\"Nail\\u0000s\"", "\"\\ud800\"", "\"x \\udc00 y\"");

  /** One text field of an owner write route: X in the body is where the text goes. */
  record TextField(String method, String path, String body, String field) {}

  @Test
  void unstorable_text_in_every_owner_text_field_is_a_400_naming_the_field() {
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    long service = owner.get("/api/services").json().get("services").get(0).get("id").asLong();
    long staff = owner.get("/api/staff").json().get("staff").get(0).get("id").asLong();
    String newService = "{\"durationMinutes\":30,\"price\":1,";
    List<TextField> fields =
        List.of(
            new TextField("POST", "/api/services", newService + "\"name\":X}", "name"),
            new TextField(
                "POST",
                "/api/services",
                newService + "\"name\":\"A\",\"synonyms\":[X]}",
                "synonyms"),
            new TextField(
                "POST",
                "/api/services",
                newService + "\"name\":\"B\",\"names\":{\"de\":X}}",
                "names.de"),
            new TextField(
                "POST",
                "/api/services",
                newService + "\"name\":\"C\",\"synonymsByLanguage\":{\"es\":[X]}}",
                "synonymsByLanguage.es"),
            new TextField("PATCH", "/api/services/" + service, "{\"name\":X}", "name"),
            new TextField("PATCH", "/api/services/" + service, "{\"synonyms\":[X]}", "synonyms"),
            new TextField("POST", "/api/staff", "{\"name\":X}", "name"),
            new TextField("PATCH", "/api/staff/" + staff, "{\"name\":X}", "name"),
            new TextField(
                "POST",
                "/api/closures",
                "{\"firstDay\":\"2026-12-10\",\"lastDay\":\"2026-12-10\",\"reason\":X}",
                "reason"),
            new TextField("PATCH", "/api/business", "{\"name\":X}", "name"),
            new TextField("PATCH", "/api/business", "{\"address\":X}", "address"),
            new TextField("POST", "/api/keys", "{\"label\":X}", "label"));
    List<String> failures = new ArrayList<>();
    for (TextField f : fields) {
      for (String value : UNSTORABLE) {
        String body = f.body().replace("X", value);
        var r = owner.send(f.method(), f.path(), body);
        if (r.status() != 400 || !r.json().path("fields").has(f.field())) {
          failures.add(
              f.method() + " " + f.path() + " " + body + " -> " + r.status() + " " + r.body());
        }
      }
    }
    var operator = app.as(TestApp.ADMIN_KEY, null);
    for (String value : UNSTORABLE) {
      String body = "{\"slug\":\"unstorable\",\"name\":" + value + ",\"timeZone\":\"UTC\"}";
      var r = operator.post("/api/businesses", body);
      if (r.status() != 400 || !r.json().path("fields").has("name")) {
        failures.add("POST /api/businesses " + body + " -> " + r.status() + " " + r.body());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(owner.get("/api/services").body()).doesNotContain("\"?\"").doesNotContain("\\u");
  }
}
