package io.bookline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.App;
import io.bookline.support.ChildJvm;
import io.bookline.support.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line a person starting Bookline reads first names where to go: the demo's chat and the owner
 * console, and both addresses answer. From a JVM started as production starts it.
 */
class StartUpLineTest {
  private static final Pattern URL = Pattern.compile("http://localhost:\\d+/[a-z/]+");

  @Test
  void the_up_line_names_the_chat_and_the_console_and_both_answer(@TempDir Path workDir)
      throws Exception {
    Map<String, String> env = new HashMap<>();
    System.getenv().entrySet().stream()
        .filter(e -> e.getKey().equals("HOME") || e.getKey().equals("PATH"))
        .forEach(e -> env.put(e.getKey(), e.getValue()));
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    env.put("PORT", "0");
    env.put("BIND_ADDRESS", "127.0.0.1");
    try (ChildJvm app = ChildJvm.start(App.class, env, workDir)) {
      app.awaitLine(l -> l.contains("Bookline is up"), Duration.ofMinutes(3));
      String up = app.line(l -> l.contains("Bookline is up")).orElseThrow();
      List<String> urls = new ArrayList<>();
      Matcher m = URL.matcher(up);
      while (m.find()) {
        urls.add(m.group());
      }
      assertThat(urls).as(up).hasSize(2);
      assertThat(urls.get(0)).endsWith("/chat/demo");
      assertThat(urls.get(1)).endsWith("/console");
      HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      for (String url : urls) {
        HttpResponse<String> res =
            http.send(
                HttpRequest.newBuilder(URI.create(url.replace("localhost", "127.0.0.1")))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(res.statusCode()).as(url).isEqualTo(200);
      }
      app.stop();
    }
  }
}
