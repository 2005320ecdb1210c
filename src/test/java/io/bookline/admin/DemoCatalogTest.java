package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.support.TestApp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo business (DemoSeeder) is one an owner could have made: rebuilt in a new business through
 * the owner API, its rules, hours, services and staff, each as the API shows it, pass every check
 * an owner's change goes through (a duration on the slot grid, unique names, …), and the copy reads
 * back the same.
 */
class DemoCatalogTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  static final ObjectMapper JSON = new ObjectMapper();

  /** The fields of {@code GET /api/business} that {@code PATCH /api/business} takes. */
  static final List<String> RULES =
      List.of(
          "name",
          "timeZone",
          "currency",
          "address",
          "minNoticeMinutes",
          "changeNoticeMinutes",
          "horizonDays",
          "slotIntervalMinutes",
          "askForResource",
          "dailyTokenBudget",
          "reminderLeadMinutes",
          "frameAncestors");

  @Test
  void the_demo_catalog_passes_the_checks_of_an_owners_change() {
    TestApp.Caller demo = app.as(TestApp.ADMIN_KEY, "demo");
    JsonNode rules = demo.get("/api/business").json();
    ObjectNode business = JSON.createObjectNode().put("slug", "demo-copy");
    for (String field : List.of("name", "timeZone", "currency", "locale")) {
      business.set(field, rules.get(field));
    }
    var made = app.postAdmin("/api/businesses", business.toString());
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    TestApp.Caller copy = app.as(made.json().get("apiKey").asText());

    ObjectNode patch = JSON.createObjectNode();
    RULES.forEach(field -> patch.set(field, rules.get(field)));
    accepted(copy.patch("/api/business", patch.toString()), "the rules");
    accepted(copy.put("/api/hours", demo.get("/api/hours").body()), "the opening hours");

    Map<Long, Long> serviceIds = new HashMap<>();
    for (JsonNode service : demo.get("/api/services").json().get("services")) {
      ObjectNode body = service.deepCopy();
      body.remove("id");
      var created = copy.post("/api/services", body.toString());
      accepted(created, service.get("name").asText());
      serviceIds.put(service.get("id").asLong(), created.json().get("id").asLong());
    }
    for (JsonNode staff : demo.get("/api/staff").json().get("staff")) {
      ArrayNode services = JSON.createArrayNode();
      staff.get("serviceIds").forEach(id -> services.add(serviceIds.get(id.asLong())));
      ObjectNode body =
          JSON.createObjectNode()
              .put("name", staff.get("name").asText())
              .put("active", staff.get("active").asBoolean())
              .set("serviceIds", services);
      var created = copy.post("/api/staff", body.toString());
      accepted(created, staff.get("name").asText());
      long id = created.json().get("id").asLong();
      accepted(copy.put("/api/staff/" + id + "/hours", staff.get("hours").toString()), "hours");
    }

    assertThat(withoutIds(copy.get("/api/services").json().get("services")))
        .isEqualTo(withoutIds(demo.get("/api/services").json().get("services")));
    assertThat(copy.get("/api/staff").json().get("staff")).hasSize(2);
  }

  @Test
  void german_and_spanish_customers_see_the_demo_services_in_their_own_words() {
    assertThat(app.say("de-1", "Hallo, ich möchte eine Pediküre am Freitag"))
        .startsWith("Freie Termine für Pediküre am Freitag");
    assertThat(app.say("es-1", "Hola, quiero una manicura de gel el viernes"))
        .startsWith("Horas libres para Manicura de gel el viernes");
    assertThat(app.say("en-1", "Hi, a gel manicure on Friday please"))
        .startsWith("Free times for Gel Manicure on Fri");
  }

  private static void accepted(TestApp.Response answer, String what) {
    assertThat(answer.status()).as(what + ": " + answer.body()).isBetween(200, 201);
  }

  private static JsonNode withoutIds(JsonNode list) {
    ArrayNode out = JSON.createArrayNode();
    list.forEach(n -> out.add(((ObjectNode) n.deepCopy()).without("id")));
    return out;
  }
}
