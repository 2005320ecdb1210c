package io.bookline.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The senders' HTTP client against a real socket: what comes back, and what a failure means. */
class PlatformHttpTest {
  private final ObjectMapper json = new ObjectMapper();
  private final PlatformHttp http = new PlatformHttp(json);
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private ServerSocket server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  /** A one-thread HTTP/1.1 server: reads each request whole, then answers with {@code reply}. */
  private String serve(Function<String, String> reply) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual()
        .start(
            () -> {
              while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                  s.setSoTimeout((int) Duration.ofSeconds(5).toMillis());
                  // Requests on one kept-alive connection, until an answer is null: then the
                  // connection drops after the request was read, with no answer.
                  while (true) {
                    String request = read(s.getInputStream());
                    requests.add(request);
                    String answer = reply.apply(request);
                    if (answer == null) {
                      break;
                    }
                    OutputStream out = s.getOutputStream();
                    out.write(answer.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                  }
                } catch (IOException e) {
                  // closed by the test
                }
              }
            });
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  private static String read(InputStream in) throws IOException {
    var head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.UTF_8).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed");
      }
      head.write(b);
    }
    int length = 0;
    for (String line : head.toString(StandardCharsets.UTF_8).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    return head.toString(StandardCharsets.UTF_8)
        + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  private static String answer(int status, String headers, String body) {
    return "HTTP/1.1 "
        + status
        + " X\r\nContent-Type: application/json\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\n"
        + headers
        + "\r\n"
        + body;
  }

  @Test
  void the_json_sent_and_the_answer_with_its_status_body_and_headers_come_through()
      throws Exception {
    String base = serve(r -> answer(429, "Retry-After: 7\r\n", "{\"error\":{\"code\":130429}}"));
    var answer =
        http.postJson(
            base + "/v1/messages",
            Map.of("Authorization", "Bearer t"),
            json.readTree("{\"text\":\"héllo\"}"));
    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.body().at("/error/code").asInt()).isEqualTo(130429);
    assertThat(answer.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(requests)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r).startsWith("POST /v1/messages HTTP/1.1");
              assertThat(r).containsIgnoringCase("authorization: Bearer t");
              assertThat(r).containsIgnoringCase("content-type: application/json");
              assertThat(r).endsWith("{\"text\":\"héllo\"}");
            });
  }

  @Test
  void an_answer_that_is_not_json_is_kept_raw() throws Exception {
    String base = serve(r -> answer(502, "", "<html>bad gateway</html>"));
    var answer = http.postJson(base + "/x", Map.of(), json.createObjectNode());
    assertThat(answer.status()).isEqualTo(502);
    assertThat(answer.body().get("raw").asText()).isEqualTo("<html>bad gateway</html>");
  }

  @Test
  void a_kept_connection_dropped_after_the_request_is_a_retryable_failure_and_not_sent_twice()
      throws Exception {
    // The platform may have taken the message: only the outbox decides to send again, with its
    // backoff and count, so the client must not repeat the POST on a fresh connection by itself.
    String base = serve(r -> r.startsWith("POST /first") ? answer(200, "", "{\"ok\":true}") : null);
    assertThat(http.postJson(base + "/first", Map.of(), json.createObjectNode()).status())
        .isEqualTo(200);
    SendFailure failure =
        catchThrowableOfType(
            SendFailure.class,
            () -> http.postJson(base + "/second", Map.of(), json.createObjectNode()));
    assertThat(failure.getMessage()).startsWith("cannot reach 127.0.0.1");
    assertThat(failure.retryable()).isTrue();
    Thread.sleep(200);
    assertThat(requests).hasSize(2);
  }

  @Test
  void a_platform_that_takes_the_request_and_never_answers_is_a_retryable_timeout()
      throws Exception {
    PlatformHttp quick = new PlatformHttp(json, Duration.ofMillis(300));
    String base =
        serve(
            r -> {
              try {
                Thread.sleep(2_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return answer(200, "", "{}");
            });
    SendFailure failure =
        catchThrowableOfType(
            SendFailure.class,
            () -> quick.postJson(base + "/x", Map.of(), json.createObjectNode()));
    assertThat(failure.retryable()).isTrue();
    assertThat(failure.getMessage()).isEqualTo("cannot reach 127.0.0.1: timed out");
  }

  @Test
  void a_refused_connection_is_retryable() throws Exception {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = closed.getLocalPort();
    }
    SendFailure failure =
        catchThrowableOfType(
            SendFailure.class,
            () ->
                http.postJson(
                    "http://127.0.0.1:" + port + "/x", Map.of(), json.createObjectNode()));
    assertThat(failure.retryable()).isTrue();
    assertThat(failure.getMessage()).contains("ConnectException");
  }

  @Test
  void a_malformed_token_in_the_url_or_a_header_is_refused_before_sending_and_not_quoted()
      throws Exception {
    String base = serve(r -> answer(200, "", "{}"));
    SendFailure inUrl =
        catchThrowableOfType(
            SendFailure.class,
            () ->
                http.postJson(
                    base + "/bot777:leaky token/sendMessage", Map.of(), json.createObjectNode()));
    assertThat(inUrl.retryable()).isFalse();
    assertThat(inUrl.getMessage()).doesNotContain("leaky");
    SendFailure inHeader =
        catchThrowableOfType(
            SendFailure.class,
            () ->
                http.postJson(
                    base + "/x",
                    Map.of("Authorization", "Bearer leaky\ntoken"),
                    json.createObjectNode()));
    assertThat(inHeader.retryable()).isFalse();
    assertThat(inHeader.getMessage()).doesNotContain("leaky");
    assertThat(requests).isEmpty();
  }
}
