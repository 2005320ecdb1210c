package io.bookline.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.TestApp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The admin routes answer bad input with a JSON error that names the problem. */
class AdminBadInputTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @Test
  void every_admin_route_needs_the_key() {
    assertEquals(401, app.get("/api/channels").status());
    assertEquals(401, app.get("/api/outbox/dead").status());
    assertEquals(401, app.post("/api/outbox/1/retry", "").status());
  }

  @Test
  void channel_accounts_refuse_unknown_platforms_businesses_and_garbage() {
    var platform = app.putAdmin("/api/channels/fax/123", "{\"business\":\"demo\"}");
    assertEquals(400, platform.status());
    assertTrue(platform.json().get("message").asText().contains("'fax'"), platform.body());
    assertEquals(400, app.putAdmin("/api/channels/web/x", "{\"business\":\"demo\"}").status());
    assertEquals(400, app.putAdmin("/api/channels/whatsapp/123", "{not json").status());
    assertEquals(400, app.putAdmin("/api/channels/whatsapp/123", "[1]").status());
    var business = app.putAdmin("/api/channels/whatsapp/123", "{\"business\":\"nobody\"}");
    assertEquals(404, business.status());
    assertEquals("no business with slug 'nobody'", business.json().get("message").asText());
    var ok =
        app.putAdmin("/api/channels/whatsapp/123", "{\"business\":\"demo\",\"appSecret\":\"s\"}");
    assertEquals(200, ok.status(), ok.body());
    assertEquals("[\"appSecret\"]", ok.json().get("secretsSet").toString());
  }

  @Test
  void a_time_zone_is_a_region_not_an_offset() {
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    for (String zone : List.of("+05:00", "GMT0", "UTC+01:00", "Etc/GMT-5", "EST", "CET", "Z")) {
      var r = owner.patch("/api/business", "{\"timeZone\": \"" + zone + "\"}");
      assertEquals(400, r.status(), zone + ": " + r.body());
      assertEquals(
          "'" + zone + "' is not an IANA time zone such as Europe/Berlin",
          r.json().get("fields").get("timeZone").asText());
    }
    var created =
        app.as(TestApp.ADMIN_KEY, null)
            .post(
                "/api/businesses", "{\"slug\":\"offset\",\"name\":\"O\",\"timeZone\":\"+05:00\"}");
    assertEquals(400, created.status(), created.body());
    assertTrue(created.json().get("fields").has("timeZone"), created.body());
    for (String zone : List.of("America/Argentina/Buenos_Aires", "UTC", "Europe/Berlin")) {
      var r = owner.patch("/api/business", "{\"timeZone\": \"" + zone + "\"}");
      assertEquals(200, r.status(), zone + ": " + r.body());
      assertEquals(zone, r.json().get("timeZone").asText());
    }
  }

  @Test
  void a_key_without_a_label_is_labelled_with_the_day_it_was_issued() {
    var owner = app.as(TestApp.ADMIN_KEY, "demo");
    var unlabelled = owner.post("/api/keys", "{}");
    assertEquals(201, unlabelled.status(), unlabelled.body());
    assertEquals("key issued 2026-11-23", unlabelled.json().get("label").asText());
    var nullLabel = owner.post("/api/keys", "{\"label\": null}");
    assertEquals("key issued 2026-11-23", nullLabel.json().get("label").asText());
    var empty = owner.post("/api/keys", "{\"label\": \" \"}");
    assertEquals(400, empty.status(), empty.body());
    assertEquals("must be 1 to 100 characters", empty.json().get("fields").get("label").asText());
  }

  @Test
  void outbox_and_conversation_routes_refuse_bad_ids_and_filters() {
    assertEquals(400, app.postAdmin("/api/outbox/abc/retry", "").status());
    assertEquals(404, app.postAdmin("/api/outbox/999/retry", "").status());
    assertEquals(400, app.getAdmin("/api/conversations?status=lost").status());
    assertEquals(400, app.getAdmin("/api/conversations/abc/messages").status());
    assertEquals(404, app.getAdmin("/api/conversations/999/messages").status());
  }
}
