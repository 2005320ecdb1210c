package io.bookline.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ApiError;
import io.bookline.booking.CatalogRepository;
import io.bookline.channel.Channel;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Channels;
import io.bookline.outbox.Outbox;
import io.bookline.owner.Problems;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The calling business's channel accounts (credentials per platform account; secrets are
 * write-only: the API names which are set, never their values) and its outbox dead letters.
 */
public final class ChannelRoutes {
  private final OwnerAuth auth;
  private final ChannelAccountRepository accounts;
  private final CatalogRepository catalogs;
  private final Outbox outbox;
  private final Channels channels;

  /** Every secret any registered channel keeps, in registration order. */
  private final List<String> secretFields;

  /** {@code PUBLIC_BASE_URL}: this server as platforms reach it, without a trailing slash. */
  private final Optional<String> publicBaseUrl;

  private final ObjectMapper json;

  public ChannelRoutes(
      OwnerAuth auth,
      ChannelAccountRepository accounts,
      CatalogRepository catalogs,
      Outbox outbox,
      Channels channels,
      Optional<String> publicBaseUrl,
      ObjectMapper json) {
    this.auth = auth;
    this.publicBaseUrl = publicBaseUrl;
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
    routes.delete("/api/channels/{platform}/{externalId}", this::remove);
    routes.get(
        "/api/outbox/dead",
        ctx -> ctx.json(Map.of("dead", outbox.deadLetters().list(auth.business(ctx), 200))));
    routes.post("/api/outbox/{id}/retry", this::retry);
  }

  private void list(Context ctx) {
    long business = auth.business(ctx);
    var lastInbound = accounts.lastVerifiedInbound(business);
    ctx.json(
        Map.of(
            "channels",
            accounts.ofBusiness(business).stream()
                .map(a -> view(a, slug(business), lastInbound.get(a.platform().id())))
                .toList()));
  }

  /**
   * Creates or updates one of the business's accounts. An account another business holds is "not
   * found"; {@code "business"} in the body, if sent, must name the calling business. Where the
   * channel decides the account's id (Telegram: the business slug) no other id is taken, and an
   * account another business holds under the caller's own slug is the caller's to take back.
   */
  private void upsert(Context ctx) {
    long business = auth.business(ctx);
    Channel channel = channel(ctx.pathParam("platform"));
    Problems problems = new Problems();
    Set<String> known = new LinkedHashSet<>(channel.secretNames());
    known.add("business");
    JsonBody body = JsonBody.object(ctx, json, problems).only(known);
    Map<String, String> secrets = new HashMap<>();
    for (String f : channel.secretNames()) {
      String value = body.string(f);
      if (value != null) {
        // A token pasted with the line break after it would never match what the platform sends.
        String secret = value.strip();
        // The channel's own rule first (a Telegram token's shape says more); then, for any other
        // secret, empty: absent means "not set yet", but an empty one would make an account that
        // cannot work.
        channel.secretProblem(f, secret).ifPresent(problem -> problems.add(f, problem));
        if (secret.isEmpty()) {
          problems.add(f, "must not be empty; leave " + f + " out if it is not known yet");
          continue;
        }
        secrets.put(f, secret);
      }
    }
    String slugSent = body.string("business");
    problems.throwIfAny();
    if (slugSent != null
        && catalogs.bySlug(slugSent).filter(c -> c.business().id() == business).isEmpty()) {
      throw ApiError.notFound("no business with slug '" + slugSent + "'");
    }
    String externalId = ctx.pathParam("externalId");
    String platform = channel.platform().id();
    if (!channel.isAccountId(externalId) && externalId.length() > Channel.MAX_ACCOUNT_ID) {
      // The length first: "letters, digits…" would send the owner looking for a wrong character.
      throw badAccountId(
          "is "
              + externalId.length()
              + " characters long; a "
              + platform
              + " account id has at most "
              + Channel.MAX_ACCOUNT_ID
              + ": '"
              + clip(externalId)
              + "'");
    }
    if (!channel.isAccountId(externalId)) {
      throw badAccountId(
          "is not a "
              + platform
              + " account id (letters, digits, '.', '-', '_'): '"
              + clip(externalId)
              + "'");
    }
    Optional<String> required = channel.accountIdOf(slug(business));
    if (required.isPresent() && !required.get().equals(externalId)) {
      throw badAccountId(
          "a "
              + platform
              + " account's id is the business's slug '"
              + required.get()
              + "', not '"
              + clip(externalId)
              + "'");
    }
    if (required.isEmpty()
        && accounts
            .find(channel.platform(), externalId)
            .filter(a -> a.businessId() != business)
            .isPresent()) {
      // Which business has it is that business's affair: never named (ADR 0094).
      throw ApiError.conflict(
          "this "
              + channel.platform().id()
              + " account is connected to another business; it must be removed there first");
    }
    ChannelAccount saved = accounts.upsert(business, channel.platform(), externalId, secrets);
    ctx.json(
        view(
            saved,
            slug(business),
            accounts.lastVerifiedInbound(business).get(saved.platform().id())));
  }

