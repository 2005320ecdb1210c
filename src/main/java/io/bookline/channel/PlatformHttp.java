package io.bookline.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.retry.RetryAfter;
import io.bookline.secret.Redaction;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The HTTP client the senders share: JSON in, status and JSON out, timeouts as retryable failures.
 *
 * <p>One OkHttp client, called on the sender's own (virtual) thread: a send is a blocking call on a
 * pooled keep-alive connection, with no hand-off to a selector thread. The JDK's client did the
 * same work through its asynchronous machinery and cost about twice the CPU per reply (ADR 0043).
 */
public final class PlatformHttp {
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** Idle connections kept: more than the sends one instance makes at once. */
  static final int MAX_IDLE_CONNECTIONS = 256;

  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http;
  private final ObjectMapper json;

  public PlatformHttp(ObjectMapper json) {
    this(json, TIMEOUT);
  }

  /** With {@code timeout} for connecting, each read and write, and the whole call. */
  PlatformHttp(ObjectMapper json, Duration timeout) {
    this.json = json;
    this.http =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, 1, TimeUnit.MINUTES))
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .writeTimeout(timeout)
            .callTimeout(timeout)
            // A send that failed is tried again by the outbox, with its backoff, window and
            // count, never silently by the client (a POST the platform may have taken).
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .build();
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
    Request request;
    try {
      Request.Builder builder =
          new Request.Builder()
              // Parsed strictly first: a token with a space or a stray character is a mistake
              // to report, not something for the client to percent-encode and send.
              .url(HttpUrl.get(URI.create(url).toString()))
              .post(RequestBody.create(body.toString(), JSON));
      headers.forEach(builder::header);
      request = builder.build();
    } catch (IllegalArgumentException e) {
      // A malformed token in the path or a header: the client's message may quote it, so it is
      // not passed on; trying again cannot help (ADR 0029).
      throw new SendFailure(
          "the request to "
              + Redaction.redact(url)
              + " cannot be made: a token or URL is malformed",
          false,
          null);
    }
    try (Response res = http.newCall(request).execute()) {
      String text = res.body() == null ? "" : res.body().string();
      JsonNode answer;
      try {
        answer = text.isBlank() ? json.createObjectNode() : json.readTree(text);
      } catch (IOException e) {
        answer = json.createObjectNode().put("raw", text);
      }
      Map<String, List<String>> lower = new HashMap<>();
      res.headers().toMultimap().forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
      return new Answer(res.code(), answer, lower);
    } catch (InterruptedIOException e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new SendFailure("interrupted", true, null);
      }
      throw new SendFailure("cannot reach " + request.url().host() + ": timed out", true, null);
    } catch (IOException e) {
      throw new SendFailure(
          "cannot reach " + request.url().host() + ": " + e.getClass().getSimpleName(), true, null);
    }
  }
}
