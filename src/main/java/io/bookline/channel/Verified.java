package io.bookline.channel;

import java.util.Map;

/**
 * A request that passed its channel's check, with the accounts it is addressed to, keyed by
 * external id. Only a {@link Channel#verify} result reaches {@link Channel#parse}, so a parser
 * never sees an unchecked request. No accounts means the request names none (a Meta field we do not
 * handle): there was nothing to check it against, and it is acknowledged and skipped.
 *
 * @param vouched the request carried the key of the business it is addressed to, so the business
 *     vouches for the sender it names (the web chat embedded in a business's own app, ADR 0020)
 */
public record Verified(Map<String, ChannelAccount> accounts, boolean vouched) {
  public Verified {
    accounts = Map.copyOf(accounts);
  }

  public Verified(Map<String, ChannelAccount> accounts) {
    this(accounts, false);
  }

  public static Verified of(ChannelAccount account) {
    return new Verified(Map.of(account.externalId(), account));
  }

  /** One account, on a request its business vouches for. */
  public static Verified vouched(ChannelAccount account) {
    return new Verified(Map.of(account.externalId(), account), true);
  }

  /** The one account of a channel whose requests name one (Telegram, web). */
  public ChannelAccount only() {
    if (accounts.size() != 1) {
      throw new IllegalStateException("expected one account, not " + accounts.keySet());
    }
    return accounts.values().iterator().next();
  }
}
