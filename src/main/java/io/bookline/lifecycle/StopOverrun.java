package io.bookline.lifecycle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stop's last word, one WARN line at its end (ops review, ADR 0054): what a stop past {@code
 * SHUTDOWN_TIMEOUT} gave up waiting for (an expected outcome with a known remedy: the inbox answers
 * what was acknowledged after the next start, not an error with a stack trace per part), and what
 * this run leaves undelivered even when the stop kept its budget: replies dead-lettered, replies
 * given back unsent, messages set aside as failed. Nothing when there is neither.
 */
public final class StopOverrun {
  private static final Logger LOG = LoggerFactory.getLogger(StopOverrun.class);

  private final List<String> gaveUpOn = new CopyOnWriteArrayList<>();
  private final List<String> undelivered = new CopyOnWriteArrayList<>();
  private final AtomicBoolean reported = new AtomicBoolean();

  /** A part stopped without waiting any longer for {@code what} ("2 background turns"). */
  public void gaveUpOn(String what) {
    gaveUpOn.add(what);
  }

  /**
   * What this run did not deliver, each where an owner or operator finds it.
   *
   * @param deadLetters replies this instance dead-lettered
   * @param givenBack replies it gave back to the queue unsent because it was stopping
   * @param setAside messages it set aside as failed after their last attempt, unanswered
   */
  public void undelivered(long deadLetters, long givenBack, long setAside) {
    if (deadLetters > 0) {
      undelivered.add(
          count(deadLetters, "reply", "replies")
              + " dead-lettered (GET /api/outbox/dead, POST /api/outbox/retry)");
    }
    if (givenBack > 0) {
      undelivered.add(
          count(givenBack, "reply", "replies")
              + " given back to the queue unsent (another instance or the next start sends them)");
    }
    if (setAside > 0) {
      undelivered.add(
          count(setAside, "message", "messages")
              + " set aside as failed, unanswered (GET /api/inbox/failed)");
    }
  }

  /**
   * The one line, when a part gave up on something or something was not delivered; said once,
   * however often the stop is asked for.
   */
  public void report(Duration budget) {
    if (reported.getAndSet(true)) {
      return;
    }
    String left =
        undelivered.isEmpty() ? "" : "; not delivered during this run: " + listed(undelivered);
    if (!gaveUpOn.isEmpty()) {
      LOG.warn(
          "the stop used up SHUTDOWN_TIMEOUT ({}) and gave up waiting for {}; messages already"
              + " acknowledged are answered after the next start{}",
          budget,
          listed(gaveUpOn),
          left);
    } else if (!undelivered.isEmpty()) {
      LOG.warn("stopped; not delivered during this run: {}", listed(undelivered));
    }
  }

  /** "a", "a and b", "a, b and c". */
  static String listed(List<String> parts) {
    int last = parts.size() - 1;
    return last == 0
        ? parts.get(0)
        : String.join(", ", parts.subList(0, last)) + " and " + parts.get(last);
  }

  /** "1 HTTP request", "3 HTTP requests". */
  public static String count(long n, String what) {
    return count(n, what, what + "s");
  }

  /** "1 reply", "3 replies". */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
