package io.bookline.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** One Prometheus text scrape, fetched over HTTP, with the lookups the ops tests need. */
record Scrape(int status, String body) {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static Scrape of(String url, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
    headers.forEach(request::header);
    try {
      HttpResponse<String> res = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Scrape(res.statusCode(), res.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  List<String> samples() {
    return body.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
  }

  /**
   * The sample names present, e.g. {@code bookline_inbox_backlog}, {@code
   * jvm_gc_pause_seconds_count}.
   */
  List<String> names() {
    return samples().stream().map(l -> l.split("[{ ]", 2)[0]).distinct().toList();
  }

  /**
   * The value of the first sample of {@code name} whose labels contain every one of {@code labels}
   * (each written as in the text, {@code action="made"}).
   */
  OptionalDouble value(String name, String... labels) {
    for (String line : samples()) {
      String sample = line.split("[{ ]", 2)[0];
      if (!sample.equals(name) || !List.of(labels).stream().allMatch(line::contains)) {
        continue;
      }
      String[] parts = line.trim().split(" ");
      return OptionalDouble.of(Double.parseDouble(parts[parts.length - 1]));
    }
    return OptionalDouble.empty();
  }

  /** Metric family name → its HELP text, from the {@code # HELP} lines. */
  Map<String, String> help() {
    Map<String, String> help = new TreeMap<>();
    body.lines()
        .filter(l -> l.startsWith("# HELP "))
        .forEach(
            l -> {
              String[] parts = l.substring("# HELP ".length()).split(" ", 2);
              help.put(parts[0], parts.length > 1 ? parts[1].strip() : "");
            });
    return help;
  }

  /** Metric family names from the {@code # TYPE} lines. */
  List<String> families() {
    return body.lines()
        .filter(l -> l.startsWith("# TYPE "))
        .map(l -> l.substring("# TYPE ".length()).split(" ")[0])
        .toList();
  }
}
