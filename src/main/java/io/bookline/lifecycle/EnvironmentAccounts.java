package io.bookline.lifecycle;

import io.bookline.booking.Business;
import io.bookline.booking.CatalogRepository;
import io.bookline.booking.DemoSeeder;
import io.bookline.channel.ChannelAccountRepository;
import io.bookline.channel.Platform;
import io.bookline.config.ChannelsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attaches the channel accounts given in environment variables ({@code WHATSAPP_PHONE_NUMBER_ID},
 * {@code TELEGRAM_BOT_TOKEN}, {@code MESSENGER_PAGE_ID} …) to the demo business, or to the only
 * business there is (a one-shop install). Several businesses use the admin API instead.
 */
public final class EnvironmentAccounts {
  private static final Logger LOG = LoggerFactory.getLogger(EnvironmentAccounts.class);

  private final ChannelsConfig channels;
  private final CatalogRepository catalogs;
  private final ChannelAccountRepository accounts;

  public EnvironmentAccounts(
      ChannelsConfig channels, CatalogRepository catalogs, ChannelAccountRepository accounts) {
    this.channels = channels;
    this.catalogs = catalogs;
    this.accounts = accounts;
  }

  /**
   * Creates or updates each configured account; does nothing when none is configured.
   *
   * @throws IllegalStateException when accounts are configured but there is no demo business and
   *     not exactly one business to attach them to
   */
  public void attach() {
    if (channels.whatsapp().isEmpty()
        && channels.telegram().isEmpty()
        && channels.messenger().isEmpty()) {
      return;
    }
    Business business =
        catalogs
            .bySlug(DemoSeeder.SLUG)
            .or(catalogs::onlyBusiness)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "channel settings in the environment need the demo business or exactly one business; use the admin API instead"))
            .business();
    channels
        .whatsapp()
        .ifPresent(
            a -> accounts.upsert(business.id(), Platform.WHATSAPP, a.externalId(), a.secrets()));
    channels
        .messenger()
        .ifPresent(
            a -> accounts.upsert(business.id(), Platform.MESSENGER, a.externalId(), a.secrets()));
    channels
        .telegram()
        .ifPresent(
            a -> accounts.upsert(business.id(), Platform.TELEGRAM, business.slug(), a.secrets()));
    LOG.info("channel accounts from the environment attached to business '{}'", business.slug());
  }
}
