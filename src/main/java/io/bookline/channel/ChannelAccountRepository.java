package io.bookline.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.bookline.db.Schema;
import io.bookline.secret.SecretBox;
import io.bookline.secret.SecretException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Channel accounts and their secrets, cached briefly: every webhook looks one up. The secrets are
 * stored sealed (ADR 0029): the {@code secrets} column holds {@code {"$sealed": "v1.…"}}, AES-GCM
 * under {@code BOOKLINE_SECRET_KEY}, bound to the account's platform and external id.
 */
public final class ChannelAccountRepository {
  private static final Logger LOG = LoggerFactory.getLogger(ChannelAccountRepository.class);
  private static final Duration CACHE_TTL = Duration.ofSeconds(30);

  /** The one field of a sealed secrets column. */
  static final String SEALED = "$sealed";

  private final DSLContext db;
  private final ObjectMapper json;
  private final SecretBox box;
  private final Cache<String, Optional<ChannelAccount>> cache =
      Caffeine.newBuilder().expireAfterWrite(CACHE_TTL).maximumSize(10_000).build();

  /** Secrets sealed under a key of this process alone: for tests that build parts by hand. */
  public ChannelAccountRepository(DSLContext db, ObjectMapper json) {
    this(db, json, SecretBox.ephemeral());
  }

  public ChannelAccountRepository(DSLContext db, ObjectMapper json, SecretBox box) {
    this.db = db;
    this.json = json;
    this.box = box;
  }

  public Optional<ChannelAccount> find(Platform platform, String externalId) {
    return cache.get(
        platform.id() + "/" + externalId,
        k ->
            Optional.ofNullable(
                    db.select(Schema.columns(Schema.ChannelAccounts.class))
                        .from(Schema.ChannelAccounts.T)
                        .where(Schema.ChannelAccounts.PLATFORM.eq(platform.id()))
                        .and(Schema.ChannelAccounts.EXTERNAL_ID.eq(externalId))
                        .fetchOne())
                .map(this::toAccount));
  }

  /** Every account of a platform (the verify handshake checks the token against each). */
  public List<ChannelAccount> all(Platform platform) {
    return db.select(Schema.columns(Schema.ChannelAccounts.class))
        .from(Schema.ChannelAccounts.T)
        .where(Schema.ChannelAccounts.PLATFORM.eq(platform.id()))
        .fetch(this::toAccount);
  }

  /** One business's accounts. */
  public List<ChannelAccount> ofBusiness(long businessId) {
    return db.select(Schema.columns(Schema.ChannelAccounts.class))
        .from(Schema.ChannelAccounts.T)
        .where(Schema.ChannelAccounts.BUSINESS_ID.eq(businessId))
        .orderBy(Schema.ChannelAccounts.ID)
        .fetch(this::toAccount);
  }

  /**
   * When the business last received a message on each platform. Only a request that passed its
   * platform's signature or secret check is recorded, so this is its last verified message.
   */
  public Map<String, OffsetDateTime> lastVerifiedInbound(long businessId) {
    Map<String, OffsetDateTime> out = new HashMap<>();
    db.select(Schema.Inbox.PLATFORM, DSL.max(Schema.Inbox.RECEIVED_AT))
        .from(Schema.Inbox.T)
        .where(Schema.Inbox.BUSINESS_ID.eq(businessId))
        .groupBy(Schema.Inbox.PLATFORM)
        .forEach(r -> out.put(r.value1(), r.value2()));
    return out;
  }

  /** Removes one of a business's accounts; false when it has none with this id. */
  public boolean delete(long businessId, Platform platform, String externalId) {
    int deleted =
        db.deleteFrom(Schema.ChannelAccounts.T)
            .where(Schema.ChannelAccounts.BUSINESS_ID.eq(businessId))
            .and(Schema.ChannelAccounts.PLATFORM.eq(platform.id()))
            .and(Schema.ChannelAccounts.EXTERNAL_ID.eq(externalId))
            .execute();
    cache.invalidateAll();
    return deleted == 1;
  }

