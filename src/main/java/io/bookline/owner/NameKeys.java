package io.bookline.owner;

import static io.bookline.db.Schema.Resources;
import static io.bookline.db.Schema.Services;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys the live services and staff that have no {@code name_key} yet (ADR 0047): rows from before
 * the key existed (V15 adds the column empty, because no SQL expression equals {@link
 * CatalogWords#key}), and rows written by anything but the owner services (the demo seeder, an
 * instance of an older version during a rolling deploy). Runs at start-up, before the first
 * request; rows are keyed one by one in id order, so of two old names that already clash the older
 * row gets the key, and the later one keeps none and is logged: start-up never fails on it, and the
 * owner API's own check still refuses a third name like them.
 */
public final class NameKeys {
  private static final Logger LOG = LoggerFactory.getLogger(NameKeys.class);

  private NameKeys() {}

  /** A table with named, soft-deleted rows of a business. */
  private record Named(
      String kind,
      Table<?> table,
      Field<Long> id,
      Field<Long> business,
      Field<String> name,
      Field<String> key,
      Field<OffsetDateTime> deletedAt) {}

  private static final Named SERVICES =
      new Named(
          "service",
          Services.T,
          Services.ID,
          Services.BUSINESS_ID,
          Services.NAME,
          Services.NAME_KEY,
          Services.DELETED_AT);

  private static final Named STAFF =
      new Named(
          "staff member",
          Resources.T,
          Resources.ID,
          Resources.BUSINESS_ID,
          Resources.NAME,
          Resources.NAME_KEY,
          Resources.DELETED_AT);

  /** Keys every live row without a key; returns how many it keyed. */
  public static int fill(DSLContext db) {
    return fill(db, SERVICES) + fill(db, STAFF);
  }

  private static int fill(DSLContext db, Named t) {
    int keyed = 0;
    for (var row :
        db.select(t.id(), t.business(), t.name())
            .from(t.table())
            .where(t.key().isNull())
            .and(t.deletedAt().isNull())
            .orderBy(t.id())
            .fetch()) {
      String key = CatalogWords.nameKey(row.value3());
      if (key == null) {
        continue;
      }
      try {
        // One statement each, outside a transaction: a clash refuses that row only. Another
        // instance starting at the same time finds the row keyed and changes nothing.
        keyed +=
            db.update(t.table())
                .set(t.key(), key)
                .where(t.id().eq(row.value1()))
                .and(t.key().isNull())
                .and(t.deletedAt().isNull())
                .execute();
      } catch (IntegrityConstraintViolationException e) {
        warnClash(db, t, row.value1(), row.value2(), row.value3(), key);
      }
    }
    if (keyed > 0) {
      LOG.info("keyed the names of {} {} rows", keyed, t.kind());
    }
    return keyed;
  }

  private static void warnClash(
      DSLContext db, Named t, long id, long business, String name, String key) {
    var twin =
        db.select(t.id(), t.name())
            .from(t.table())
            .where(t.business().eq(business))
            .and(t.key().eq(key))
            .and(t.deletedAt().isNull())
            .fetchOne();
    LOG.warn(
        "{} {} '{}' of business {} keeps no name key: the chat cannot tell it from {} {} '{}';"
            + " rename or delete one of them (ADR 0047)",
        t.kind(),
        id,
        name,
        business,
        t.kind(),
        twin == null ? "?" : twin.value1(),
        twin == null ? "?" : twin.value2());
  }
}
