package io.bookline.lifecycle;

import io.bookline.secret.Redaction;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an operator reads when start-up fails after the configuration was accepted (Postgres
 * unreachable or missing, the port in use, channel secrets the key cannot open): one block like a
 * configuration error's, the failure and each cause that adds something, credentials masked, and no
 * stack trace (that goes to DEBUG). The process then exits with {@link #EXIT_CODE}.
 */
public final class StartFailure {
  /** 2 is a configuration error (nothing was tried); 1 is a start that was tried and failed. */
  public static final int EXIT_CODE = 1;

  private StartFailure() {}

  /** The block: "Bookline could not start: …", then " - cause" lines. */
  public static String describe(Throwable failure) {
    List<String> lines = new ArrayList<>();
    lines.add(message(failure));
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    for (Throwable cause = failure.getCause();
        cause != null && seen.put(cause, true) == null;
        cause = cause.getCause()) {
      if (cause.getMessage() == null || cause.getMessage().isBlank()) {
        continue;
      }
      String said = message(cause);
      // Causes often repeat what wraps them, or add only a prefix to it ("Failed to initialize
      // pool: <the driver's words>", when the driver's words were said already).
      int colon = said.indexOf(": ");
      String tail = colon < 0 ? said : said.substring(colon + 2);
      if (lines.stream().noneMatch(l -> l.contains(said) || l.contains(tail))) {
        lines.add(said);
      }
    }
    StringBuilder out = new StringBuilder("Bookline could not start: ").append(lines.getFirst());
    lines.stream().skip(1).forEach(l -> out.append("\n  - ").append(l));
    return out.toString();
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      m = t.getClass().getSimpleName();
    }
    return Redaction.escape(Redaction.redact(m.strip()));
  }
}
