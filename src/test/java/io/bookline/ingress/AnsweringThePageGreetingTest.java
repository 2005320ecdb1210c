package io.bookline.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The web chat page greets a new visitor before anyone writes (issue 15), and says so with the
 * first message ({@code "greeted": true}): an "ok", "passt" or "vale" that answers the page's
 * greeting is nodded to, not greeted a second time. A client that showed no greeting (an app
 * posting on its own) still gets the greeting for a first "ok" (ADR 0092, addendum). Over the web
 * chat on Postgres, the demo studio.
 */
class AnsweringThePageGreetingTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  private TestApp.Response post(String text, boolean greeted) {
    return app.post(
        "/webhooks/web/demo",
        "{\"text\": \"" + text + "\"" + (greeted ? ", \"greeted\": true" : "") + "}");
  }

  private String reply(TestApp.Response r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json().get("replies").get(0).get("text").asText();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ok | Hi! This is Demo Nail Studio. | 👍 Anything else I can help with?",
        "yes | Hi! This is Demo Nail Studio. | 👍 Anything else I can help with?",
        "👍 | Hi! This is Demo Nail Studio. | 👍 Anything else I can help with?",
        "passt | Hallo! Hier ist Demo Nail Studio. | 👍 Kann ich sonst noch etwas für Sie tun?",
        "ja | Hallo! Hier ist Demo Nail Studio. | 👍 Kann ich sonst noch etwas für Sie tun?",
        "vale | ¡Hola! Somos Demo Nail Studio. | 👍 ¿Te puedo ayudar en algo más?",
        "sí | ¡Hola! Somos Demo Nail Studio. | 👍 ¿Te puedo ayudar en algo más?",
      })
  void a_nod_to_the_pages_greeting_is_not_greeted_again(
      String nod, String greeting, String nodded) {
    assertThat(reply(post(nod, true))).doesNotStartWith(greeting).isEqualTo(nodded);
  }

  @Test
  void a_nod_from_a_client_that_showed_no_greeting_is_greeted() {
    assertThat(reply(post("ok", false))).startsWith("Hi! This is Demo Nail Studio.");
  }

  @Test
  void a_greeted_that_is_no_boolean_is_a_clear_400() {
    TestApp.Response r = app.post("/webhooks/web/demo", "{\"text\": \"ok\", \"greeted\": \"yes\"}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).isEqualTo("bad_request");
    assertThat(r.json().get("message").asText())
        .isEqualTo("greeted must be true or false, not string");
  }
}
