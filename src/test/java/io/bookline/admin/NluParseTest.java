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
  void parse_reports_which_words_gave_the_date_and_the_time() {
    String text = "gel manicur on fridy aftr 3";
    var r =
        app.postAdmin(
            "/api/nlu/parse",
            "{\"text\": \""
                + text
                + "\", \"now\": \"2026-03-10T10:00:00\", \"timeZone\": \"Europe/London\"}");
    assertEquals(200, r.status(), r.body());
    assertEquals("2026-03-13", r.json().get("date").asText());
    assertEquals("15:00", r.json().get("time").asText());
    assertEquals("after", r.json().get("timeQualifier").asText());
    assertEquals("Gel Manicure", r.json().get("service").asText());
    var date = r.json().get("dateSpan");
    var time = r.json().get("timeSpan");
    assertEquals("fridy", text.substring(date.get(0).asInt(), date.get(1).asInt()));
    assertEquals("3", text.substring(time.get(0).asInt(), time.get(1).asInt()));
    assertEquals(0, r.json().get("unresolved").size());
  }

  @Test
  void parse_returns_a_date_it_cannot_place_as_unresolved_instead_of_a_guess() {
    var r =
        app.postAdmin(
            "/api/nlu/parse",
            "{\"text\": \"Thursday the 21st at 4pm\", \"now\": \"2026-03-10T10:00:00\"}");
    assertEquals(200, r.status(), r.body());
    assertTrue(r.json().get("date").isNull());
    assertTrue(r.json().get("dateSpan").isNull());
    assertEquals("16:00", r.json().get("time").asText());
    var unresolved = r.json().get("unresolved").get(0);
    assertEquals("date", unresolved.get("slot").asText());
    assertEquals("Thursday the 21st", unresolved.get("text").asText());
    assertEquals("weekday_mismatch", unresolved.get("reason").asText());
    assertEquals(0, unresolved.get("span").get(0).asInt());
    assertEquals(17, unresolved.get("span").get(1).asInt());
  }

  @Test
  void parse_rejects_a_bad_time_zone_by_name() {
    var r = app.postAdmin("/api/nlu/parse", "{\"text\": \"hi\", \"timeZone\": \"Mars/Olympus\"}");
    assertEquals(400, r.status());
    assertTrue(r.json().get("message").asText().contains("Mars/Olympus"));
  }

  @Test
  void parse_reads_the_language_it_is_told_and_says_so() {
    var r =
        app.postAdmin(
            "/api/nlu/parse",
            "{\"text\": \"morgen um halb drei\", \"language\": \"de\","
                + " \"now\": \"2026-03-10T10:00:00\"}");
    assertEquals(200, r.status(), r.body());
    assertEquals("de", r.json().get("language").asText());
    assertEquals("2026-03-11", r.json().get("date").asText());
    assertEquals("14:30", r.json().get("time").asText());
  }

  @Test
  void parse_detects_the_language_when_it_is_not_given() {
    var r =
        app.postAdmin(
            "/api/nlu/parse",
            "{\"text\": \"quiero cancelar mi cita del viernes 20\","
                + " \"now\": \"2026-03-10T10:00:00\"}");
    assertEquals(200, r.status(), r.body());
    assertEquals("es", r.json().get("language").asText());
    assertEquals("cancel", r.json().get("intent").asText());
    assertEquals("2026-03-20", r.json().get("date").asText());
  }

  @Test
  void parse_keeps_the_business_language_for_a_message_in_no_language() {
    var r = app.postAdmin("/api/nlu/parse", "{\"text\": \"10:30\"}");
    assertEquals(200, r.status(), r.body());
    assertEquals("en", r.json().get("language").asText());
    assertEquals("10:30", r.json().get("time").asText());
  }

  @Test
  void parse_rejects_a_language_it_does_not_read() {
    var r = app.postAdmin("/api/nlu/parse", "{\"text\": \"bonjour\", \"language\": \"fr\"}");
    assertEquals(400, r.status());
    assertTrue(r.json().get("message").asText().contains("'fr'"), r.body());
    assertTrue(r.json().get("message").asText().contains("[en, de, es]"), r.body());
  }
}
