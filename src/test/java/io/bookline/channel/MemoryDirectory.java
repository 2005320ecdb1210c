package io.bookline.channel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Accounts and businesses held in memory, so channels are checked and parsed without a database.
 * With {@link #everyAccount} any external id is an account of business 7 with the given secrets.
 */
final class MemoryDirectory implements Directory {
  private final Map<String, ChannelAccount> accounts = new HashMap<>();
  private final Map<String, Long> businesses = new HashMap<>();
  private final Map<String, String> everySecret;

  private MemoryDirectory(Map<String, String> everySecret) {
    this.everySecret = everySecret;
  }

  static MemoryDirectory empty() {
    return new MemoryDirectory(null);
  }

  /** A directory where every id names an account with these secrets. */
  static MemoryDirectory everyAccount(Map<String, String> secrets) {
    return new MemoryDirectory(secrets).business("demo", 7);
  }

  MemoryDirectory business(String slug, long id) {
    businesses.put(slug, id);
    return this;
  }

  MemoryDirectory account(Platform platform, String externalId, Map<String, String> secrets) {
    accounts.put(
        platform.id() + "/" + externalId,
        new ChannelAccount(accounts.size() + 1, 7, platform, externalId, secrets));
    return this;
  }

  @Override
  public Optional<ChannelAccount> account(Platform platform, String externalId) {
    if (everySecret != null) {
      return Optional.of(new ChannelAccount(1, 7, platform, externalId, everySecret));
    }
    return Optional.ofNullable(accounts.get(platform.id() + "/" + externalId));
  }

  @Override
  public List<ChannelAccount> accounts(Platform platform) {
    List<ChannelAccount> all = new ArrayList<>();
    accounts.values().stream().filter(a -> a.platform().equals(platform)).forEach(all::add);
    return all;
  }

  @Override
  public OptionalLong business(String slug) {
    Long id = businesses.get(slug);
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }
}
