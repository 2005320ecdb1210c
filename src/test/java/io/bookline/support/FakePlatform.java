package io.bookline.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A throwaway stand-in for the WhatsApp Cloud API, the Telegram Bot API and the Messenger Send API:
 * records every call and answers 200, or whatever a test scripted next.
 */
public final class FakePlatform implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  public record Call(Instant at, String platform, String path, JsonNode body) {}

  /** A scripted answer. */
  public record Answer(int status, String body, String retryAfter) {}

  private final Javalin server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Deque<Answer> script = new ArrayDeque<>();
  private volatile String downFor;

  public FakePlatform() {
    server =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.post(
                      "/wa/{phone}/messages",
                      ctx -> handle(ctx, "whatsapp", "{\"messages\":[{\"id\":\"wamid.sent\"}]}"));
                  config.routes.post(
                      "/tg/{bot}/{method}",
                      ctx -> handle(ctx, "telegram", "{\"ok\":true,\"result\":{}}"));
                  config.routes.post(
                      "/fb/me/messages",
                      ctx ->
                          handle(
                              ctx, "messenger", "{\"recipient_id\":\"1\",\"message_id\":\"m\"}"));
                })
            .start("127.0.0.1", 0);
  }

  public String base(String prefix) {
    return "http://127.0.0.1:" + server.port() + "/" + prefix;
  }

  public synchronized void then(Answer... answers) {
    script.addAll(List.of(answers));
  }

  /**
   * Refuses every call with 429 and {@code Retry-After: seconds} until {@link #up()}: nothing is
   * delivered, so nothing is recorded in {@link #calls()}.
   */
  public void down(String retryAfterSeconds) {
    downFor = retryAfterSeconds;
  }

  public void up() {
    downFor = null;
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> calls(String platform) {
    return calls.stream().filter(c -> c.platform().equals(platform)).toList();
  }

  private void handle(Context ctx, String platform, String ok) throws Exception {
    String down = downFor;
    if (down != null) {
      ctx.status(429).header("Retry-After", down).contentType("application/json").result("{}");
      return;
    }
    calls.add(new Call(Instant.now(), platform, ctx.path(), JSON.readTree(ctx.body())));
    Answer next;
    synchronized (this) {
      next = script.poll();
    }
    if (next == null) {
      ctx.contentType("application/json").result(ok);
      return;
    }
    if (next.retryAfter() != null) {
      ctx.header("Retry-After", next.retryAfter());
    }
    ctx.status(next.status()).contentType("application/json").result(next.body());
  }

  @Override
  public void close() {
    server.stop();
  }
}
