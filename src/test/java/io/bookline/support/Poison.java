package io.bookline.support;

import org.jooq.DSLContext;

/**
 * A message Postgres refuses on every try, as the audit's lone surrogate was refused: a trigger
 * that fails the insert of any message whose platform id starts with {@code prefix}.
 */
public final class Poison {
  private Poison() {}

  public static void install(DSLContext db, String prefix) {
    db.execute(
        """
        CREATE OR REPLACE FUNCTION refuse_poison() RETURNS trigger AS $$
        BEGIN
          IF NEW.platform_message_id LIKE '%s%%' THEN
            RAISE EXCEPTION 'refused by the test';
          END IF;
          RETURN NEW;
        END $$ LANGUAGE plpgsql
        """
            .formatted(prefix));
    db.execute(
        "CREATE TRIGGER refuse_poison BEFORE INSERT ON messages"
            + " FOR EACH ROW EXECUTE FUNCTION refuse_poison()");
  }
}
