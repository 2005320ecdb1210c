package io.bookline.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * Pooled connections that answer "which isolation level?" without asking Postgres.
 *
 * <p>jOOQ 3.21 reads {@link Connection#getTransactionIsolation()} at the start of every transaction
 * (jOOQ issue 20135), and pgjdbc answers it with a {@code SHOW TRANSACTION ISOLATION LEVEL} query:
 * one more round trip per turn, outbox claim and send. The pool sets every connection to {@code
 * isolation} and HikariCP resets a connection that changed it when it comes back, so a connection
 * just taken from the pool is known to be at {@code isolation}; a change made while it is out is
 * remembered until it goes back.
 */
final class KnownIsolation implements ConnectionProvider {
  private final DataSource pool;
  private final int isolation;

  KnownIsolation(DataSource pool, int isolation) {
    this.pool = pool;
    this.isolation = isolation;
  }

  @Override
  public Connection acquire() {
    try {
      Connection c = pool.getConnection();
      return (Connection)
          Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              new Handler(c, isolation));
    } catch (SQLException e) {
      throw new DataAccessException("cannot get a connection from the pool", e);
    }
  }

  @Override
  public void release(Connection connection) {
    try {
      ((Handler) Proxy.getInvocationHandler(connection)).pooled.close();
    } catch (SQLException e) {
      throw new DataAccessException("cannot return a connection to the pool", e);
    }
  }

  /** Passes every call to the pooled connection but the isolation level's getter. */
  private static final class Handler implements InvocationHandler {
    private final Connection pooled;
    private int isolation;

    Handler(Connection pooled, int isolation) {
      this.pooled = pooled;
      this.isolation = isolation;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("getTransactionIsolation") && args == null) {
        return isolation;
      }
      if (name.equals("equals") && args != null && args.length == 1) {
        return proxy == args[0];
      }
      if (name.equals("hashCode") && args == null) {
        return System.identityHashCode(proxy);
      }
      try {
        Object result = method.invoke(pooled, args);
        if (name.equals("setTransactionIsolation")) {
          isolation = (Integer) args[0];
        }
        return result;
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
