package io.bookline.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.support.FakePlatform;
import io.bookline.support.Messenger;
import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
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
 * the customer's and times offered on one day are titled by their times.
 */
class ChoicesInTheirLanguageTest {
  static final Duration WAIT = Duration.ofSeconds(15);

  final MutableClock clock = TestApp.mondayMorning();
  final FakePlatform platform = new FakePlatform();
  TestApp app;
  long at = TestApp.MONDAY_8AM_BERLIN.getEpochSecond();

  @BeforeEach
  void start() {
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.putAll(Messenger.env(platform));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
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
    String event =
        "{\"message\":{\"mid\":\"m.%d\",%s}}"
            .formatted(t, messageJson.substring(1, messageJson.length() - 1));
    assertThat(Messenger.post(app, Messenger.event(sender, t, event)).status()).isEqualTo(200);
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

  /** Thursday 26 November at 13:00 taken with both Anna and Marta. */
  void thursdayOneOClockTaken() {
    whatsapp("4917000000001", "Pediküre am Donnerstag um 13 Uhr, mein Name ist Eva");
    sent("whatsapp", 1);
    whatsapp("4917000000001", "ja");
    assertThat(text(sent("whatsapp", 2))).startsWith("Gebucht!");
    whatsapp("4917000000002", "Pediküre am Donnerstag um 13 Uhr, mein Name ist Jo");
    sent("whatsapp", 3);
    whatsapp("4917000000002", "ja");
    assertThat(text(sent("whatsapp", 4))).startsWith("Gebucht!");
  }

  static String text(JsonNode payload) {
    return payload.has("interactive")
        ? payload.at("/interactive/body/text").asText()
        : payload.at("/text/body").asText();
  }

  @Test
  void nearest_times_on_two_days_read_apart_in_german_and_spanish_and_a_tap_picks_its_time() {
    thursdayOneOClockTaken();

    // QA: "Donnerstag, 3.…" three times on Messenger; the fourth option is on Friday.
    messenger("6000001", "Pediküre am Donnerstag um 13 Uhr");
    JsonNode german = sent("messenger", 1).at("/message/quick_replies");
    assertThat(all(german, "/title"))
        .containsExactly(
            "Do 26.11. 11:45", "Do 26.11. 12:00", "Do 26.11. 14:00", "Fr 27.11. 13:00");
    assertThat(all(german, "/payload"))
        .containsExactly(
            "opt:Donnerstag, 26. November um 11:45",
            "opt:Donnerstag, 26. November um 12:00",
            "opt:Donnerstag, 26. November um 14:00",
            "opt:Freitag, 27. November um 13:00");
    // The tap sends the title as text and the whole option as its payload: that time is taken.
    messengerMessage(
        "6000001",
        "{\"text\":\"Do 26.11. 12:00\",\"quick_reply\":{\"payload\":\""
            + german.get(1).path("payload").asText()
            + "\"}}");
    assertThat(sent("messenger", 2).at("/message/text").asText())
        .contains("26. November um 12:00")
        .contains("Auf welchen Namen");

    messenger("6000002", "pedicura el jueves a las 13");
    assertThat(all(sent("messenger", 3).at("/message/quick_replies"), "/title"))
        .containsExactly(
            "jue 26 nov 11:45", "jue 26 nov 12:00", "jue 26 nov 14:00", "vie 27 nov 13:00");

    // WhatsApp: a list in German, each row's title short and its description the whole option.
    whatsapp("4917000000003", "Pediküre am Donnerstag um 13 Uhr");
    JsonNode action = sent("whatsapp", 5).at("/interactive/action");
    assertThat(action.path("button").asText()).isEqualTo("Auswählen");
    JsonNode section = action.at("/sections/0");
    assertThat(section.path("title").asText()).isEqualTo("Optionen");
    assertThat(all(section.path("rows"), "/title"))
        .containsExactly(
            "Do 26.11. 11:45", "Do 26.11. 12:00", "Do 26.11. 14:00", "Fr 27.11. 13:00");
    assertThat(all(section.path("rows"), "/description"))
        .containsExactly(
            "Donnerstag, 26. November um 11:45",
            "Donnerstag, 26. November um 12:00",
            "Donnerstag, 26. November um 14:00",
            "Freitag, 27. November um 13:00");
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
