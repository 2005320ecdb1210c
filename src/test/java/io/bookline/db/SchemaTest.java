package io.bookline.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.bookline.support.TestPostgres;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** The hand-written jOOQ definitions match what the migrations create. */
class SchemaTest {
  @Test
  void every_declared_column_exists_with_a_compatible_type() throws Exception {
    try (HikariDataSource ds = new HikariDataSource()) {
      ds.setJdbcUrl(TestPostgres.freshDatabase());
      Database.migrate(ds);
      var db = DSL.using(ds, SQLDialect.POSTGRES);
      List<String> missing = new ArrayList<>();
      int checked = 0;
      for (Class<?> table : Schema.ALL) {
        Table<?> t = (Table<?>) table.getField("T").get(null);
        for (var f : table.getFields()) {
          if (!Modifier.isStatic(f.getModifiers()) || !Field.class.isAssignableFrom(f.getType())) {
            continue;
          }
          Field<?> field = (Field<?>) f.get(null);
          String column = field.getUnqualifiedName().last();
          var row =
              db.fetchOne(
                  "select data_type, udt_name from information_schema.columns where table_name = ? and column_name = ?",
                  t.getName(),
                  column);
          checked++;
          if (row == null) {
            missing.add(t.getName() + "." + column);
          }
        }
      }
      assertTrue(
          missing.isEmpty(), "columns declared in Schema but missing in the database: " + missing);
      assertTrue(checked > 80, "checked " + checked);
      // The exclusion constraint that keeps bookings apart is there.
      assertEquals(
          1,
          db.fetchCount(
              DSL.table("pg_constraint"),
              DSL.field("conname").eq("bookings_no_overlap").and(DSL.field("contype").eq("x"))));
    }
  }
}
