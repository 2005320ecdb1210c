package io.bookline.db;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.Field;

/**
 * The columns a {@link Schema} table class declares, found by reflection once per class and kept:
 * its public static jOOQ fields.
 */
final class DeclaredColumns {
  private DeclaredColumns() {}

  private static final Map<Class<?>, List<Field<?>>> COLUMNS = new ConcurrentHashMap<>();

  /** Every column declared for a table (see {@link Schema#columns}). */
  static List<Field<?>> of(Class<?> table) {
    return COLUMNS.computeIfAbsent(
        table,
        t -> {
          List<Field<?>> out = new ArrayList<>();
          // A reflected field, not a jOOQ Field: the two share a name, so it stays untyped here.
          for (var f : t.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Field.class.isAssignableFrom(f.getType())) {
              try {
                out.add((Field<?>) f.get(null));
              } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
              }
            }
          }
          return List.copyOf(out);
        });
  }
}
