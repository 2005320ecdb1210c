package io.bookline.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.retry.RetryAfter;
import io.bookline.secret.Redaction;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP client the senders share: JSON in, status and JSON out, timeouts as retryable failures.
 */
public final class PlatformHttp {
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final ObjectMapper json;

  public PlatformHttp(ObjectMapper json) {
    this.json = json;
  }

  /** A platform's answer. */
  public record Answer(int status, JsonNode body, Map<String, List<String>> headers) {
    public Duration retryAfter() {
      var values = headers.getOrDefault("retry-after", List.of());
      if (values.isEmpty()) {
        return null;
      }
      // Seconds or an HTTP date (relative to the real time: that is what the platform's date
      // means).
      return RetryAfter.header(values.get(0), Instant.now()).orElse(null);
    }
  }

  public Answer postJson(String url, Map<String, String> headers, JsonNode body) {
    HttpRequest.Builder request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(TIMEOUT)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
      headers.forEach(request::header);
    } catch (IllegalArgumentException e) {
      // A malformed token in the path or a header: the JDK's message quotes it, so it is not
      // passed on; trying again cannot help (ADR 0029).
      throw new SendFailure(
          "the request to "
              + Redaction.redact(url)
              + " cannot be made: a token or URL is malformed",
          false,
          null);
    }
    try {
      HttpResponse<String> res = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode answer;
      try {
        answer =
            res.body() == null || res.body().isBlank()
                ? json.createObjectNode()
                : json.readTree(res.body());
      } catch (IOException e) {
        answer = json.createObjectNode().put("raw", res.body());
      }
      Map<String, List<String>> lower = new HashMap<>();
      res.headers().map().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
      return new Answer(res.statusCode(), answer, lower);
    } catch (IOException e) {
      throw new SendFailure(
          "cannot reach " + URI.create(url).getHost() + ": " + e.getClass().getSimpleName(),
          true,
          null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SendFailure("interrupted", true, null);
    }
  }
}
