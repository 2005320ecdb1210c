package io.bookline.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ApiError;
import io.bookline.booking.CatalogRepository;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Platform;
import io.bookline.outbox.Outbox;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Channel accounts (credentials per platform account; secrets are write-only: the API names which
 * are set, never their values) and the outbox's dead letters.
 */
public final class ChannelRoutes {
  private static final List<String> SECRET_FIELDS =
      List.of(
          ChannelAccount.ACCESS_TOKEN,
          ChannelAccount.APP_SECRET,
          ChannelAccount.VERIFY_TOKEN,
          ChannelAccount.BOT_TOKEN,
          ChannelAccount.SECRET_TOKEN);

  private final AdminAuth auth;
  private final ChannelAccountRepository accounts;
  private final CatalogRepository catalogs;
  private final Outbox outbox;
  private final ObjectMapper json = new ObjectMapper();

  public ChannelRoutes(
      AdminAuth auth,
      ChannelAccountRepository accounts,
      CatalogRepository catalogs,
      Outbox outbox) {
    this.auth = auth;
    this.accounts = accounts;
    this.catalogs = catalogs;
    this.outbox = outbox;
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
    ctx.json(Map.of("channels", accounts.all().stream().map(ChannelRoutes::view).toList()));
  }

  private void upsert(Context ctx) {
    auth.require(ctx);
    Platform platform;
    try {
      platform = Platform.valueOf(ctx.pathParam("platform").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(
          "platform must be whatsapp, telegram or messenger, not '"
              + ctx.pathParam("platform")
              + "'");
    }
    if (platform == Platform.WEB) {
      throw ApiError.badRequest("the web chat needs no channel account");
    }
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
    for (String f : SECRET_FIELDS) {
      if (body.hasNonNull(f)) {
        secrets.put(f, body.get(f).asText());
      }
    }
    ChannelAccount saved =
        accounts.upsert(business, platform, ctx.pathParam("externalId"), secrets);
    ctx.json(view(saved));
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

  private static Map<String, Object> view(ChannelAccount a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("platform", a.platform().id());
    m.put("externalId", a.externalId());
    m.put("businessId", a.businessId());
    m.put("secretsSet", SECRET_FIELDS.stream().filter(f -> a.secret(f).isPresent()).toList());
    return m;
  }
}
