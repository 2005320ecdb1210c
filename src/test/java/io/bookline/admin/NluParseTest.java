package io.bookline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class NluParseTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @Test
  void parse_without_the_admin_key_is_a_401_json_error() {
    var r = app.post("/api/nlu/parse", "{\"text\": \"hi\"}");
    assertEquals(401, r.status());
    assertEquals("unauthorized", r.json().get("error").asText());
  }

  @Test
  void parse_reads_intent_service_date_and_time_against_the_given_now() {
    var r =
        app.postAdmin(
            "/api/nlu/parse",
            "{\"text\": \"Can I get a gel manicure next Friday at half past 3 in the afternoon?\","
                + " \"now\": \"2019-03-01T09:00:00\", \"timeZone\": \"America/Los_Angeles\", \"business\": \"demo\"}");
    assertEquals(200, r.status(), r.body());
    assertEquals("book", r.json().get("intent").asText());
    assertEquals("Gel Manicure", r.json().get("service").asText());
    assertEquals("2019-03-08", r.json().get("date").asText());
    assertEquals("15:30", r.json().get("time").asText());
    assertEquals("rules", r.json().get("understanding").asText());
  }

  @Test
  void parse_defaults_to_the_demo_business_and_its_clock() {
    var r = app.postAdmin("/api/nlu/parse", "{\"text\": \"tomorrow at 4\"}");
    assertEquals(200, r.status(), r.body());
    assertEquals("2026-11-24", r.json().get("date").asText());
    assertEquals("16:00", r.json().get("time").asText());
    assertTrue(r.json().get("service").isNull());
  }

  @Test
  void parse_rejects_a_bad_time_zone_by_name() {
    var r = app.postAdmin("/api/nlu/parse", "{\"text\": \"hi\", \"timeZone\": \"Mars/Olympus\"}");
    assertEquals(400, r.status());
    assertTrue(r.json().get("message").asText().contains("Mars/Olympus"));
  }
}
