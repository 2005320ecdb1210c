package io.bookline.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.bookline.db.Schema;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;

/** Channel accounts and their secrets, cached briefly: every webhook looks one up. */
public final class ChannelAccountRepository {
  private static final Duration CACHE_TTL = Duration.ofSeconds(30);
  private final DSLContext db;
  private final ObjectMapper json;
  private final Cache<String, Optional<ChannelAccount>> cache =
      Caffeine.newBuilder().expireAfterWrite(CACHE_TTL).maximumSize(10_000).build();

  public ChannelAccountRepository(DSLContext db, ObjectMapper json) {
    this.db = db;
    this.json = json;
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

  /** Creates or replaces an account; secrets not given keep their stored value. */
  public ChannelAccount upsert(
      long businessId, Platform platform, String externalId, Map<String, String> secrets) {
    Map<String, String> merged = new HashMap<>();
    find(platform, externalId).ifPresent(a -> merged.putAll(a.secrets()));
    secrets.forEach(
        (k, v) -> {
          if (v != null && !v.isBlank()) {
            merged.put(k, v);
          }
        });
    JSONB data = JSONB.valueOf(write(merged));
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
    Map<String, String> secrets;
    try {
      secrets =
          json.readValue(
              r.get(Schema.ChannelAccounts.SECRETS).data(),
              new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "unreadable secrets of channel account " + r.get(Schema.ChannelAccounts.ID), e);
    }
    return new ChannelAccount(
        r.get(Schema.ChannelAccounts.ID),
        r.get(Schema.ChannelAccounts.BUSINESS_ID),
        Platform.valueOf(r.get(Schema.ChannelAccounts.PLATFORM).toUpperCase(Locale.ROOT)),
        r.get(Schema.ChannelAccounts.EXTERNAL_ID),
        secrets);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
