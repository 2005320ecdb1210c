package io.bookline.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.FakePlatform;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A German or Spanish chat on WhatsApp and Messenger, through the real routes, the outbox and a
 * fake platform API: the turn's language reaches the renderer, so a WhatsApp list's own words are
 * the customer's.
 */
class ChoicesInTheirLanguageTest {
  static final String FB_PAGE = "12345654332";
  static final String FB_SECRET = "fb-app-secret";
  static final Duration WAIT = Duration.ofSeconds(15);

  final MutableClock clock = TestApp.mondayMorning();
  final FakePlatform platform = new FakePlatform();
  TestApp app;
  long at = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("MESSENGER_PAGE_ID", FB_PAGE);
    env.put("MESSENGER_PAGE_ACCESS_TOKEN", "fb-token");
    env.put("MESSENGER_APP_SECRET", FB_SECRET);
    env.put("MESSENGER_VERIFY_TOKEN", "fb-verify");
    env.put("MESSENGER_API_BASE_URL", platform.base("fb"));
    app = TestApp.start(clock, env);
  }

  @AfterEach
  void stop() {
    app.close();
    platform.close();
  }

  long next() {
    at = Math.max(at + 1, clock.instant().getEpochSecond());
    return at;
  }

  void whatsapp(String from, String text) {
    long t = next();
    assertThat(WhatsApp.post(app, WhatsApp.text("wamid.t" + t, from, text, t)).status())
        .isEqualTo(200);
  }

  void messenger(String sender, String text) {
    messengerMessage(sender, "{\"text\":\"" + text + "\"}");
  }

  /** A Messenger message (its JSON without the mid) from {@code sender}. */
  void messengerMessage(String sender, String messageJson) {
    long t = next();
    byte[] body =
        ("{\"object\":\"page\",\"entry\":[{\"id\":\"%s\",\"time\":%d,\"messaging\":[{"
                + "\"sender\":{\"id\":\"%s\"},\"recipient\":{\"id\":\"%s\"},"
                + "\"timestamp\":%d,\"message\":{\"mid\":\"m.%d\",%s}}]}]}")
            .formatted(
                FB_PAGE,
                t * 1000,
                sender,
                FB_PAGE,
                t * 1000,
                t,
                messageJson.substring(1, messageJson.length() - 1))
            .getBytes(StandardCharsets.UTF_8);
    var r =
        app.postRaw(
            "/webhooks/messenger",
            body,
            Map.of("X-Hub-Signature-256", Signatures.hubSignature(body, FB_SECRET)));
    assertThat(r.status()).isEqualTo(200);
  }

  /** The {@code n}th (from 1) payload sent on a platform, waiting for it. */
  JsonNode sent(String platformName, int n) {
    await().atMost(WAIT).until(() -> sends(platformName).size() >= n);
    return sends(platformName).get(n - 1);
  }

  List<JsonNode> sends(String platformName) {
    return platform.calls(platformName).stream()
        .map(FakePlatform.Call::body)
        .filter(b -> !b.has("status") && !b.has("sender_action"))
        .toList();
  }

  static List<String> all(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.at(field).asText()));
    return out;
  }

  @Test
  void a_whatsapp_list_says_its_own_words_in_the_customers_language() {
    whatsapp("4917000000001", "Hola");
    JsonNode spanish = sent("whatsapp", 1).at("/interactive/action");
    assertThat(spanish.path("button").asText()).isEqualTo("Elegir");
    assertThat(spanish.at("/sections/0/title").asText()).isEqualTo("Opciones");
    whatsapp("4917000000002", "Guten Tag, wann haben Sie geöffnet?");
    whatsapp("4917000000002", "Ich möchte einen Termin buchen");
    whatsapp("4917000000002", "Pediküre um 13:45");
    JsonNode german = sent("whatsapp", 4).at("/interactive/action");
    assertThat(german.path("button").asText()).isEqualTo("Auswählen");
    assertThat(german.at("/sections/0/title").asText()).isEqualTo("Optionen");
    whatsapp("4917000000003", "Hi");
    JsonNode english = sent("whatsapp", 5).at("/interactive/action");
    assertThat(english.path("button").asText()).isEqualTo("Choose");
    assertThat(english.at("/sections/0/title").asText()).isEqualTo("Options");
  }
}
