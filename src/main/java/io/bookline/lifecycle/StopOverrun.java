package io.bookline.lifecycle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a stop gave up waiting for once its budget was spent, said in one WARN line at its end (ops
 * review): a stop past {@code SHUTDOWN_TIMEOUT} is an expected outcome with a known remedy (the
 * inbox answers what was acknowledged after the next start), not an error with a stack trace per
 * part.
 */
public final class StopOverrun {
  private static final Logger LOG = LoggerFactory.getLogger(StopOverrun.class);

  private final List<String> gaveUpOn = new CopyOnWriteArrayList<>();

  /** A part stopped without waiting any longer for {@code what} ("2 background turns"). */
  public void gaveUpOn(String what) {
    gaveUpOn.add(what);
  }

  /** The one line, when a part gave up on something; nothing otherwise. */
  public void report(Duration budget) {
    if (!gaveUpOn.isEmpty()) {
      LOG.warn(
          "the stop used up SHUTDOWN_TIMEOUT ({}) and gave up waiting for {}; messages already"
              + " acknowledged are answered after the next start",
          budget,
          String.join(" and ", gaveUpOn));
    }
  }

  /** "1 HTTP request", "3 HTTP requests". */
  public static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
