package io.bookline.understanding;

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
   * @param arguments the {@value ReadingSchema#TOOL} call's arguments, empty when it called no tool
   * @param promptTokens as the server counted them, or null when it did not say
   */
  record Answered(
      String model, Long promptTokens, Long completionTokens, Optional<String> arguments, int calls)
      implements Completion {}

  /**
   * No answer in budget.
   *
   * @param reason for the trace and the fallback metric ("HTTP 500", "circuit open", "time budget
   *     spent")
   */
  record Unanswered(String reason, int calls) implements Completion {}
}
