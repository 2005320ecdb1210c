package io.bookline.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A throwaway OpenAI-compatible server for tests: speaks the chat-completions protocol, answers
 * with a scripted tool call (or an error, or slowly), and records every request it received.
 */
public final class FakeLlm implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The model name the apps this fake serves ask for. */
  public static final String MODEL = "fake-model";

  private static final Encoding TOKENS =
      Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

  /** What one request gets. */
  public interface Behaviour {
    void answer(Context ctx, JsonNode request) throws Exception;
  }

  public record Received(Instant at, JsonNode body) {
    /** The text of the last user message. */
    public String lastUserText() {
      String last = null;
      for (JsonNode m : body.get("messages")) {
        if ("user".equals(m.get("role").asText())) {
          last = m.get("content").asText();
        }
      }
      return last;
    }
  }

  private final Javalin server;
  private final Deque<Behaviour> script = new ArrayDeque<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Function<String, String> readings = text -> "{\"intent\": \"none\"}";
  private volatile Behaviour always;

  public FakeLlm() {
    server =
        Javalin.create(
                config -> {
                  config.startup.showJavalinBanner = false;
                  config.routes.post("/v1/chat/completions", this::handle);
                })
            .start("127.0.0.1", 0);
  }

  /** The base URL to give openai-java (OPENAI_BASE_URL). */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/v1";
  }

  /** The settings that make an app read through this fake, as model {@code fake-model}. */
  public Map<String, String> settings() {
    return Map.of("OPENAI_BASE_URL", baseUrl(), "OPENAI_MODEL", MODEL);
  }

  /**
   * An app on a fresh database that reads through this fake, started at once; {@code more} are
   * further settings as name, value, name, value … ("LLM_MAX_ATTEMPTS", "1").
   */
  public TestApp startApp(Clock clock, String... more) {
    Map<String, String> env = new HashMap<>(settings());
    env.put("DATABASE_URL", TestPostgres.freshDatabase());
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return TestApp.start(clock, env);
  }

  /** Default answer: the tool-call arguments for a user text. */
  public void readings(Function<String, String> argumentsForText) {
    this.readings = argumentsForText;
  }

  /** Every request gets this (after any scripted ones) instead of the default answer. */
  public void always(Behaviour behaviour) {
    this.always = behaviour;
  }

  /** Behaviours for the next requests, in order; after them the default answer applies. */
  public synchronized void then(Behaviour... next) {
    script.addAll(List.of(next));
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public void reset() {
    received.clear();
    synchronized (this) {
      script.clear();
    }
  }

  private void handle(Context ctx) throws Exception {
    JsonNode body = JSON.readTree(ctx.body());
    received.add(new Received(Instant.now(), body));
    Behaviour b;
    synchronized (this) {
      b = script.poll();
    }
    if (b == null && always != null) {
      always.answer(ctx, body);
    } else if (b == null) {
      Received r = received.get(received.size() - 1);
      toolCall(readings.apply(r.lastUserText())).answer(ctx, body);
    } else {
      b.answer(ctx, body);
    }
  }

  /** A completion whose one tool call carries these arguments; usage counts real prompt tokens. */
  public static Behaviour toolCall(String arguments) {
    return (ctx, request) ->
        answer(ctx, arguments, promptTokens(request), TOKENS.countTokens(arguments));
  }

  /** A completion like {@link #toolCall(String)} whose usage says exactly these token counts. */
  public static Behaviour toolCall(String arguments, int promptTokens, int completionTokens) {
    return (ctx, request) -> answer(ctx, arguments, promptTokens, completionTokens);
  }

  private static void answer(Context ctx, String arguments, int prompt, int completionTokens) {
    ObjectNode completion = JSON.createObjectNode();
    completion.put("id", "chatcmpl-test");
    completion.put("object", "chat.completion");
    completion.put("created", Instant.now().getEpochSecond());
    completion.put("model", "fake-model");
    ArrayNode choices = completion.putArray("choices");
    ObjectNode choice = choices.addObject();
    choice.put("index", 0);
    choice.put("finish_reason", "tool_calls");
    choice.putNull("logprobs");
    ObjectNode message = choice.putObject("message");
    message.put("role", "assistant");
    message.putNull("content");
    message.putNull("refusal");
    ObjectNode call = message.putArray("tool_calls").addObject();
    call.put("id", "call_1");
    call.put("type", "function");
    call.putObject("function").put("name", "read_message").put("arguments", arguments);
    ObjectNode usage = completion.putObject("usage");
    usage.put("prompt_tokens", prompt);
    usage.put("completion_tokens", completionTokens);
    usage.put("total_tokens", prompt + completionTokens);
    ctx.contentType("application/json").result(completion.toString());
  }

  /** Tokens of a text in the o200k encoding. */
  public static int tokens(String text) {
    return TOKENS.countTokens(text);
  }

  /** Tokens of the messages and the tool schema, as a model would see them (o200k encoding). */
  public static int promptTokens(JsonNode request) {
    int n = 0;
    for (JsonNode m : request.get("messages")) {
      n += 4 + TOKENS.countTokens(m.path("content").asText(""));
    }
    if (request.has("tools")) {
      n += TOKENS.countTokens(request.get("tools").toString());
    }
    return n;
  }

  public static Behaviour status(int status, String retryAfterSeconds) {
    return (ctx, request) -> {
      if (retryAfterSeconds != null) {
        ctx.header("Retry-After", retryAfterSeconds);
      }
      ctx.status(status)
          .contentType("application/json")
          .result(
              "{\"error\": {\"message\": \"scripted "
                  + status
                  + "\", \"type\": \"server_error\"}}");
    };
  }

  /** A recorded answer, sent as it is with {@code status}. */
  public static Behaviour raw(int status, String body) {
    return (ctx, request) -> ctx.status(status).contentType("application/json").result(body);
  }

  public static Behaviour slow(long millis, String arguments) {
    return (ctx, request) -> {
      Thread.sleep(millis);
      toolCall(arguments).answer(ctx, request);
    };
  }

  public static Behaviour content(String text) {
    return (ctx, request) ->
        ctx.contentType("application/json")
            .result(
                "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"fake-model\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\",\"logprobs\":null,\"message\":{\"role\":\"assistant\",\"content\":"
                    + JSON.valueToTree(text)
                    + ",\"refusal\":null}}]}");
  }

  @Override
  public void close() {
    server.stop();
  }
}
