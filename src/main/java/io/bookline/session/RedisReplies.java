package io.bookline.session;

import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import java.util.concurrent.ExecutionException;

/**
 * Waits for a Redis reply without a timer of its own (ADR 0045).
 *
 * <p>Lettuce's synchronous API waits for each reply with a timeout. On a virtual thread, a timed
 * wait schedules a wake-up on the JDK's delay scheduler and cancels it when the reply comes: a
 * thread hand-over and two queue operations per command, about a tenth of the CPU of a warm web
 * turn. The connections of the session tier and the rate counter enable Lettuce's command timeout
 * ({@code TimeoutOptions}), which completes a late reply with {@code RedisCommandTimeoutException}
 * on Lettuce's own timer; a rejected or failed command completes at once. So an untimed wait ends
 * by the same deadline, and a failure reaches the caller as the same runtime exception the
 * synchronous API would have thrown.
 */
public final class RedisReplies {
  private RedisReplies() {}

  /**
   * The reply to a command sent on a connection with a command timeout, or the exception it
   * completed with (runtime exceptions as they are, others wrapped in {@link RedisException}).
   */
  public static <T> T await(RedisFuture<T> reply) {
    try {
      return reply.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new RedisException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply.cancel(true);
      throw new RedisCommandInterruptedException(e);
    }
  }
}