  /**
   * Creates or replaces an account; secrets not given keep their stored value when the account was
   * already this business's (one that moves here keeps none of its former holder's secrets).
   */
  public ChannelAccount upsert(
      long businessId, Platform platform, String externalId, Map<String, String> secrets) {
    Map<String, String> merged = new HashMap<>();
    find(platform, externalId)
        .filter(a -> a.businessId() == businessId)
        .ifPresent(a -> merged.putAll(a.secrets()));
    secrets.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            merged.put(k, v);
          }
        });
    JSONB data = seal(platform, externalId, merged);
    db.insertInto(Schema.ChannelAccounts.T)
        .set(Schema.ChannelAccounts.BUSINESS_ID, businessId)
        .set(Schema.ChannelAccounts.PLATFORM, platform.id())
        .set(Schema.ChannelAccounts.EXTERNAL_ID, externalId)
        .set(Schema.ChannelAccounts.SECRETS, data)
        .onConflict(Schema.ChannelAccounts.PLATFORM, Schema.ChannelAccounts.EXTERNAL_ID)
        .doUpdate()
        .set(Schema.ChannelAccounts.BUSINESS_ID, businessId)
        .set(Schema.ChannelAccounts.SECRETS, data)
        .execute();
    cache.invalidateAll();
    return find(platform, externalId).orElseThrow();
  }

  private ChannelAccount toAccount(Record r) {
    Platform platform =
        Platform.valueOf(r.get(Schema.ChannelAccounts.PLATFORM).toUpperCase(Locale.ROOT));
    String externalId = r.get(Schema.ChannelAccounts.EXTERNAL_ID);
    Map<String, String> secrets;
    try {
      secrets = open(platform, externalId, r.get(Schema.ChannelAccounts.SECRETS));
    } catch (SecretException e) {
      // The account is there but its secrets are not ours to read (a key lost in a rotation): it
      // verifies and sends nothing until an owner enters them again.
      LOG.warn(
          "channel account {} ({}): its secrets cannot be opened ({}); enter them again",
          r.get(Schema.ChannelAccounts.ID),
          platform.id(),
          e.getMessage());
      secrets = Map.of();
    }
    return new ChannelAccount(
        r.get(Schema.ChannelAccounts.ID),
        r.get(Schema.ChannelAccounts.BUSINESS_ID),
        platform,
        externalId,
        secrets);
  }

  /** Where a sealed value belongs: a value copied to another account does not open there. */
  private static String where(Platform platform, String externalId) {
    return "channel_accounts/" + platform.id() + "/" + externalId;
  }

  private JSONB seal(Platform platform, String externalId, Map<String, String> secrets) {
    return JSONB.valueOf(
        write(
            Map.of(SEALED, box.seal(where(platform, externalId), write(new TreeMap<>(secrets))))));
  }

  /** The secrets of a stored column: sealed, or (rows from before ADR 0029) plain. */
  private Map<String, String> open(Platform platform, String externalId, JSONB stored) {
    try {
      JsonNode node = json.readTree(stored.data());
      String text =
          node.has(SEALED)
              ? box.open(where(platform, externalId), node.get(SEALED).asText())
              : stored.data();
      return json.readValue(text, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new SecretException("unreadable secrets: " + e.getClass().getSimpleName());
    }
  }

  /**
   * Seals again under the current key every account whose secrets are plain or sealed under a
   * previous key (start-up, ADR 0029), each row only if nobody changed it meanwhile. Returns how
   * many were sealed again; rows no configured key opens are left as they are, and logged.
   */
  public int resealAll() {
    int resealed = 0;
    for (Record r :
        db.select(
                Schema.ChannelAccounts.ID,
                Schema.ChannelAccounts.PLATFORM,
                Schema.ChannelAccounts.EXTERNAL_ID,
                Schema.ChannelAccounts.SECRETS)
            .from(Schema.ChannelAccounts.T)
            .fetch()) {
      JSONB stored = r.get(Schema.ChannelAccounts.SECRETS);
      Platform platform =
          Platform.valueOf(r.get(Schema.ChannelAccounts.PLATFORM).toUpperCase(Locale.ROOT));
      String externalId = r.get(Schema.ChannelAccounts.EXTERNAL_ID);
      try {
        JsonNode node = json.readTree(stored.data());
        if (node.has(SEALED) && box.isCurrent(node.get(SEALED).asText())) {
          continue;
        }
        Map<String, String> secrets = open(platform, externalId, stored);
        resealed +=
            db.update(Schema.ChannelAccounts.T)
                .set(Schema.ChannelAccounts.SECRETS, seal(platform, externalId, secrets))
                .where(Schema.ChannelAccounts.ID.eq(r.get(Schema.ChannelAccounts.ID)))
                .and(DSL.condition("{0} = {1}", Schema.ChannelAccounts.SECRETS, DSL.val(stored)))
                .execute();
      } catch (SecretException | JsonProcessingException e) {
        LOG.warn(
            "channel account {} ({}) not sealed again: {}",
            r.get(Schema.ChannelAccounts.ID),
            platform.id(),
            e.getMessage());
      }
    }
    if (resealed > 0) {
      LOG.info(
          "sealed the secrets of {} channel account(s) under key {}", resealed, box.currentKeyId());
    }
    cache.invalidateAll();
    return resealed;
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
