package io.bookline.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.support.TestApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A new visitor's chat page and greeting are in the first of the browser's languages the chat
 * speaks, else the business's (chat review 2, F24): the page's own words (placeholder, button,
 * errors) as well as the greeting. Each message's own language decides once the visitor writes.
 */
class ChatPageLanguageTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> get(String path, String languages) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.base() + path)).GET();
    if (languages != null) {
      b.header("Accept-Language", languages);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  String greeting(String languages) throws Exception {
    JsonNode body =
        new ObjectMapper().readTree(get("/webhooks/web/demo/history", languages).body());
    return body.get("messages").get(0).get("text").asText();
  }

  @Test
  void a_german_browser_gets_a_german_page_and_greeting() throws Exception {
    var page = get("/chat/demo", "de-DE,de;q=0.9,en;q=0.8");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Vary").orElse("")).contains("Accept-Language");
    assertThat(page.body())
        .contains("<html lang=\"de\">", "placeholder=\"Nachricht schreiben…\"", ">Senden</button>")
        .contains("data-reload=\"Der Server ist nicht erreichbar. Bitte laden Sie die Seite neu.\"")
        .doesNotContain("{{");
    assertThat(greeting("de-DE,de;q=0.9")).startsWith("Hallo! Hier ist Demo Nail Studio.");
  }

  @Test
  void the_first_language_the_chat_speaks_wins_else_the_business_language() throws Exception {
    assertThat(get("/chat/demo", "fr-FR,es;q=0.8,de;q=0.5").body()).contains("<html lang=\"es\">");
    assertThat(greeting("fr-FR,es;q=0.8,de;q=0.5")).startsWith("¡Hola!");
    for (String none : new String[] {null, "fr-FR", "*", "not a ;; header"}) {
      assertThat(get("/chat/demo", none).body())
          .as(String.valueOf(none))
          .contains("<html lang=\"en\">", ">Send</button>");
      assertThat(greeting(none)).startsWith("Hi! This is Demo Nail Studio.");
    }
  }
}
