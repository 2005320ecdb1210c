package io.bookline.db;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import org.jooq.exception.DataAccessException;

/**
 * Group commit (ADR 0030): requests that arrive while earlier ones are being written wait in a
 * queue, and the next free writer takes them all into one multi-row statement, so a burst costs one
 * round trip and one WAL flush per group instead of one per request: inbox inserts, the outbox's
 * "sent" marks. Nobody waits for a group to fill: a writer takes whatever is queued when it is
 * free, so a lone request is written at once. Every caller returns only after the statement holding
 * its message has committed.
 *
 * @param <R> a request
 * @param <A> its answer
 */
public final class GroupCommit<R, A> implements AutoCloseable {
  /** Rows in one statement: far below Postgres' 65,535 bind values at ten columns a row. */
  public static final int MAX_GROUP = 200;

  /** Tries of a group that Postgres broke off as a deadlock victim or serialization failure. */
  static final int TRANSIENT_TRIES = 3;

  private final LinkedBlockingQueue<Waiting<R, A>> queue = new LinkedBlockingQueue<>();
  private final Function<List<R>, List<A>> writeGroup;
  private final Function<R, A> writeOne;
  private final List<Thread> writers = new ArrayList<>();
  private final String name;
  private final boolean oneStatement;
  private volatile boolean closed;

  /**
   * @param name what the writers' threads are called after
   * @param writers groups written at once, each by its own virtual thread (at most the connections
   *     of the pool they use)
   * @param writeGroup writes a group in one statement and answers in the same order
   * @param writeOne writes one request alone: used when a group's statement fails on its data, so
   *     one bad message cannot fail the others with it
   */
  public GroupCommit(
      String name, int writers, Function<List<R>, List<A>> writeGroup, Function<R, A> writeOne) {
    this(name, writers, writeGroup, writeOne, false);
  }

  /**
   * @param oneStatement true when {@code writeGroup} is a single statement, so that a group
   *     Postgres broke off as a deadlock victim or a serialization failure committed nothing and is
   *     written again (up to {@link #TRANSIENT_TRIES} times); false leaves such a failure to the
   *     callers
   */
  public GroupCommit(
      String name,
      int writers,
      Function<List<R>, List<A>> writeGroup,
      Function<R, A> writeOne,
      boolean oneStatement) {
    this.oneStatement = oneStatement;
    this.name = name;
    this.writeGroup = writeGroup;
    this.writeOne = writeOne;
    for (int i = 0; i < Math.max(1, writers); i++) {
      this.writers.add(Thread.ofVirtual().name(name + "-writer-" + i).start(this::run));
    }
  }

  private record Waiting<R, A>(R request, CompletableFuture<A> answer) {}

  /**
   * Writes {@code request} (in a group with whatever else waits) and returns once it is durable.
   */
  public A write(R request) {
    var mine = new Waiting<R, A>(request, new CompletableFuture<>());
    queue.add(mine);
    if (closed && queue.remove(mine)) {
      // Closed before anyone took it: nobody will write it. (Taken already, it is answered by
      // its writer or by close().)
      throw new IllegalStateException("the " + name + " writer is closed");
    }
    try {
      return mine.answer().join();
    } catch (CompletionException e) {
      throw rethrown(e.getCause());
    }
  }

  private void run() {
    try {
      while (true) {
        List<Waiting<R, A>> group = new ArrayList<>();
        group.add(queue.take());
        queue.drainTo(group, MAX_GROUP - 1);
        write(group);
      }
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the writers; requests still queued are answered with an error (not acknowledged). */
  @Override
  public void close() {
    closed = true;
    writers.forEach(Thread::interrupt);
    for (Waiting<R, A> w = queue.poll(); w != null; w = queue.poll()) {
      w.answer()
          .completeExceptionally(new IllegalStateException("the " + name + " writer is closed"));
    }
  }

  private void write(List<Waiting<R, A>> group) {
    List<R> requests = group.stream().map(Waiting::request).toList();
    for (int attempt = 1; ; attempt++) {
      try {
        List<A> answers = writeGroup.apply(requests);
        for (int i = 0; i < group.size(); i++) {
          group.get(i).answer().complete(answers.get(i));
        }
        return;
      } catch (RuntimeException e) {
        if (oneStatement && attempt < TRANSIENT_TRIES && isTransient(e)) {
          continue; // the statement committed nothing; the same group again
        }
        if (group.size() > 1 && isAboutData(e)) {
          group.forEach(this::writeAlone);
        } else {
          group.forEach(w -> w.answer().completeExceptionally(e));
        }
        return;
      }
    }
  }

  /**
   * True when Postgres gave up the statement to break a deadlock (40P01) or a serialization
   * conflict (40001): it changed nothing, and running it again is what Postgres asks for. (Not all
   * of class 40: after 40003 the statement may have committed.)
   */
  public static boolean isTransient(Throwable e) {
    String state = sqlState(e);
    return state.equals("40P01") || state.equals("40001");
  }

  private static String sqlState(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return "";
  }

  private void writeAlone(Waiting<R, A> w) {
    try {
      w.answer().complete(writeOne.apply(w.request()));
    } catch (RuntimeException e) {
      w.answer().completeExceptionally(e);
    }
  }

  /**
   * True when Postgres refused a group for what it holds (a value it cannot store), not because it
   * could not be reached: only then is writing each alone worth it.
   */
  public static boolean isAboutData(Throwable e) {
    String state = sqlState(e);
    return state.startsWith("22") || state.startsWith("23") || state.startsWith("54");
  }

  /** The failure for this caller: its own exception, keeping the cause (a 503 stays a 503). */
  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof DataAccessException d) {
      return new DataAccessException(d.getMessage(), d);
    }
    return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
  }
}
