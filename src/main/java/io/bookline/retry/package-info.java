/**
 * The one backoff policy of the code base. {@link io.bookline.retry.Backoff} decides, purely, how
 * long to wait before the next attempt (exponential from a first wait, jittered, a cap per wait,
 * {@code Retry-After} honoured, a limit on attempts and on the whole window); {@link
 * io.bookline.retry.Retrier} runs attempts with it on an injected clock, {@link
 * io.bookline.retry.Sleeper} and random source, so tests move time instead of waiting for it.
 * Callers say per failure whether trying again can help ({@link io.bookline.retry.Verdict}).
 * Imports nothing of Bookline, so every package may use it.
 */
package io.bookline.retry;
