package io.bookline.ingress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ApiError;
import io.bookline.booking.CatalogRepository;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Platform;
import io.bookline.channel.Signatures;
import io.bookline.channel.WebhookEvent;
import io.bookline.channel.messenger.MessengerChannel;
import io.bookline.channel.telegram.TelegramChannel;
import io.bookline.channel.whatsapp.WhatsAppChannel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WhatsApp, Messenger and Telegram webhooks. Each request is authenticated against the channel
 * account it is addressed to, every message in it is recorded in the inbox, and only then is it
 * acknowledged with 200; processing follows on a virtual thread. Nothing is stored for a request
 * that fails authentication or names an unknown account.
 */
public final class PlatformWebhookRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(PlatformWebhookRoutes.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ChannelAccountRepository accounts;
  private final CatalogRepository catalogs;
  private final Inbox inbox;
  private final Dispatcher dispatcher;
  private final ExecutorService background;
  private final Clock clock;
  private final MeterRegistry metrics;
  private final java.util.concurrent.Semaphore turnSlots;

  public PlatformWebhookRoutes(
      ChannelAccountRepository accounts,
      CatalogRepository catalogs,
      Inbox inbox,
      Dispatcher dispatcher,
      ExecutorService background,
      Clock clock,
      MeterRegistry metrics,
      int maxConcurrentTurns) {
    this.turnSlots = new java.util.concurrent.Semaphore(Math.max(1, maxConcurrentTurns), true);
    this.accounts = accounts;
    this.catalogs = catalogs;
    this.inbox = inbox;
    this.dispatcher = dispatcher;
    this.background = background;
    this.clock = clock;
    this.metrics = metrics;
  }

  public void register(RoutesConfig routes) {
    routes.get("/webhooks/whatsapp", ctx -> verify(ctx, Platform.WHATSAPP));
    routes.get("/webhooks/messenger", ctx -> verify(ctx, Platform.MESSENGER));
    routes.post("/webhooks/whatsapp", ctx -> meta(ctx, Platform.WHATSAPP));
    routes.post("/webhooks/messenger", ctx -> meta(ctx, Platform.MESSENGER));
    routes.post("/webhooks/telegram/{businessSlug}", this::telegram);
  }

  /** Meta's subscription handshake: echo hub.challenge when hub.verify_token is one of ours. */
  private void verify(Context ctx, Platform platform) {
    String mode = ctx.queryParam("hub.mode");
    String token = ctx.queryParam("hub.verify_token");
    String challenge = ctx.queryParam("hub.challenge");
    if (!"subscribe".equals(mode) || challenge == null) {
      throw ApiError.badRequest("expected hub.mode=subscribe, hub.verify_token and hub.challenge");
    }
    boolean known =
        accounts.all(platform).stream()
            .anyMatch(
                a ->
                    Signatures.sameSecret(
                        token, a.secret(ChannelAccount.VERIFY_TOKEN).orElse(null)));
    if (!known) {
      throw new ApiError(
          403, "forbidden", "hub.verify_token does not match any " + platform.id() + " account");
    }
    ctx.contentType("text/plain").result(challenge);
  }

  private void meta(Context ctx, Platform platform) {
    byte[] raw = ctx.bodyAsBytes();
    JsonNode root = json(raw);
    Set<String> ids =
        platform == Platform.WHATSAPP
            ? WhatsAppChannel.phoneNumberIds(root)
            : MessengerChannel.pageIds(root);
    if (ids.isEmpty()) {
      // A field we do not subscribe to handling (account updates…): nothing to verify against.
      count(platform, "no-account-field");
      ctx.json(Map.of("received", 0, "ignored", 1));
      return;
    }
    Map<String, ChannelAccount> byId = new HashMap<>();
    for (String id : ids) {
      ChannelAccount account =
          accounts
              .find(platform, id)
              .orElseThrow(
                  () -> {
                    LOG.warn(
                        "{} webhook for unknown account {}; nothing stored", platform.id(), id);
                    return ApiError.notFound("no " + platform.id() + " account '" + id + "'");
                  });
      byId.put(id, account);
    }
    String header = ctx.header("X-Hub-Signature-256");
    for (ChannelAccount account : byId.values()) {
      if (!Signatures.validHubSignature(
          raw, header, account.secret(ChannelAccount.APP_SECRET).orElse(null))) {
        count(platform, "bad-signature");
        throw ApiError.unauthorized("X-Hub-Signature-256 is missing or does not match the body");
      }
    }
    String text = new String(raw, StandardCharsets.UTF_8);
    List<WebhookEvent> events =
        platform == Platform.WHATSAPP
            ? WhatsAppChannel.parse(root, byId, text)
            : MessengerChannel.parse(root, byId, text);
    accept(ctx, platform, events);
  }

  private void telegram(Context ctx) {
    String slug = ctx.pathParam("businessSlug");
    if (catalogs.bySlug(slug).isEmpty()) {
      throw ApiError.notFound("no business with slug '" + slug + "'");
    }
    ChannelAccount account =
        accounts
            .find(Platform.TELEGRAM, slug)
            .orElseThrow(() -> ApiError.notFound("business '" + slug + "' has no Telegram bot"));
    if (!Signatures.sameSecret(
        ctx.header("X-Telegram-Bot-Api-Secret-Token"),
        account.secret(ChannelAccount.SECRET_TOKEN).orElse(null))) {
      count(Platform.TELEGRAM, "bad-signature");
      throw ApiError.unauthorized("X-Telegram-Bot-Api-Secret-Token is missing or wrong");
    }
    byte[] raw = ctx.bodyAsBytes();
    JsonNode root = json(raw);
    accept(
        ctx,
        Platform.TELEGRAM,
        List.of(
            TelegramChannel.parse(root, account, new String(raw, StandardCharsets.UTF_8), clock)));
  }

  /** Records every message before answering; processing happens after the 200. */
  private void accept(Context ctx, Platform platform, List<WebhookEvent> events) {
    List<Runnable> work = new ArrayList<>();
    int messages = 0;
    int ignored = 0;
    for (WebhookEvent e : events) {
      switch (e) {
        case WebhookEvent.Message m -> {
          Inbox.Recorded recorded = inbox.record(m.message());
          work.add(() -> dispatcher.dispatch(m.message(), recorded));
          messages++;
          count(platform, recorded.isNew() ? "message" : "duplicate");
        }
        case WebhookEvent.Ignored i -> {
          ignored++;
          count(platform, i.kind());
        }
      }
    }
    for (Runnable r : work) {
      background.submit(
          () -> {
            // At most as many turns as the pool can serve, so none times out waiting for a
            // connection under a burst; the rest wait their turn here, already acknowledged.
            turnSlots.acquireUninterruptibly();
            try {
              r.run();
            } catch (RuntimeException ex) {
              // The inbox keeps it: the recovery sweep or the conversation's next message handles
              // it.
              LOG.error("processing a {} message failed; it stays in the inbox", platform.id(), ex);
            } finally {
              turnSlots.release();
            }
          });
    }
    ctx.json(Map.of("received", messages, "ignored", ignored));
  }

  private static JsonNode json(byte[] raw) {
    try {
      JsonNode root = JSON.readTree(raw);
      if (root == null || !root.isObject()) {
        throw ApiError.badRequest("expected a JSON object");
      }
      return root;
    } catch (IOException e) {
      throw ApiError.badRequest("the body is not valid JSON");
    }
  }

  private void count(Platform platform, String kind) {
    metrics.counter("bookline.webhook.events", "platform", platform.id(), "kind", kind).increment();
  }
}
