package io.bookline.owner;

import static io.bookline.db.Schema.Bookings;
import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.ResourceServices;
import static io.bookline.db.Schema.Services;
import static io.bookline.db.Schema.columns;

import io.bookline.ApiError;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * A business's services: list, read, add, change, deactivate and delete them (ADR 0031). A deleted
 * service keeps its row for the bookings that name it; deleting one with future bookings is refused
 * with their count. Every change reaches the chat on every instance before the answer is sent.
 */
public final class ServiceAdmin {
  static final int MAX_MINUTES = 24 * 60;
  static final int MAX_BUFFER = 240;

  /** The largest price Postgres keeps ({@code NUMERIC(10, 2)}). */
  static final BigDecimal MAX_PRICE = new BigDecimal("99999999.99");

  private final DSLContext db;
  private final CatalogEvents events;
  private final Clock clock;

  public ServiceAdmin(DSLContext db, CatalogEvents events, Clock clock) {
    this.db = db;
    this.events = events;
    this.clock = clock;
  }

  /** A service as owners see it. */
  public record ServiceView(
      long id,
      String name,
      int durationMinutes,
      BigDecimal price,
      int bufferBeforeMinutes,
      int bufferAfterMinutes,
      List<String> synonyms,
      boolean active,
      Map<String, String> names,
      Map<String, List<String>> synonymsByLanguage) {}

  /** A new service, or changes to one: null leaves a field as it is (or at its default). */
  public record ServiceInput(
      String name,
      Integer durationMinutes,
      BigDecimal price,
      Integer bufferBeforeMinutes,
      Integer bufferAfterMinutes,
      List<String> synonyms,
      Boolean active,
      Map<String, String> names,
      Map<String, List<String>> synonymsByLanguage) {}

  public List<ServiceView> list(long business) {
    var rows =
        db.select(columns(Services.class))
            .from(Services.T)
            .where(Services.BUSINESS_ID.eq(business))
            .and(Services.DELETED_AT.isNull())
            .orderBy(Services.ID)
            .fetch();
    var words = ServiceLanguages.of(db, rows.getValues(Services.ID));
    return rows.map(
        r -> view(r, words.getOrDefault(r.get(Services.ID), ServiceLanguages.Words.NONE)));
  }

  public ServiceView get(long business, long id) {
    return find(db, business, id).orElseThrow(() -> notFound(id));
  }

  public ServiceView create(long business, ServiceInput in, Problems problems) {
    Checks.text(problems, "name", in.name(), true);
    if (in.durationMinutes() == null) {
      problems.add("durationMinutes", "is required");
    }
    if (in.price() == null) {
      problems.add("price", "is required");
    }
    check(business, null, in, problems);
    long id =
        unique(
            business,
            null,
            in,
            () ->
                db.transactionResult(
                    cfg -> {
                      DSLContext tx = cfg.dsl();
                      long created =
                          tx.insertInto(Services.T)
                              .set(Services.BUSINESS_ID, business)
                              .set(fields(in))
                              .returningResult(Services.ID)
                              .fetchOne()
                              .value1();
                      ServiceLanguages.write(tx, created, in.names(), in.synonymsByLanguage());
                      return created;
                    }));
    events.changed(business);
    return get(business, id);
  }

  public ServiceView patch(long business, long id, ServiceInput in, Problems problems) {
    Checks.text(problems, "name", in.name(), false);
    check(business, id, in, problems);
    unique(
        business,
        id,
        in,
        () ->
            db.transactionResult(
                cfg -> {
                  DSLContext tx = cfg.dsl();
                  find(tx, business, id).orElseThrow(() -> notFound(id));
                  Map<Field<?>, Object> set = fields(in);
                  if (!set.isEmpty()) {
                    tx.update(Services.T).set(set).where(Services.ID.eq(id)).execute();
                  }
                  ServiceLanguages.write(tx, id, in.names(), in.synonymsByLanguage());
                  return id;
                }));
    events.changed(business);
    return get(business, id);
  }

