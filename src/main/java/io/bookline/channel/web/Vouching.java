package io.bookline.channel.web;

/**
 * Whether a request's {@code Authorization} header carries a key that speaks for a business: its
 * own business key, or the operator key. Only then does the web chat take the {@code userId} the
 * request names (ADR 0020): the business vouches for the users of its own app.
 */
@FunctionalInterface
public interface Vouching {
  /** Nobody vouches: every web visitor is known by a token alone. */
  Vouching NOBODY = (authorization, business) -> false;

  /**
   * @param authorization the header's value, e.g. {@code Bearer bk_…}
   * @param business the business the request is addressed to
   */
  boolean vouches(String authorization, long business);
}
