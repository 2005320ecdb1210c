package io.bookline.ingress;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ApiError;
import io.bookline.channel.Channel;
import io.bookline.channel.Channels;
import io.bookline.channel.Delivery;
import io.bookline.channel.Directory;
import io.bookline.channel.Rejected;
import io.bookline.channel.Verified;
import io.bookline.channel.WebhookEvent;
import io.bookline.channel.WebhookRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every channel's webhook, served the same way from the registry: the channel verifies the request
 * against the account it names and parses it (nothing is stored for a request it refuses), every
 * message is recorded in the inbox, and only then is the request answered: with the turns' replies
 * for a channel that answers inline, with an acknowledgement for one that replies through the
 * outbox.
 *
 * <p>A channel that answers inline (the web chat) is open to anyone, so it is rate limited per
 * client address before the request is read and per visitor before anything is recorded; an address
 * that keeps sending wrong verify tokens to a handshake is told to wait ({@link FloodGuard}).
 */
public final class WebhookRoutes {
  private final Channels channels;
  private final Directory directory;
  private final Intake intake;
  private final ObjectMapper json;
  private final FloodGuard limits;
  private final ClientAddress clientAddress;

  public WebhookRoutes(
      Channels channels,
      Directory directory,
      Intake intake,
      ObjectMapper json,
      FloodGuard limits,
      ClientAddress clientAddress) {
    this.channels = channels;
    this.directory = directory;
    this.intake = intake;
    this.json = json;
    this.limits = limits;
    this.clientAddress = clientAddress;
  }

  public void register(RoutesConfig routes) {
    for (Channel channel : channels.all()) {
      routes.post(channel.path(), ctx -> receive(ctx, channel));
      channel
          .handshake()
          .ifPresent(h -> routes.get(channel.path(), ctx -> handshake(ctx, channel, h)));
    }
  }

  /**
   * A platform's subscription check: answered with plain text. Wrong tokens are counted per
   * address, and past the limit the address waits out the minute, right or wrong.
   */
  private void handshake(Context ctx, Channel channel, Channel.Handshake handshake) {
    String address = clientAddress.of(ctx);
    if (!limits.verifyAllowed(address)) {
      throw tooMany(ctx, "too many wrong verify tokens from this address");
    }
    String answer;
    try {
      answer = checked(channel, () -> handshake.answer(request(ctx), directory));
    } catch (ApiError e) {
      if (e.status() == Rejected.Reason.FORBIDDEN.status()) {
        limits.verifyFailed(address);
      }
      throw e;
    }
    ctx.contentType("text/plain").result(answer);
  }

  private void receive(Context ctx, Channel channel) {
    boolean open = channel.delivery() == Delivery.INLINE;
    Received received = received(ctx, channel, open);
    Verified verified = received.verified();
    List<WebhookEvent> events = received.events();
    if (open) {
      switch (limits.chat(clientAddress.of(ctx), visitors(events))) {
        case ADDRESS -> throw tooMany(ctx, "too many chat messages from this address");
        case VISITOR -> throw tooMany(ctx, "too many messages from this visitor");
        case NONE -> {}
      }
    }
    Intake.Accepted accepted = intake.accept(channel, events);
    if (channel.delivery() == Delivery.INLINE) {
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("replies", accepted.replies());
      for (Channel.Kept k : channel.kept(verified, events)) {
        answer.put(k.field(), k.value());
        keep(ctx, k);
      }
      ctx.json(answer);
    } else {
      Map<String, Object> ack = new LinkedHashMap<>();
      ack.put("received", accepted.received());
      ack.put("ignored", accepted.ignored());
      ctx.json(ack);
    }
  }

  /**
   * Sets a kept value's cookie: {@code HttpOnly} (the page's scripts never read it), {@code
   * SameSite=Lax} (another site's page cannot send it along), {@code Secure} when the request came
   * over HTTPS (directly or, per {@code X-Forwarded-Proto}, through a proxy).
   */
  static void keep(Context ctx, Channel.Kept k) {
    boolean https =
        "https".equalsIgnoreCase(ctx.scheme())
            || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    ctx.res()
        .addHeader(
            "Set-Cookie",
            k.cookie()
                + "="
                + k.value()
                + "; Path="
                + k.path()
                + "; Max-Age="
                + k.maxAge().toSeconds()
                + "; HttpOnly; SameSite=Lax"
                + (https ? "; Secure" : ""));
  }

  /** A request read, verified and parsed. */
  private record Received(Verified verified, List<WebhookEvent> events) {}

  /**
   * Reads, verifies and parses a request. The web chat's limits are counted once its visitors are
   * known ({@link FloodGuard#chat}, one round trip); a chat request refused before that counts
   * against its address alone, and past the address's limit it hears 429.
   */
  private Received received(Context ctx, Channel channel, boolean open) {
    try {
      WebhookRequest request = request(ctx, channel.maxBodyBytes());
      Verified verified = checked(channel, () -> channel.verify(request, directory));
      return new Received(verified, checked(channel, () -> channel.parse(request, verified)));
    } catch (ApiError refused) {
      if (open && !limits.allowAddress(clientAddress.of(ctx))) {
        throw tooMany(ctx, "too many chat messages from this address");
      }
      throw refused;
    }
  }

  /** The visitors (conversation keys) whose messages a web-chat request carries. */
  private static List<String> visitors(List<WebhookEvent> events) {
    List<String> visitors = new ArrayList<>(1);
    for (WebhookEvent e : events) {
      if (e instanceof WebhookEvent.Message m) {
        visitors.add(Inbox.conversationKey(m.message()));
      }
    }
    return visitors;
  }

  /** A 429 with the seconds until the counting minute ends. */
  private ApiError tooMany(Context ctx, String what) {
    long wait = limits.retryAfterSeconds();
    ctx.header("Retry-After", String.valueOf(wait));
    return new ApiError(429, "too_many_requests", what + "; try again in " + wait + " s");
  }

  /** Runs a channel's check; a refusal becomes its JSON error, a failed check is counted. */
  private <T> T checked(Channel channel, Supplier<T> check) {
    try {
      return check.get();
    } catch (Rejected r) {
      if (r.reason() == Rejected.Reason.UNAUTHORIZED) {
        intake.count(channel, "bad-signature");
      }
      throw new ApiError(r.reason().status(), r.reason().code(), r.getMessage());
    }
  }

  /**
   * The request, its body read only when it is within {@code maxBody}: a declared length over it is
   * refused before a byte is read, a body that turns out longer (chunked) as soon as it is read.
   */
  private WebhookRequest request(Context ctx, long maxBody) {
    long declared = ctx.contentLength();
    if (declared > maxBody) {
      throw tooLarge(declared, maxBody);
    }
    WebhookRequest request = request(ctx);
    if (request.body().length > maxBody) {
      throw tooLarge(request.body().length, maxBody);
    }
    return request;
  }

  private static ApiError tooLarge(long size, long max) {
    return new ApiError(
        413,
        "payload_too_large",
        "the body has " + size + " bytes; this webhook takes at most " + max);
  }

  private WebhookRequest request(Context ctx) {
    Map<String, String> query = new LinkedHashMap<>();
    ctx.queryParamMap()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                query.put(name, values.get(0));
              }
            });
    return new WebhookRequest(json, ctx.bodyAsBytes(), ctx.headerMap(), ctx.pathParamMap(), query);
  }
}