  /**
   * Removes one of the business's accounts (a typo, a number it no longer uses): its webhooks are
   * refused from then on and replies still queued for it are dead-lettered when they are due.
   */
  private void remove(Context ctx) {
    long business = auth.business(ctx);
    Channel channel = channel(ctx.pathParam("platform"));
    String externalId = ctx.pathParam("externalId");
    if (!accounts.delete(business, channel.platform(), externalId)) {
      throw ApiError.notFound(
          "no " + channel.platform().id() + " account '" + externalId + "' of this business");
    }
    ctx.status(204);
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

  private static ApiError badAccountId(String problem) {
    return ApiError.validation(Map.of("externalId", problem));
  }

  /** A value as an error shows it: at most 40 characters. */
  private static String clip(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…";
  }

  /** "whatsapp, telegram or messenger". */
  private String accountPlatforms() {
    List<String> ids = channels.withAccounts().stream().map(c -> c.platform().id()).toList();
    return ids.size() < 2
        ? String.join("", ids)
        : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.getLast();
  }

  private void retry(Context ctx) {
    long business = auth.business(ctx);
    long id = Paths.id(ctx, "outbox");
    if (!outbox.deadLetters().retry(business, id)) {
      throw ApiError.notFound("no dead-lettered reply " + id);
    }
    outbox.wake();
    ctx.json(Map.of("id", id, "status", "pending"));
  }

  private String slug(long business) {
    return catalogs.byId(business).map(c -> c.business().slug()).orElseThrow();
  }

  /**
   * An account as the owner sees it, with the webhook to give the platform: its path, and its whole
   * URL when {@code PUBLIC_BASE_URL} says how platforms reach this server (behind a proxy the
   * browser's own address may be one no platform can reach; without the setting the console puts
   * its own origin in front of the path).
   */
  private Map<String, Object> view(
      ChannelAccount a, String businessSlug, OffsetDateTime lastVerifiedInbound) {
    Map<String, Object> m = new LinkedHashMap<>();
    String path =
        channels
            .find(a.platform())
            .map(c -> c.path().replace("{businessSlug}", businessSlug))
            .orElse(null);
    m.put("webhookPath", path);
    m.put("webhookUrl", path == null ? null : publicBaseUrl.map(base -> base + path).orElse(null));
    m.put("lastVerifiedInboundAt", lastVerifiedInbound);
    m.put("platform", a.platform().id());
    m.put("externalId", a.externalId());
    m.put("businessId", a.businessId());
    m.put("secretsSet", secretFields.stream().filter(f -> a.secret(f).isPresent()).toList());
    // What the platform's messages or our replies still wait for: the owner sees it, not a 401.
    m.put(
        "secretsMissing",
        channels.find(a.platform()).map(Channel::secretNames).orElse(List.of()).stream()
            .filter(f -> a.secret(f).isEmpty())
            .toList());
    return m;
  }
}
