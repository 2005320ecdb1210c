package io.bookline.booking;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Closures;
import static io.bookline.db.Schema.OpeningHours;
import static io.bookline.db.Schema.ResourceHours;
import static io.bookline.db.Schema.ResourceServices;
import static io.bookline.db.Schema.Resources;
import static io.bookline.db.Schema.ServiceLanguages;
import static io.bookline.db.Schema.Services;
import static io.bookline.db.Schema.columns;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Loads a business's {@link Catalog}. Catalogs change rarely and are read on every turn, so they
 * are cached; an owner's change drops the cache on every instance at once ({@link #invalidate()},
 * ADR 0017/0031), and {@link #CACHE_TTL} is only the backstop if that signal is lost.
 */
public final class CatalogRepository {
  public static final Duration CACHE_TTL = Duration.ofSeconds(30);

  private final DSLContext db;
  private final Cache<String, Optional<Catalog>> bySlug;
  private final Cache<Long, Optional<Catalog>> byId;

  public CatalogRepository(DSLContext db) {
    this.db = db;
    this.bySlug = Caffeine.newBuilder().expireAfterWrite(CACHE_TTL).maximumSize(10_000).build();
    this.byId = Caffeine.newBuilder().expireAfterWrite(CACHE_TTL).maximumSize(10_000).build();
  }

  public Optional<Catalog> bySlug(String slug) {
    return bySlug.get(slug, k -> load(Businesses.SLUG.eq(k)));
  }

  public Optional<Catalog> byId(long id) {
    return byId.get(id, k -> load(Businesses.ID.eq(k)));
  }

  /** The catalog of the only business there is, if there is exactly one (a one-shop install). */
  public Optional<Catalog> onlyBusiness() {
    List<Long> ids = db.select(Businesses.ID).from(Businesses.T).limit(2).fetch(Businesses.ID);
    return ids.size() == 1 ? byId(ids.get(0)) : Optional.empty();
  }

  /** Forgets cached catalogs, e.g. after an admin edit on this instance. */
  public void invalidate() {
    bySlug.invalidateAll();
    byId.invalidateAll();
  }

  private Optional<Catalog> load(Condition which) {
    Record b = db.select(columns(Businesses.class)).from(Businesses.T).where(which).fetchOne();
    if (b == null) {
      return Optional.empty();
    }
    long id = b.get(Businesses.ID);
    return Optional.of(
        new Catalog(business(b), services(id), resources(id), hours(id), closures(id)));
  }

  private static Business business(Record b) {
    return new Business(
        b.get(Businesses.ID),
        b.get(Businesses.SLUG),
        b.get(Businesses.NAME),
        ZoneId.of(b.get(Businesses.TIME_ZONE)),
        Locale.forLanguageTag(b.get(Businesses.LOCALE)),
        b.get(Businesses.CURRENCY),
        b.get(Businesses.ADDRESS),
        Duration.ofMinutes(b.get(Businesses.MIN_NOTICE_MINUTES)),
        b.get(Businesses.HORIZON_DAYS),
        Duration.ofMinutes(b.get(Businesses.SLOT_INTERVAL_MINUTES)),
        b.get(Businesses.ASK_FOR_RESOURCE),
        Duration.ofMinutes(b.get(Businesses.CHANGE_NOTICE_MINUTES)),
        b.get(Businesses.DAILY_TOKEN_BUDGET));
  }

  private List<Service> services(long business) {
    Map<Long, Map<String, String>> names = new HashMap<>();
    Map<Long, Map<String, List<String>>> words = new HashMap<>();
    db.select(columns(ServiceLanguages.class))
        .from(ServiceLanguages.T)
        .join(Services.T)
        .on(Services.ID.eq(ServiceLanguages.SERVICE_ID))
        .where(Services.BUSINESS_ID.eq(business))
        .forEach(
            r -> {
              long service = r.get(ServiceLanguages.SERVICE_ID);
              String language = r.get(ServiceLanguages.LANGUAGE);
              if (r.get(ServiceLanguages.NAME) != null) {
                names
                    .computeIfAbsent(service, k -> new HashMap<>())
                    .put(language, r.get(ServiceLanguages.NAME));
              }
              words
                  .computeIfAbsent(service, k -> new HashMap<>())
                  .put(language, texts(r.get(ServiceLanguages.SYNONYMS)));
            });
    return db.select(columns(Services.class))
        .from(Services.T)
        .where(Services.BUSINESS_ID.eq(business).and(Services.ACTIVE.isTrue()))
        .and(Services.DELETED_AT.isNull())
        .orderBy(Services.ID)
        .fetch(
            r ->
                new Service(
                    r.get(Services.ID),
                    r.get(Services.NAME),
                    Duration.ofMinutes(r.get(Services.DURATION_MINUTES)),
                    r.get(Services.PRICE),
                    Duration.ofMinutes(r.get(Services.BUFFER_BEFORE_MINUTES)),
                    Duration.ofMinutes(r.get(Services.BUFFER_AFTER_MINUTES)),
                    texts(r.get(Services.SYNONYMS)),
                    names.getOrDefault(r.get(Services.ID), Map.of()),
                    words.getOrDefault(r.get(Services.ID), Map.of())));
  }

  private static List<String> texts(String[] array) {
    return array == null ? List.of() : Arrays.asList(array);
  }

  private List<Resource> resources(long business) {
    Map<Long, Set<Long>> skills = new HashMap<>();
    db.select(ResourceServices.RESOURCE_ID, ResourceServices.SERVICE_ID)
        .from(ResourceServices.T)
        .join(Resources.T)
        .on(Resources.ID.eq(ResourceServices.RESOURCE_ID))
        .where(Resources.BUSINESS_ID.eq(business))
        .forEach(r -> skills.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
    Map<Long, List<OpeningInterval>> ownHours = resourceHours(business);
    return db.select(columns(Resources.class))
        .from(Resources.T)
        .where(Resources.BUSINESS_ID.eq(business).and(Resources.ACTIVE.isTrue()))
        .and(Resources.DELETED_AT.isNull())
        .orderBy(Resources.ID)
        .fetch(
            r ->
                new Resource(
                    r.get(Resources.ID),
                    r.get(Resources.NAME),
                    skills.getOrDefault(r.get(Resources.ID), Set.of()),
                    ownHours.getOrDefault(r.get(Resources.ID), List.of())));
  }

  private Map<Long, List<OpeningInterval>> resourceHours(long business) {
    Map<Long, List<OpeningInterval>> out = new HashMap<>();
    db.select(columns(ResourceHours.class))
        .from(ResourceHours.T)
        .join(Resources.T)
        .on(Resources.ID.eq(ResourceHours.RESOURCE_ID))
        .where(Resources.BUSINESS_ID.eq(business))
        .forEach(
            r ->
                out.computeIfAbsent(r.get(ResourceHours.RESOURCE_ID), k -> new ArrayList<>())
                    .add(
                        new OpeningInterval(
                            DayOfWeek.of(r.get(ResourceHours.WEEKDAY)),
                            r.get(ResourceHours.OPENS),
                            r.get(ResourceHours.CLOSES))));
    return out;
  }

  private List<OpeningInterval> hours(long business) {
    return db.select(columns(OpeningHours.class))
        .from(OpeningHours.T)
        .where(OpeningHours.BUSINESS_ID.eq(business))
        .fetch(
            r ->
                new OpeningInterval(
                    DayOfWeek.of(r.get(OpeningHours.WEEKDAY)),
                    r.get(OpeningHours.OPENS),
                    r.get(OpeningHours.CLOSES)));
  }

  private List<Closure> closures(long business) {
    return db.select(columns(Closures.class))
        .from(Closures.T)
        .where(Closures.BUSINESS_ID.eq(business))
        .fetch(
            r ->
                new Closure(
                    r.get(Closures.FIRST_DAY),
                    r.get(Closures.LAST_DAY),
                    r.get(Closures.REASON),
                    r.get(Closures.RESOURCE_ID)));
  }
}
