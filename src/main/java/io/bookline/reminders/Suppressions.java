package io.bookline.reminders;

import static io.bookline.db.Schema.Customers;

import io.bookline.channel.ChannelAccount;
import io.bookline.channel.RecipientGone;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A platform said the customer cannot be written to (Telegram: the bot was blocked; WhatsApp: the
 * user stopped the business's messages or cannot receive them): the customer is suppressed for
 * messages the business starts, as after STOP, with reason {@code blocked}.
 */
public final class Suppressions implements RecipientGone {
  private static final Logger LOG = LoggerFactory.getLogger(Suppressions.class);

  private final DSLContext db;
  private final Clock clock;
  private final MeterRegistry metrics;

  public Suppressions(DSLContext db, Clock clock, MeterRegistry metrics) {
    this.db = db;
    this.clock = clock;
    this.metrics = metrics;
  }

  @Override
  public void gone(ChannelAccount account, String userId, String why) {
    int rows =
        db.update(Customers.T)
            .set(Customers.SUPPRESSED_AT, clock.instant().atOffset(ZoneOffset.UTC))
            .set(Customers.SUPPRESSED_REASON, "blocked")
            .where(Customers.BUSINESS_ID.eq(account.businessId()))
            .and(Customers.PLATFORM.eq(account.platform().id()))
            .and(Customers.PLATFORM_USER_ID.eq(userId))
            .and(Customers.SUPPRESSED_AT.isNull())
            .execute();
    if (rows > 0) {
      LOG.info("a {} customer is suppressed: {}", account.platform().id(), why);
      metrics.counter("bookline.optouts", "action", "blocked").increment();
    }
  }
}
