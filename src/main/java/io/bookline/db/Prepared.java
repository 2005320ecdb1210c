package io.bookline.db;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * A write of every turn, written once with jOOQ's DSL and rendered once, then sent with new values
 * (ADR 0046). The query names each value it takes with {@code DSL.param(name, type)}; {@link #with}
 * gives them in the order the names were listed.
 *
 * <p>Rendering a DSL query is the larger part of what jOOQ costs a turn: about a sixth of the app's
 * CPU in warm web turns, for six statements whose text never changes. A batch of prepared writes
 * goes to Postgres straight through JDBC ({@link WriteBatch}); jOOQ's bindings are not needed for
 * the few types these writes take (numbers, text, booleans, times, {@code jsonb}).
 */
public final class Prepared {
  private static final DSLContext RENDER = DSL.using(SQLDialect.POSTGRES, Database.settings());

  private final String sql;
  private final List<String> names;
  private final List<Class<?>> types;

  private Prepared(String sql, List<String> names, List<Class<?>> types) {
    this.sql = sql;
    this.names = names;
    this.types = types;
  }

  /**
   * Renders {@code query}, whose every value is a named parameter, each used once and listed in
   * {@code names} in the order the statement binds them. Anything else is a programming error and
   * fails at once (when the class holding the statement loads).
   */
  public static Prepared of(Query query, String... names) {
    List<String> order = new ArrayList<>();
    List<Class<?>> types = new ArrayList<>();
    // Read as Postgres renders it, not in the default dialect of a query attached to nothing.
    for (Map.Entry<String, Param<?>> p : RENDER.extractParams(query).entrySet()) {
      if (!p.getValue().isInline()) {
        order.add(p.getKey());
        types.add(p.getValue().getType());
      }
    }
    if (!order.equals(List.of(names)) || RENDER.extractBindValues(query).size() != names.length) {
      throw new IllegalArgumentException(
          "the statement binds "
              + order
              + " ("
              + RENDER.extractBindValues(query).size()
              + " values), not "
              + List.of(names)
              + ": "
              + RENDER.render(query));
    }
    return new Prepared(RENDER.render(query), List.copyOf(order), List.copyOf(types));
  }

  /** A named value of a prepared statement, of the type of {@code column}. */
  public static <T> Param<T> value(String name, Field<T> column) {
    return DSL.param(name, column.getDataType());
  }

  /** This statement with its values, in the order of the names it was made with. */
  public Write with(Object... values) {
    if (values.length != names.size()) {
      throw new IllegalArgumentException(
          names.size() + " values expected (" + names + "), " + values.length + " given");
    }
    Object[] bound = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v != null && !types.get(i).isInstance(v)) {
        throw new IllegalArgumentException(
            names.get(i) + " takes a " + types.get(i).getSimpleName() + ", not " + v.getClass());
      }
      bound[i] = v instanceof JSONB j ? j.data() : v;
    }
    return new Write(this, bound);
  }

  /** The JDBC type a null takes in the {@code i}th value (Postgres infers the others). */
  int nullType(int i) {
    Class<?> type = types.get(i);
    if (type == String.class) {
      return Types.VARCHAR;
    } else if (type == Long.class) {
      return Types.BIGINT;
    } else if (type == Integer.class) {
      return Types.INTEGER;
    } else if (type == Boolean.class) {
      return Types.BOOLEAN;
    } else if (type == OffsetDateTime.class) {
      return Types.TIMESTAMP_WITH_TIMEZONE;
    } else if (type == byte[].class) {
      return Types.BINARY;
    }
    return Types.OTHER;
  }

  /** The statement's text, with {@code ?} for each value. */
  String sql() {
    return sql;
  }

  /** A prepared statement with the values of one run ({@code jsonb} already as its text). */
  public record Write(Prepared statement, Object[] values) {
    /**
     * Runs this write alone on {@code db} (outside a turn's batch, in its own transaction unless
     * one is open) and returns the rows its {@code RETURNING} gave.
     */
    public Result<Record> fetch(DSLContext db) {
      return WriteBatch.sendDirectly(db, List.of(this)).getFirst().rows();
    }
  }
}
