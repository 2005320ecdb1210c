package io.bookline.owner;

/** Who sent a request to the owner API, as its bearer key says (ADR 0017). */
public sealed interface Caller {
  /** The operator ({@code BOOKLINE_ADMIN_KEY}): creates businesses and may act for any of them. */
  record Operator() implements Caller {}

  /** A business key: acts for its own business only. */
  record Owner(long businessId, long keyId) implements Caller {}
}
