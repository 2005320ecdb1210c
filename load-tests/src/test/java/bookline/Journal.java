package bookline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the load generator did, one JSON line per event, for the correctness check: every message
 * the app acknowledged ({@code "acked"}), when it was sent, and how each customer's conversation
 * ended ({@code "outcome"}). The check compares it with Postgres and the fake platform's record.
 */
final class Journal implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final BufferedWriter out;

  Journal(String path) {
    try {
      Path p = Path.of(path).toAbsolutePath();
      Files.createDirectories(p.getParent());
      out =
          Files.newBufferedWriter(
              p, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A message the app answered 200 to: it must get exactly one turn. */
  void acked(String user, String messageId, String step, String text, long sentAtMillis) {
    ObjectNode n = JSON.createObjectNode().put("event", "acked").put("user", user);
    n.put("id", messageId).put("step", step).put("text", text).put("sentAt", sentAtMillis);
    write(n);
  }

  /**
   * How a customer's conversation ended: booked, listed, cancelled, moved, gone (every time
   * confirmed was taken meanwhile), full (told no time is free, and left), asked, stuck, or
   * unanswered (a message refused on every try or its reply never came).
   */
  void outcome(String user, String outcome, int turns) {
    write(
        JSON.createObjectNode()
            .put("event", "outcome")
            .put("user", user)
            .put("outcome", outcome)
            .put("turns", turns));
  }

  private synchronized void write(ObjectNode n) {
    try {
      out.write(n.toString());
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
