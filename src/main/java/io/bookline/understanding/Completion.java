package io.bookline.understanding;

import java.util.Map;
import java.util.Optional;

/** What the transport got from the model for one customer message, or why it got nothing. */
public sealed interface Completion {
  /** HTTP requests sent, retries included. */
  int calls();

  /** Retries among the calls. */
  default int retries() {
    return Math.max(0, calls() - 1);
  }

  /**
   * The model answered.
   *
   * @param promptTokens as the server counted them, or null when it did not say
   * @param arguments the {@value ReadingSchema#TOOL} call's arguments as a JSON object, empty when
   *     {@code unusable} says why not
   * @param unusable why the answer holds no reading ("no tool call in the answer", "tool call
   *     arguments are not a JSON object"), or null
   */
  record Answered(
      String model,
      Long promptTokens,
      Long completionTokens,
      Optional<Map<String, Object>> arguments,
      String unusable,
      int calls)
      implements Completion {}

  /**
   * No answer in budget.
   *
   * @param reason for the trace and the fallback metric ("HTTP 500", "circuit open", "time budget
   *     spent")
   */
  record Unanswered(String reason, int calls) implements Completion {}
}
