package io.bookline.channel;

import java.util.Map;

/**
 * A request that passed its channel's check, with the accounts it is addressed to, keyed by
 * external id. Only a {@link Channel#verify} result reaches {@link Channel#parse}, so a parser
 * never sees an unchecked request. No accounts means the request names none (a Meta field we do not
 * handle): there was nothing to check it against, and it is acknowledged and skipped.
 */
public record Verified(Map<String, ChannelAccount> accounts) {
  public Verified {
    accounts = Map.copyOf(accounts);
  }

  public static Verified of(ChannelAccount account) {
    return new Verified(Map.of(account.externalId(), account));
  }

  /** The one account of a channel whose requests name one (Telegram, web). */
  public ChannelAccount only() {
    if (accounts.size() != 1) {
      throw new IllegalStateException("expected one account, not " + accounts.keySet());
    }
    return accounts.values().iterator().next();
  }
}
