/**
 * Signals between instances: "business 7's catalog changed", "forget session k". {@link
 * io.bookline.signal.Signals} delivers to this instance at once and, with Redis, to every other
 * instance over Redis pub/sub (ADR 0017). Signals only drop caches; no correctness rests on them
 * alone (sessions are version-checked, catalogs also expire).
 */
package io.bookline.signal;
