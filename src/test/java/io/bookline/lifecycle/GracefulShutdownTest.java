package io.bookline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.App;
import io.bookline.support.ChildJvm;
import io.bookline.support.FakePlatform;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import io.bookline.support.WhatsApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (ADR 0034): the app in a JVM of its own gets SIGTERM while WhatsApp messages pour in. It
 * stops within SHUTDOWN_TIMEOUT through its graceful path (not the watchdog), leaves no outbox row
 * leased to itself, and every message it acknowledged with 200 is answered exactly once after the
 * next start. Nothing here measures time: the stop's own log lines and the database say what
 * happened.
 */
class GracefulShutdownTest {
  static final int SENDERS = 60;
  static final List<String> SCRIPT =
      List.of("hi", "what are your prices?", "when are you open?", "where are you?", "thanks");
  static final Pattern UP = Pattern.compile("Bookline is up .*localhost:(\\d+)/");

  final FakePlatform platform = new FakePlatform();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  @AfterEach
  void stop() {
    platform.close();
  }

  @Test
  void sigterm_mid_load_finishes_what_it_took_releases_its_leases_and_loses_nothing()
      throws Exception {
    String database = TestPostgres.freshDatabase();
    Map<String, String> env = new HashMap<>(WhatsApp.env(platform));
    env.put("DATABASE_URL", database);
    env.put("PORT", "0");
    env.put("BIND_ADDRESS", "127.0.0.1");
    env.put("BOOKLINE_ADMIN_KEY", TestApp.ADMIN_KEY);
    env.put("BOOKLINE_SECRET_KEY", TestApp.SECRET_KEY);
    env.put("DATABASE_POOL_SIZE", "4");
    env.put("SHUTDOWN_TIMEOUT", "20s");
    Path workDir = Files.createTempDirectory("bookline-stop");
    List<String> firstLines;
    try (ChildJvm first = ChildJvm.start(App.class, env, workDir);
        Connection c = DriverManager.getConnection(database)) {
      DSLContext db = DSL.using(c, SQLDialect.POSTGRES);
      int port = awaitUp(first);
      try (ExecutorService load = Executors.newFixedThreadPool(8)) {
        URI webhook = URI.create("http://127.0.0.1:" + port + "/webhooks/whatsapp");
        long now = Instant.now().getEpochSecond();
        for (int s = 0; s < SENDERS; s++) {
          String sender = "49" + (2000 + s);
          load.submit(() -> sendConversation(webhook, sender, now));
        }
        // Mid-load: some replies already went out, more messages keep arriving.
        await()
            .atMost(Duration.ofSeconds(120))
            .until(() -> platform.calls("whatsapp").size() >= 10);
        firstLines = first.stop();
      }
      assertThat(first.exitValue()).as("ended by SIGTERM's own path").isEqualTo(143);
      String log = String.join("\n", firstLines);
      assertThat(log).contains("stopping: no new requests").contains("Bookline stopped in");
      assertThat(log)
          .doesNotContain("ending the process now")
          .doesNotContain("turns still running");
      assertThat(acknowledged).as("the load was under way").hasSizeGreaterThan(10);
      assertThat(acknowledged.size())
          .as("the stop came before the end")
          .isLessThan(SENDERS * SCRIPT.size());
      assertThat(
              db.fetchCount(
                  DSL.table("outbox"),
                  DSL.condition("status = 'pending' and lease_owner is not null")))
          .as("no reply left leased to the stopped instance")
          .isZero();
      Set<String> recorded =
          Set.copyOf(db.fetch("select platform_message_id from inbox").getValues(0, String.class));
      assertThat(recorded).as("everything acknowledged was recorded").containsAll(acknowledged);
    }

    try (ChildJvm second = ChildJvm.start(App.class, env, workDir);
        Connection c = DriverManager.getConnection(database)) {
      DSLContext db = DSL.using(c, SQLDialect.POSTGRES);
      awaitUp(second);
      await()
          .atMost(Duration.ofSeconds(120))
          .until(
              () ->
                  db.fetchCount(DSL.table("inbox"), DSL.condition("status <> 'done'")) == 0
                      && db.fetchCount(DSL.table("outbox"), DSL.condition("status <> 'sent'"))
                          == 0);
      Set<String> done =
          Set.copyOf(
              db.fetch("select platform_message_id from inbox where status = 'done'")
                  .getValues(0, String.class));
      assertThat(done).containsAll(acknowledged);
      assertEveryReplyDeliveredOnce(db);
      second.stop();
    }
  }

  void sendConversation(URI webhook, String sender, long now) {
    for (int i = 0; i < SCRIPT.size(); i++) {
      String id = "wamid." + sender + "." + i;
      byte[] body = WhatsApp.text(id, sender, SCRIPT.get(i), now + i);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(webhook)
              .timeout(Duration.ofSeconds(30))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      WhatsApp.signed(body).forEach(request::header);
      try {
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          acknowledged.add(id);
        } else {
          return; // a platform would redeliver later; this conversation stops here
        }
      } catch (Exception e) {
        return; // refused: the instance stopped accepting
      }
    }
  }

  /** The platform got exactly the replies the outbox holds, each once. */
  void assertEveryReplyDeliveredOnce(DSLContext db) {
    assertThat(
            ((Number)
                    db.fetchValue(
                        "select count(*) - count(distinct platform_message_id) from messages"
                            + " where direction = 'in'"))
                .intValue())
        .as("no message was turned twice")
        .isZero();
    Map<String, Long> queued =
        db
            .fetch(
                "select u.platform_user_id || ' ' || (o.payload ->> 'text') as reply from outbox o"
                    + " join conversations c on c.id = o.conversation_id"
                    + " join customers u on u.id = c.customer_id")
            .getValues(0, String.class)
            .stream()
            .collect(Collectors.groupingBy(r -> r, TreeMap::new, Collectors.counting()));
    Map<String, Long> delivered =
        platform.calls("whatsapp").stream()
            .map(c -> c.body().path("to").asText() + " " + text(c.body()))
            .collect(Collectors.groupingBy(r -> r, TreeMap::new, Collectors.counting()));
    assertThat(delivered).isEqualTo(queued);
  }

  static String text(JsonNode sent) {
    JsonNode body = sent.findValue("body");
    return body == null ? "" : body.isTextual() ? body.asText() : body.path("text").asText();
  }

  static int awaitUp(ChildJvm app) throws InterruptedException {
    app.awaitLine(l -> UP.matcher(l).find(), Duration.ofSeconds(300));
    String line =
        app.line(l -> UP.matcher(l).find())
            .orElseThrow(() -> new AssertionError("the app did not start"));
    Matcher m = UP.matcher(line);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
