package io.bookline.ingress;

import io.bookline.booking.CatalogRepository;
import io.bookline.channel.ChannelAccount;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Directory;
import io.bookline.channel.Platform;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The channels' lookups answered from the stored accounts and the business catalog. */
public final class AccountDirectory implements Directory {
  private final ChannelAccountRepository accounts;
  private final CatalogRepository catalogs;

  public AccountDirectory(ChannelAccountRepository accounts, CatalogRepository catalogs) {
    this.accounts = accounts;
    this.catalogs = catalogs;
  }

  @Override
  public Optional<ChannelAccount> account(Platform platform, String externalId) {
    return accounts.find(platform, externalId);
  }

  @Override
  public List<ChannelAccount> accounts(Platform platform) {
    return accounts.all(platform);
  }

  @Override
  public OptionalLong business(String slug) {
    return catalogs
        .bySlug(slug)
        .map(c -> OptionalLong.of(c.business().id()))
        .orElse(OptionalLong.empty());
  }
}
