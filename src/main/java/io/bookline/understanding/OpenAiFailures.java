package io.bookline.understanding;

import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnexpectedStatusCodeException;
import io.bookline.retry.RetryAfter;
import io.bookline.retry.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What openai-java's exceptions mean for a retry, and how a failure is named in the trace. */
final class OpenAiFailures {
  private OpenAiFailures() {}

  /** HTTP 400: the server refused the request as it was written. */
  static boolean badRequest(Throwable e) {
    return e instanceof BadRequestException
        || e instanceof UnexpectedStatusCodeException u && u.statusCode() == 400;
  }

  /** Timeouts, connection errors, 429 and 5xx may succeed next time; 400, 401, 404 will not. */
  static boolean retryable(Throwable e) {
    if (e instanceof OpenAIIoException
        || e instanceof RateLimitException
        || e instanceof InternalServerException) {
      return true;
    }
    if (e instanceof UnexpectedStatusCodeException u) {
      return u.statusCode() >= 500 || u.statusCode() == 408;
    }
    return false;
  }

  /**
   * What the circuit breaker counts against the endpoint: what may succeed next time, and answers
   * that are no chat completion (asked again, a broken endpoint answers the same). A 400, 401 or
   * 404 is a request or a setting of ours that is wrong, and does not open the circuit.
   */
  static boolean endpointFailing(Throwable e) {
    return retryable(e) || e instanceof OpenAIInvalidDataException;
  }

  /** Whether to try again, and after the wait the server asked for, if it asked. */
  static Verdict verdict(RuntimeException e, Instant now) {
    if (!retryable(e)) {
      return Verdict.permanent();
    }
    return e instanceof OpenAIServiceException s
        ? Verdict.retryAfter(retryAfter(s, now).orElse(null))
        : Verdict.retry();
  }

  /** {@code retry-after-ms} (OpenAI's own) first, then the standard {@code Retry-After}. */
  static Optional<Duration> retryAfter(OpenAIServiceException e, Instant now) {
    Optional<Duration> ms = RetryAfter.millis(first(e.headers().values("retry-after-ms")));
    return ms.isPresent() ? ms : RetryAfter.header(first(e.headers().values("retry-after")), now);
  }

  /** Why the rules answered when the model path threw something no one expected. */
  static final String UNEXPECTED = "unexpected error";

  /** An HTTP 200 whose body is not a chat completion Bookline can read. */
  static final String MALFORMED = "malformed answer";

  /** An answer whose body is longer than {@link ModelHttp#MAX_ANSWER_BYTES}. */
  static final String TOO_LARGE = "answer too large";

  /** The fallback reason for a failure: a tag value, so one of a few words, never its message. */
  static String describe(RuntimeException e) {
    if (e instanceof OpenAIServiceException s) {
      return "HTTP " + s.statusCode();
    }
    if (e instanceof OpenAIIoException) {
      return "connection or timeout";
    }
    if (e instanceof OpenAIInvalidDataException) {
      return causedBy(e, ModelHttp.AnswerTooLarge.class) ? TOO_LARGE : MALFORMED;
    }
    return e instanceof OpenAIException ? e.getClass().getSimpleName() : UNEXPECTED;
  }

  /** Whether openai-java or the answer's reading threw it, rather than a bug on Bookline's side. */
  static boolean expected(Throwable e) {
    return e instanceof OpenAIException;
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> cause) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (cause.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }
}