  /**
   * What the owner should know about a service just saved: one no longer offered keeps the bookings
   * still to come, listed so the owner can move or cancel them, as for a staff member (ADR 0094).
   */
  public List<HoursAdmin.Warning> warnings(long business, ServiceView service) {
    if (service.active()) {
      return List.of();
    }
    return new StrandedBookings(db, clock)
        .ofInactiveService(business, service.id(), service.name()).stream().toList();
  }

  /**
   * Deletes a service without future bookings (409 with their count otherwise): it leaves the
   * catalog and every staff member's list, and its row stays for past bookings.
   */
  public ServiceView delete(long business, long id) {
    ServiceView gone =
        db.transactionResult(
            cfg -> {
              DSLContext tx = cfg.dsl();
              ServiceView service = find(tx, business, id).orElseThrow(() -> notFound(id));
              int future = FutureBookings.of(tx, Bookings.SERVICE_ID.eq(id), clock);
              if (future > 0) {
                throw ApiError.conflict(
                        "service "
                            + id
                            + " has "
                            + future
                            + (future == 1 ? " future booking" : " future bookings")
                            + (future == 1 ? "; cancel or move it" : "; cancel or move them")
                            + " first, or set active to false")
                    .with("futureBookings", future);
              }
              tx.update(Services.T)
                  .set(Services.DELETED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                  .set(Services.ACTIVE, false)
                  .where(Services.ID.eq(id))
                  .execute();
              tx.deleteFrom(ResourceServices.T).where(ResourceServices.SERVICE_ID.eq(id)).execute();
              return service;
            });
    events.changed(business);
    return gone;
  }

  private Integer storedMinutes(long business, long id) {
    return db.select(Services.DURATION_MINUTES)
        .from(Services.T)
        .where(Services.ID.eq(id))
        .and(Services.BUSINESS_ID.eq(business))
        .fetchOne(Services.DURATION_MINUTES);
  }

  /**
   * Rules of every field sent; a new duration must fit the business's slot grid (one the service
   * already has is not judged again: the console sends every field of the form, and a service from
   * before the rule, say 50 minutes on a 15-minute grid, keeps its length).
   */
  private void check(long business, Long id, ServiceInput in, Problems problems) {
    Integer minutes = in.durationMinutes();
    Checks.range(problems, "durationMinutes", minutes, 5, MAX_MINUTES);
    if (minutes != null && id != null && minutes.equals(storedMinutes(business, id))) {
      minutes = null;
    }
    var settings =
        db.select(Businesses.SLOT_INTERVAL_MINUTES, Businesses.CURRENCY)
            .from(Businesses.T)
            .where(Businesses.ID.eq(business))
            .fetchSingle();
    int interval = settings.value1();
    if (minutes != null && !problems.has("durationMinutes") && !fits(minutes, interval)) {
      problems.add(
          "durationMinutes",
          "must be a multiple of the slot interval (" + interval + " minutes), not " + minutes);
    }
    if (in.price() == null) {
      problems
          .tooLargeAsSent("price")
          .ifPresent(
              sent ->
                  problems.replaceTooLarge(
                      "price", "must be between 0 and " + MAX_PRICE + ", not " + sent));
    } else {
      if (in.price().signum() < 0) {
        problems.add("price", "must be 0 or more, not " + in.price().toPlainString());
      } else {
        Prices.decimals(problems, in.price(), settings.value2());
      }
    }
    Checks.range(problems, "bufferBeforeMinutes", in.bufferBeforeMinutes(), 0, MAX_BUFFER);
    Checks.range(problems, "bufferAfterMinutes", in.bufferAfterMinutes(), 0, MAX_BUFFER);
    Checks.words(problems, "synonyms", in.synonyms());
    Checks.byLanguage(
        problems, "names", in.names(), (p, field, name) -> Checks.text(p, field, name, true));
    Checks.byLanguage(problems, "synonymsByLanguage", in.synonymsByLanguage(), Checks::words);
    CatalogWords.services(db, business, id, phrases(in), problems);
    problems.throwIfAny();
  }

  /** A duration fits the slot grid when a booking that starts on it also ends on it. */
  static boolean fits(int minutes, int interval) {
    return minutes % interval == 0;
  }

  /**
   * The business's services (deactivated ones too) whose durations would not fit a slot interval,
   * as "Colour (45 min)", in id order.
   */
  static List<String> misfits(DSLContext db, long business, int interval) {
    return db
        .select(Services.NAME, Services.DURATION_MINUTES)
        .from(Services.T)
        .where(Services.BUSINESS_ID.eq(business))
        .and(Services.DELETED_AT.isNull())
        .orderBy(Services.ID)
        .fetch()
        .stream()
        .filter(r -> !fits(r.value2(), interval))
        .map(r -> r.value1() + " (" + r.value2() + " min)")
        .toList();
  }

  /** The name and words the input sends, each under its field, for the chat's uniqueness. */
  private static List<CatalogWords.Phrase> phrases(ServiceInput in) {
    List<CatalogWords.Phrase> out = new ArrayList<>();
    if (in.name() != null) {
      out.add(new CatalogWords.Phrase("name", in.name()));
    }
    if (in.synonyms() != null) {
      in.synonyms().forEach(w -> out.add(new CatalogWords.Phrase("synonyms", w)));
    }
    if (in.names() != null) {
      in.names().forEach((l, name) -> out.add(new CatalogWords.Phrase("names." + l, name)));
    }
    if (in.synonymsByLanguage() != null) {
      in.synonymsByLanguage()
          .forEach(
              (l, words) ->
                  words.forEach(
                      w -> out.add(new CatalogWords.Phrase("synonymsByLanguage." + l, w))));
    }
    return out;
  }

  /**
   * Runs a write that {@link #check} allowed. Two owners naming two services alike at the same
   * instant both pass the check, and Postgres refuses the second name (its unique {@code name_key},
   * ADR 0047): checked again, now that the first is committed, the second gets the very 400 it
   * would have got a moment later. Only a clash the check cannot see (two names without letters or
   * digits, spelled the same) is left a 409.
   */
  private <T> T unique(
      long business, Long id, ServiceInput in, java.util.function.Supplier<T> write) {
    try {
      return write.get();
    } catch (IntegrityConstraintViolationException e) {
      check(business, id, in, new Problems());
      throw ApiError.conflict("a service named '" + in.name() + "' already exists");
    }
  }

  private static Map<Field<?>, Object> fields(ServiceInput in) {
    Map<Field<?>, Object> set = new HashMap<>();
    if (in.name() != null) {
      set.put(Services.NAME, in.name().strip());
      set.put(Services.NAME_KEY, CatalogWords.nameKey(in.name()));
    }
    BusinessAdmin.put(set, Services.DURATION_MINUTES, in.durationMinutes());
    BusinessAdmin.put(set, Services.PRICE, in.price());
    BusinessAdmin.put(set, Services.BUFFER_BEFORE_MINUTES, in.bufferBeforeMinutes());
    BusinessAdmin.put(set, Services.BUFFER_AFTER_MINUTES, in.bufferAfterMinutes());
    BusinessAdmin.put(
        set,
        Services.SYNONYMS,
        in.synonyms() == null
            ? null
            : in.synonyms().stream().map(String::strip).distinct().toArray(String[]::new));
    BusinessAdmin.put(set, Services.ACTIVE, in.active());
    return set;
  }

  private static Optional<ServiceView> find(DSLContext db, long business, long id) {
    return db.select(columns(Services.class))
        .from(Services.T)
        .where(Services.ID.eq(id))
        .and(Services.BUSINESS_ID.eq(business))
        .and(Services.DELETED_AT.isNull())
        .fetchOptional()
        .map(r -> view(r, ServiceLanguages.of(db, id)));
  }

  private static ServiceView view(Record r, ServiceLanguages.Words words) {
    String[] synonyms = r.get(Services.SYNONYMS);
    return new ServiceView(
        r.get(Services.ID),
        r.get(Services.NAME),
        r.get(Services.DURATION_MINUTES),
        Prices.money(r.get(Services.PRICE)),
        r.get(Services.BUFFER_BEFORE_MINUTES),
        r.get(Services.BUFFER_AFTER_MINUTES),
        synonyms == null ? List.of() : List.of(synonyms),
        r.get(Services.ACTIVE),
        words.names(),
        words.synonyms());
  }

  static ApiError notFound(long id) {
    return ApiError.notFound("no service " + id);
  }
}
