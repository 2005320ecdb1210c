package io.bookline.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ApiError;
import io.bookline.booking.CatalogRepository;
import io.bookline.channel.Channel;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Channels;
import io.bookline.outbox.Outbox;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Channel accounts (credentials per platform account; secrets are write-only: the API names which
 * are set, never their values) and the outbox's dead letters.
 */
public final class ChannelRoutes {
  private final AdminAuth auth;
  private final ChannelAccountRepository accounts;
  private final CatalogRepository catalogs;
  private final Outbox outbox;
  private final Channels channels;

  /** Every secret any registered channel keeps, in registration order. */
  private final List<String> secretFields;

  private final ObjectMapper json;

  public ChannelRoutes(
      AdminAuth auth,
      ChannelAccountRepository accounts,
      CatalogRepository catalogs,
      Outbox outbox,
      Channels channels,
      ObjectMapper json) {
    this.auth = auth;
    this.json = json;
    this.accounts = accounts;
    this.catalogs = catalogs;
    this.outbox = outbox;
    this.channels = channels;
    this.secretFields =
        channels.withAccounts().stream().flatMap(c -> c.secretNames().stream()).distinct().toList();
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/channels", this::list);
    routes.put("/api/channels/{platform}/{externalId}", this::upsert);
    routes.get(
        "/api/outbox/dead",
        ctx -> {
          auth.require(ctx);
          ctx.json(Map.of("dead", outbox.dead(200)));
        });
    routes.post("/api/outbox/{id}/retry", this::retry);
  }

  private void list(Context ctx) {
    auth.require(ctx);
    ctx.json(Map.of("channels", accounts.all().stream().map(this::view).toList()));
  }

  private void upsert(Context ctx) {
    auth.require(ctx);
    Channel channel = channel(ctx.pathParam("platform"));
    JsonNode body;
    try {
      body = json.readTree(ctx.body());
    } catch (IOException e) {
      throw ApiError.badRequest("the body is not valid JSON");
    }
    if (body == null || !body.isObject() || !body.hasNonNull("business")) {
      throw ApiError.badRequest(
          "expected {\"business\": \"slug\", \"accessToken\": …, \"appSecret\": …, \"verifyToken\": …} (Telegram: botToken, secretToken)");
    }
    String slug = body.get("business").asText();
    long business =
        catalogs
            .bySlug(slug)
            .orElseThrow(() -> ApiError.notFound("no business with slug '" + slug + "'"))
            .business()
            .id();
    Map<String, String> secrets = new HashMap<>();
    for (String f : secretFields) {
      if (body.hasNonNull(f)) {
        secrets.put(f, body.get(f).asText());
      }
    }
    ChannelAccount saved =
        accounts.upsert(business, channel.platform(), ctx.pathParam("externalId"), secrets);
    ctx.json(view(saved));
  }

  /** The registered channel that keeps accounts, named in the path. */
  private Channel channel(String platform) {
    Channel channel =
        channels
            .find(platform)
            .orElseThrow(
                () ->
                    ApiError.badRequest(
                        "platform must be " + accountPlatforms() + ", not '" + platform + "'"));
    if (channel.secretNames().isEmpty()) {
      throw ApiError.badRequest(
          "the " + channel.platform().id() + " channel needs no channel account");
    }
    return channel;
  }

  /** "whatsapp, telegram or messenger". */
  private String accountPlatforms() {
    List<String> ids = channels.withAccounts().stream().map(c -> c.platform().id()).toList();
    return ids.size() < 2
        ? String.join("", ids)
        : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.getLast();
  }

  private void retry(Context ctx) {
    auth.require(ctx);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("outbox id '" + ctx.pathParam("id") + "' is not a number");
    }
    if (!outbox.retry(id)) {
      throw ApiError.notFound("no dead-lettered reply " + id);
    }
    outbox.wake();
    ctx.json(Map.of("id", id, "status", "pending"));
  }

  private Map<String, Object> view(ChannelAccount a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("platform", a.platform().id());
    m.put("externalId", a.externalId());
    m.put("businessId", a.businessId());
    m.put("secretsSet", secretFields.stream().filter(f -> a.secret(f).isPresent()).toList());
    return m;
  }
}
