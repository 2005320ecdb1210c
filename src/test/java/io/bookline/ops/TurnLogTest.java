package io.bookline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bookline.App;
import io.bookline.support.ChildJvm;
import io.bookline.support.TestPostgres;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a turn writes to the log, from a JVM started as production starts it with {@code
 * LOG_FORMAT=json}: every line is JSON, every line of a turn names its business, platform,
 * conversation and inbox row, a booking has its own INFO line, and nothing the customer wrote
 * appears at INFO.
 */
class TurnLogTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PORT = Pattern.compile("http://localhost:(\\d+)/chat/demo");

  /** Words only the customer writes; none may reach the log. */
  private static final String NAME = "Quillonby";

  /**
   * A weekday at 10 three to seven days ahead, said as a date: the child JVM runs on the real
   * clock, and "tomorrow at 10" was a Sunday (closed) when the suite ran after midnight in Berlin.
   */
  private static final String WISH = "I'd like a basic manicure on " + weekdayAhead() + " at 10";

  private static String weekdayAhead() {
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day.getDayOfMonth()
        + " "
        + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private String visitor;

  private JsonNode chat(int port, String text) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("text", text);
    if (visitor != null) {
      body.put("visitor", visitor);
    }
    HttpResponse<String> res =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/web/demo"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    JsonNode json = JSON.readTree(res.body());
    if (json.hasNonNull("visitor")) {
      visitor = json.get("visitor").asText();
    }
    return json;
  }

  @Test
  void a_booking_turn_logs_json_lines_with_its_conversation_and_no_customer_words(
      @TempDir Path workDir) throws Exception {
    Map<String, String> env = new HashMap<>();
    System.getenv().entrySet().stream()
        .filter(e -> e.getKey().equals("HOME") || e.getKey().equals("PATH"))
        .forEach(e -> env.put(e.getKey(), e.getValue()));
    env.put("LOG_FORMAT", "json");
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("PORT", "0");
    env.put("BIND_ADDRESS", "127.0.0.1");
    List<String> lines;
    try (ChildJvm app = ChildJvm.start(App.class, env, workDir)) {
      app.awaitLine(l -> l.contains("Bookline is up"), Duration.ofMinutes(3));
      String up = app.line(l -> l.contains("Bookline is up")).orElseThrow();
      Matcher m = PORT.matcher(up);
      assertThat(m.find()).as(up).isTrue();
      int port = Integer.parseInt(m.group(1));
      chat(port, WISH);
      chat(port, NAME);
      String booked = chat(port, "yes").at("/replies/0/text").asText();
      assertThat(booked).startsWith("Booked!");
      chat(port, "I want to talk to a person");
      lines = app.stop();
    }

    List<JsonNode> events = new ArrayList<>();
    for (String line : lines) {
      JsonNode event = JSON.readTree(line);
      assertThat(event.isObject()).as(line).isTrue();
      events.add(event);
    }
    JsonNode booking =
        events.stream()
            .filter(e -> e.path("message").asText().matches("booking \\d+ made"))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no booking line in\n" + String.join("\n", lines)));
    assertThat(booking.path("level").asText()).isEqualTo("INFO");
    assertThat(booking.path("conversationId").asText()).matches("\\d+");
    assertThat(booking.path("business").asText()).isEqualTo("demo");
    assertThat(booking.path("platform").asText()).isEqualTo("web");
    assertThat(booking.path("inboxId").asText()).matches("\\d+");

    JsonNode handoff =
        events.stream()
            .filter(e -> e.path("message").asText().endsWith("handed to a person"))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no handoff line in\n" + String.join("\n", lines)));
    assertThat(handoff.path("conversationId").asText())
        .isEqualTo(booking.path("conversationId").asText());

    List<JsonNode> turns =
        events.stream()
            .filter(e -> e.path("message").asText().startsWith("message handled"))
            .toList();
    assertThat(turns).hasSize(4);
    for (JsonNode turn : turns) {
      for (String field : List.of("business", "platform", "conversationId", "inboxId")) {
        assertThat(turn.path(field).asText()).as(field + " of " + turn).isNotEmpty();
      }
    }
    assertThat(turns.stream().map(t -> t.path("inboxId").asText()).distinct()).hasSize(4);
    for (String line : lines) {
      assertThat(line).doesNotContain(NAME).doesNotContain("basic manicure tomorrow");
    }
    // Lines written outside a turn (start-up, stop) carry no turn fields.
    assertThat(events.stream().filter(e -> e.path("message").asText().contains("Bookline is up")))
        .allSatisfy(e -> assertThat(e.has("conversationId")).isFalse());
  }
}
