package io.bookline.understanding;

/**
 * Turns a customer's text into a {@link Reading}. Implementations never throw for odd input: a
 * message they cannot read yields {@link Intent#NONE}.
 */
public interface Understanding {
  Reading interpret(String text, UnderstandingContext context);

  /** Short name recorded with each message ("rules", "llm"). */
  String name();
}
