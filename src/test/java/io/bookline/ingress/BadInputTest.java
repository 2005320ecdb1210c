package io.bookline.ingress;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Inbox;
import static io.bookline.db.Schema.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input gets a clear JSON error or a friendly question, never a stack trace. */
class BadInputTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  @Test
  void malformed_json_is_a_400_with_a_json_error() {
    var r = app.post("/webhooks/web/demo", "{\"userId\": \"u1\", \"text\": ");
    assertEquals(400, r.status());
    assertEquals("bad_request", r.json().get("error").asText());
    assertTrue(r.json().get("message").asText().startsWith("the body is not valid JSON"), r.body());
    assertFalse(r.body().contains("Exception"), r.body());
  }

  @Test
  void missing_or_wrongly_typed_fields_are_named_in_the_error() {
    var numberVisitor = app.post("/webhooks/web/demo", "{\"text\": \"hi\", \"visitor\": 5}");
    assertEquals(400, numberVisitor.status());
    assertEquals(
        "visitor must be a string: the token an earlier answer gave",
        numberVisitor.json().get("message").asText());
    var numberText = app.post("/webhooks/web/demo", "{\"text\": 42}");
    assertEquals(400, numberText.status());
    assertEquals("text must be a string, not number", numberText.json().get("message").asText());
    var array = app.post("/webhooks/web/demo", "[1,2]");
    assertEquals(400, array.status());
  }

  @Test
  void unknown_business_is_a_404_with_a_json_error() {
    var r = app.chat("no-such-salon", "u1", "hi");
    assertEquals(404, r.status());
    assertEquals("not_found", r.json().get("error").asText());
    assertEquals("no business with slug 'no-such-salon'", r.json().get("message").asText());
  }

  @Test
  void unknown_route_is_a_404_with_a_json_error() {
    var r = app.get("/nope");
    assertEquals(404, r.status());
    assertEquals("not_found", r.json().get("error").asText());
  }

  @Test
  void empty_or_whitespace_text_gets_a_friendly_question() {
    for (String text : new String[] {"", "   ", "\n\t"}) {
      var r = app.chat("demo", "blank-user", text);
      assertEquals(200, r.status(), r.body());
      String reply = r.json().get("replies").get(0).get("text").asText();
      assertTrue(reply.startsWith("Sorry, I didn't catch that."), reply);
    }
  }

  @Test
  void gibberish_gets_a_friendly_question_and_no_booking() {
    String reply = app.say("gibberish-user", "asdf qwerty zxcv");
    assertTrue(reply.startsWith("Sorry, I didn't catch that."), reply);
    assertEquals(0, app.app().database().dsl().fetchCount(Bookings.T));
  }

  @Test
  void a_too_long_message_is_refused_with_a_400() {
    String text = "a".repeat(5_000);
    var r = app.chat("demo", "long", text);
    assertEquals(400, r.status());
    assertTrue(r.json().get("message").asText().contains("at most 4000"), r.body());
  }

  @Test
  void a_body_over_the_size_cap_is_a_413_with_a_json_error() {
    String huge = "{\"userId\":\"u\",\"text\":\"" + "x".repeat(3_200_000) + "\"}";
    var r = app.postAnnounced("/webhooks/web/demo", huge);
    assertEquals(413, r.status());
    assertEquals("payload_too_large", r.json().get("error").asText());
  }

  @Test
  void a_redelivered_web_message_is_handled_once_and_answered_the_same() {
    String visitor =
        app.post("/webhooks/web/demo", "{\"text\": \"hi\"}").json().get("visitor").asText();
    String body =
        "{\"visitor\": \""
            + visitor
            + "\", \"text\": \"what are your prices?\", \"messageId\": \"m-1\"}";
    var first = app.post("/webhooks/web/demo", body);
    var second = app.post("/webhooks/web/demo", body);
    assertEquals(200, first.status());
    assertEquals(200, second.status());
    assertEquals(first.json().get("replies"), second.json().get("replies"));
    var db = app.app().database().dsl();
    assertEquals(1, db.fetchCount(Inbox.T, Inbox.PLATFORM_MESSAGE_ID.like("%/m-1")));
    assertEquals(1, db.fetchCount(Messages.T, Messages.PLATFORM_MESSAGE_ID.like("%/m-1")));
  }
}
