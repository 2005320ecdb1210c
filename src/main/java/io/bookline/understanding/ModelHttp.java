package io.bookline.understanding;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientImpl;
import com.openai.core.ClientOptions;
import com.openai.core.RequestOptions;
import com.openai.core.Timeout;
import com.openai.core.http.Headers;
import com.openai.core.http.HttpClient;
import com.openai.core.http.HttpRequest;
import com.openai.core.http.HttpRequestBody;
import com.openai.core.http.HttpResponse;
import com.openai.errors.OpenAIIoException;
import io.bookline.config.LlmConfig;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * openai-java's HTTP transport, on one OkHttp client whose pool keeps a connection per concurrent
 * call open between calls. openai-java's own OkHttp transport keeps OkHttp's default pool (5 idle
 * connections) and builds a client per request: with 400 conversations asking the model at once,
 * about one call in four opened a new TCP connection, and the cost fell on the model server too (P4
 * of issue 17, ADR 0024 addendum). Requests and answers are openai-java's own; only the wire
 * underneath is ours.
 */
final class ModelHttp implements HttpClient {
  /** Idle connections kept: more than the turns that can ask the model at once on one instance. */
  static final int MAX_IDLE_CONNECTIONS = 2_000;

  /** How long an idle connection is kept; servers often close theirs sooner, OkHttp notices. */
  static final Duration KEEP_ALIVE = Duration.ofMinutes(1);

  /**
   * The most of an answer's body that is read: a reading is a few hundred bytes and even a long
   * prose answer a few kilobytes. Past it the answer is {@link AnswerTooLarge}, a model failure,
   * and a server that sends megabytes cannot hold a turn's memory.
   */
  static final long MAX_ANSWER_BYTES = 1024 * 1024;

  private final OkHttpClient http;

  /**
   * @param requestTimeout the longest one request may take, unless its options say less
   */
  ModelHttp(Duration requestTimeout) {
    this.http =
        new OkHttpClient.Builder()
            .connectionPool(
                new ConnectionPool(
                    MAX_IDLE_CONNECTIONS, KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS))
            .connectTimeout(requestTimeout)
            .readTimeout(requestTimeout)
            .writeTimeout(requestTimeout)
            .callTimeout(requestTimeout)
            .build();
  }

  /** The openai-java client for {@code config}'s endpoint over this transport, retries off. */
  OpenAIClient openAi(LlmConfig config) {
    ClientOptions.Builder options =
        ClientOptions.builder()
            .httpClient(this)
            // Keyless local servers (Ollama, llama.cpp) accept any key.
            .apiKey(config.apiKey().orElse("no-key"))
            .maxRetries(0)
            .timeout(config.requestTimeout());
    config.baseUrl().ifPresent(options::baseUrl);
    return new OpenAIClientImpl(options.build());
  }

  /** Connections open to the model server, idle or in use. */
  int connections() {
    return http.connectionPool().connectionCount();
  }

  /** Connections open and idle, ready for the next call. */
  int idleConnections() {
    return http.connectionPool().idleConnectionCount();
  }

  @Override
  public HttpResponse execute(HttpRequest request, RequestOptions options) {
    Call call = http.newCall(request(request));
    Timeout timeout = options.getTimeout();
    if (timeout != null) {
      // The whole call, connecting included: the turn's remaining budget (LlmTransport).
      call.timeout().timeout(timeout.request().toMillis(), TimeUnit.MILLISECONDS);
    }
    try {
      return response(call.execute());
    } catch (IOException e) {
      throw new OpenAIIoException("Request failed", e);
    } finally {
      if (request.body() != null) {
        request.body().close();
      }
    }
  }

  /** Bookline asks the model from its own (virtual) thread, so nothing calls this. */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request, RequestOptions options) {
    throw new UnsupportedOperationException("the model is called synchronously");
  }

  @Override
  public void close() {
    http.connectionPool().evictAll();
  }

  private static Request request(HttpRequest request) {
    HttpUrl.Builder url = HttpUrl.get(request.baseUrl()).newBuilder();
    request.pathSegments().forEach(url::addPathSegment);
    for (String key : request.queryParams().keys()) {
      request.queryParams().values(key).forEach(v -> url.addQueryParameter(key, v));
    }
    Request.Builder builder = new Request.Builder().url(url.build());
    Headers headers = request.headers();
    for (String name : headers.names()) {
      headers.values(name).forEach(v -> builder.addHeader(name, v));
    }
    HttpRequestBody body = request.body();
    String method = request.method().name();
    return builder
        .method(method, body != null ? body(body) : needsBody(method) ? empty() : null)
        .build();
  }

  private static boolean needsBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  private static RequestBody empty() {
    return RequestBody.create(new byte[0], null);
  }

  private static RequestBody body(HttpRequestBody body) {
    MediaType type = body.contentType() == null ? null : MediaType.get(body.contentType());
    long length = body.contentLength();
    boolean oneShot = !body.repeatable();
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return type;
      }

      @Override
      public long contentLength() {
        return length;
      }

      @Override
      public boolean isOneShot() {
        return oneShot;
      }

      @Override
      public void writeTo(BufferedSink sink) {
        body.writeTo(sink.outputStream());
      }
    };
  }

  private static HttpResponse response(Response response) {
    Headers.Builder headers = Headers.builder();
    for (String name : response.headers().names()) {
      response.headers().values(name).forEach(v -> headers.put(name, v));
    }
    Headers built = headers.build();
    return new HttpResponse() {
      @Override
      public int statusCode() {
        return response.code();
      }

      @Override
      public Headers headers() {
        return built;
      }

      @Override
      public InputStream body() {
        return new Bounded(response.body().byteStream(), response.body().contentLength());
      }

      @Override
      public void close() {
        response.close();
      }
    };
  }

  /** An answer's body longer than {@link #MAX_ANSWER_BYTES}. */
  static final class AnswerTooLarge extends IOException {
    AnswerTooLarge(long bytes) {
      super(
          "the answer's body is over "
              + MAX_ANSWER_BYTES
              + " bytes"
              + (bytes > 0 ? " (" + bytes + ")" : ""));
    }
  }

  /**
   * A body that fails with {@link AnswerTooLarge} once more than {@link #MAX_ANSWER_BYTES} are
   * read, or at the first read when its {@code Content-Length} says so already. openai-java reads
   * the whole body when it parses it, so the failure reaches it as an unreadable answer.
   */
  private static final class Bounded extends FilterInputStream {
    private final long declared;
    private long read;

    Bounded(InputStream in, long declared) {
      super(in);
      this.declared = declared;
    }

    @Override
    public int read() throws IOException {
      check();
      int b = super.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      check();
      int n = super.read(b, off, len);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void check() throws IOException {
      if (declared > MAX_ANSWER_BYTES) {
        throw new AnswerTooLarge(declared);
      }
    }

    private void counted(long n) throws IOException {
      read += n;
      if (read > MAX_ANSWER_BYTES) {
        throw new AnswerTooLarge(0);
      }
    }
  }
}
