package io.bookline.understanding;

/**
 * Turns a customer's text into a {@link Reading}. Implementations never throw for odd input: a
 * message they cannot read yields {@link Intent#NONE}.
 */
public interface Understanding {
  Reading interpret(String text, UnderstandingContext context);

  /** Short name recorded with each message ("rules", "llm"). */
  String name();

  /** The reading and how it was made; implementations that call out override this. */
  default Understood understand(String text, UnderstandingContext context) {
    long started = System.nanoTime();
    Reading reading = interpret(text, context);
    return new Understood(
        reading, Trace.offline(name(), (System.nanoTime() - started) / 1_000_000));
  }
}
