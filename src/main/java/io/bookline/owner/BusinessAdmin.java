package io.bookline.owner;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.columns;

import io.bookline.ApiError;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Businesses: the operator creates and lists them; an owner reads and edits its own rules. */
public final class BusinessAdmin {
  private final DSLContext db;
  private final BusinessKeys keys;
  private final CatalogEvents events;
  private final Clock clock;

  public BusinessAdmin(DSLContext db, BusinessKeys keys, CatalogEvents events, Clock clock) {
    this.db = db;
    this.keys = keys;
    this.events = events;
    this.clock = clock;
  }

  /** What the operator sends to create a business; currency and locale are optional. */
  public record NewBusiness(
      String slug, String name, String timeZone, String currency, String locale) {}

  /** A business with its booking rules. */
  public record BusinessView(
      long id,
      String slug,
      String name,
      String timeZone,
      String currency,
      String locale,
      String address,
      int minNoticeMinutes,
      int changeNoticeMinutes,
      int horizonDays,
      int slotIntervalMinutes,
      boolean askForResource,
      Long dailyTokenBudget,
      List<Integer> reminderLeadMinutes,
      List<String> frameAncestors) {}

  /** At most this many reminders per booking. */
  public static final int MAX_REMINDERS = 5;

  /** A reminder goes out at most this long before a booking (the longest horizon). */
  public static final int MAX_REMINDER_LEAD_MINUTES = 60 * 24 * 30;

  /** A new business and its first key, which is shown this one time. */
  public record Created(BusinessView business, BusinessKeys.IssuedKey key) {}

  /**
   * Changes to a business's rules; null leaves a field as it is, except {@code
   * clearDailyTokenBudget}, which removes the budget.
   */
  public record RulesPatch(
      String name,
      String timeZone,
      String currency,
      String address,
      Integer minNoticeMinutes,
      Integer changeNoticeMinutes,
      Integer horizonDays,
      Integer slotIntervalMinutes,
      Boolean askForResource,
      Long dailyTokenBudget,
      boolean clearDailyTokenBudget,
      List<Integer> reminderLeadMinutes,
      List<String> frameAncestors) {}

