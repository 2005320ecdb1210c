package io.bookline.lifecycle;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes what was built, in reverse order of {@link #add}: a part is closed before the parts it was
 * built from. A part that fails to close is logged and the rest are still closed.
 */
public final class Closer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Closer.class);

  private final Deque<AutoCloseable> parts = new ArrayDeque<>();

  /** Registers {@code part} to be closed; returns it, so building and registering is one line. */
  public synchronized <T extends AutoCloseable> T add(T part) {
    parts.push(part);
    return part;
  }

  /** Closes every registered part, newest first; calling it again does nothing. */
  @Override
  public synchronized void close() {
    while (!parts.isEmpty()) {
      AutoCloseable part = parts.pop();
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("error while stopping", e);
      }
    }
  }
}