  public Created create(NewBusiness in, Problems problems) {
    if (in.slug() != null && !Checks.SLUG.matcher(in.slug()).matches()) {
      problems.add(
          "slug",
          "'"
              + Checks.shorten(in.slug())
              + "' is not a slug: 1 to 63 lower-case letters (a-z), digits and '-',"
              + " starting with a letter or digit");
    }
    Checks.text(problems, "slug", in.slug(), true);
    Checks.text(problems, "name", in.name(), true);
    Checks.text(problems, "timeZone", in.timeZone(), true);
    Checks.timeZone(problems, "timeZone", in.timeZone());
    Checks.currency(problems, "currency", in.currency());
    Checks.locale(problems, "locale", in.locale());
    problems.throwIfAny();
    Created created;
    try {
      created =
          db.transactionResult(
              cfg -> {
                DSLContext tx = cfg.dsl();
                long id =
                    tx.insertInto(Businesses.T)
                        .set(Businesses.SLUG, in.slug())
                        .set(Businesses.NAME, in.name().strip())
                        .set(Businesses.TIME_ZONE, in.timeZone())
                        .set(Businesses.CURRENCY, in.currency() == null ? "EUR" : in.currency())
                        .set(Businesses.LOCALE, in.locale() == null ? "en" : in.locale())
                        .set(Businesses.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                        .returningResult(Businesses.ID)
                        .fetchOne()
                        .value1();
                var key = keys.issue(tx, id, "first key");
                return new Created(view(tx, id).orElseThrow(), key);
              });
    } catch (IntegrityConstraintViolationException e) {
      throw ApiError.conflict("a business with slug '" + in.slug() + "' already exists");
    }
    // A chat may have cached "no such business" for this slug moments ago.
    events.changed(created.business().id());
    return created;
  }

  public List<BusinessView> list() {
    return db.select(columns(Businesses.class))
        .from(Businesses.T)
        .orderBy(Businesses.ID)
        .fetch(BusinessAdmin::view);
  }

  public Optional<BusinessView> byId(long id) {
    return view(db, id);
  }

  /** The id of the business with this slug. */
  public Optional<Long> idOf(String slug) {
    return db.select(Businesses.ID)
        .from(Businesses.T)
        .where(Businesses.SLUG.eq(slug))
        .fetchOptional(Businesses.ID);
  }

  /**
   * What the owner should know after a change of time zone from {@code before}: bookings still to
   * come keep their moment, so those whose clock time differs in the new zone are listed (ADR
   * 0104).
   */
  public List<HoursAdmin.Warning> zoneWarnings(long id, String before, BusinessView now) {
    if (before.equals(now.timeZone())) {
      return List.of();
    }
    return new StrandedBookings(db, clock)
        .ofZoneChange(id, ZoneId.of(before), ZoneId.of(now.timeZone())).stream().toList();
  }

  /** Changes the business's name and booking rules; the chat uses them from its next turn. */
  public BusinessView patch(long id, RulesPatch in, Problems problems) {
    Checks.text(problems, "name", in.name(), false);
    Checks.timeZone(problems, "timeZone", in.timeZone());
    Checks.currency(problems, "currency", in.currency());
    if (in.address() != null && in.address().length() > Checks.MAX_TEXT) {
      problems.add("address", "must be at most " + Checks.MAX_TEXT + " characters");
    }
    Checks.storable(problems, "address", in.address());
    Checks.range(problems, "minNoticeMinutes", in.minNoticeMinutes(), 0, 60 * 24 * 30);
    Checks.range(problems, "changeNoticeMinutes", in.changeNoticeMinutes(), 0, 60 * 24 * 30);
    Checks.range(problems, "horizonDays", in.horizonDays(), 1, 730);
    Checks.range(problems, "slotIntervalMinutes", in.slotIntervalMinutes(), 5, 240);
    if (in.slotIntervalMinutes() != null && !problems.has("slotIntervalMinutes")) {
      interval(id, in.slotIntervalMinutes(), problems);
    }
    if (in.dailyTokenBudget() != null && in.dailyTokenBudget() < 1) {
      problems.add("dailyTokenBudget", "must be at least 1, or null for no limit");
    }
    leads(problems, in.reminderLeadMinutes());
    if (!problems.has("currency")) {
      CurrencyChange.check(db, id, in.currency(), problems);
    }
    List<String> frameAncestors =
        in.frameAncestors() == null ? null : FrameAncestors.check(in.frameAncestors(), problems);
    problems.throwIfAny();
    Map<Field<?>, Object> set = new HashMap<>();
    if (frameAncestors != null) {
      set.put(
          Businesses.FRAME_ANCESTORS,
          frameAncestors.isEmpty() ? null : String.join(" ", frameAncestors));
    }
    put(set, Businesses.NAME, in.name() == null ? null : in.name().strip());
    put(set, Businesses.TIME_ZONE, in.timeZone());
    put(set, Businesses.CURRENCY, in.currency());
    put(set, Businesses.MIN_NOTICE_MINUTES, in.minNoticeMinutes());
    put(set, Businesses.CHANGE_NOTICE_MINUTES, in.changeNoticeMinutes());
    put(set, Businesses.HORIZON_DAYS, in.horizonDays());
    put(set, Businesses.SLOT_INTERVAL_MINUTES, in.slotIntervalMinutes());
    put(set, Businesses.ASK_FOR_RESOURCE, in.askForResource());
    put(set, Businesses.DAILY_TOKEN_BUDGET, in.dailyTokenBudget());
    if (in.clearDailyTokenBudget()) {
      set.put(Businesses.DAILY_TOKEN_BUDGET, null);
    }
    if (in.reminderLeadMinutes() != null) {
      set.put(
          Businesses.REMINDER_LEAD_MINUTES,
          in.reminderLeadMinutes().stream()
              .sorted(Comparator.reverseOrder())
              .toArray(Integer[]::new));
    }
    if (in.address() != null) {
      set.put(Businesses.ADDRESS, in.address().isBlank() ? null : in.address());
    }
    if (!set.isEmpty()) {
      db.update(Businesses.T).set(set).where(Businesses.ID.eq(id)).execute();
    }
    events.changed(id);
    return byId(id).orElseThrow(() -> ApiError.notFound("no business " + id));
  }

  /**
   * A new slot interval must fit every service's duration, the rule a service's duration is held
   * to, or the chat offers starts off the grid (10:45, 10:52, 10:59 …). The interval the business
   * has passes as it is: the console sends every booking rule on each save.
   */
  private void interval(long business, int minutes, Problems problems) {
    Integer now =
        db.select(Businesses.SLOT_INTERVAL_MINUTES)
            .from(Businesses.T)
            .where(Businesses.ID.eq(business))
            .fetchOne(Businesses.SLOT_INTERVAL_MINUTES);
    if (now == null || now == minutes) {
      return;
    }
    List<String> misfits = ServiceAdmin.misfits(db, business, minutes);
    if (!misfits.isEmpty()) {
      String named =
          misfits.size() <= MAX_NAMED
              ? String.join(", ", misfits)
              : String.join(", ", misfits.subList(0, MAX_NAMED))
                  + " and "
                  + (misfits.size() - MAX_NAMED)
                  + " more";
      problems.add(
          "slotIntervalMinutes",
          "must divide every service's duration, not " + minutes + ": " + named);
    }
  }

  /** At most this many services are named in one problem. */
  private static final int MAX_NAMED = 10;

  /** Reminder lead times: at most {@link #MAX_REMINDERS}, each 5 minutes to 30 days, no repeats. */
  private static void leads(Problems problems, List<Integer> leads) {
    if (leads == null) {
      // A lead time too large to read names the range too.
      Checks.range(problems, "reminderLeadMinutes", null, 5, MAX_REMINDER_LEAD_MINUTES);
      return;
    }
    if (leads.size() > MAX_REMINDERS) {
      problems.add(
          "reminderLeadMinutes",
          "must hold at most " + MAX_REMINDERS + " lead times, not " + leads.size());
    }
    for (Integer lead : leads) {
      Checks.range(problems, "reminderLeadMinutes", lead, 5, MAX_REMINDER_LEAD_MINUTES);
    }
    if (new HashSet<>(leads).size() != leads.size()) {
      problems.add("reminderLeadMinutes", "names a lead time twice: " + leads);
    }
  }

  /** Adds the field to an update when the patch sets it. */
  static void put(Map<Field<?>, Object> set, Field<?> field, Object value) {
    if (value != null) {
      set.put(field, value);
    }
  }

  private static Optional<BusinessView> view(DSLContext db, long id) {
    return db.select(columns(Businesses.class))
        .from(Businesses.T)
        .where(Businesses.ID.eq(id))
        .fetchOptional(BusinessAdmin::view);
  }

  private static BusinessView view(Record r) {
    return new BusinessView(
        r.get(Businesses.ID),
        r.get(Businesses.SLUG),
        r.get(Businesses.NAME),
        r.get(Businesses.TIME_ZONE),
        r.get(Businesses.CURRENCY),
        r.get(Businesses.LOCALE),
        r.get(Businesses.ADDRESS),
        r.get(Businesses.MIN_NOTICE_MINUTES),
        r.get(Businesses.CHANGE_NOTICE_MINUTES),
        r.get(Businesses.HORIZON_DAYS),
        r.get(Businesses.SLOT_INTERVAL_MINUTES),
        r.get(Businesses.ASK_FOR_RESOURCE),
        r.get(Businesses.DAILY_TOKEN_BUDGET),
        List.of(r.get(Businesses.REMINDER_LEAD_MINUTES)),
        frameAncestors(r.get(Businesses.FRAME_ANCESTORS)));
  }

  /** The stored list of sites that may frame the web chat (space-separated). */
  public static List<String> frameAncestors(String stored) {
    return stored == null || stored.isBlank() ? List.of() : List.of(stored.strip().split(" +"));
  }
}
