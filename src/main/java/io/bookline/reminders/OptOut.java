package io.bookline.reminders;

import static io.bookline.db.Schema.Businesses;
import static io.bookline.db.Schema.Customers;

import io.bookline.booking.Reply;
import io.bookline.channel.Delivery;
import io.bookline.channel.InboundMessage;
import io.bookline.processor.OneTap;
import io.bookline.wording.Messages;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * STOP and START on a platform the business can write to first: STOP suppresses the customer for
 * every message the business starts (reminders, notices), with one confirmation; START lifts it.
 * Replies to the customer's own messages still go out. The web chat cannot be written to first, so
 * there "stop" keeps its dialogue meaning (leave what is under way). So does a bare "stop"
 * ("stopp", "parar") on the other platforms while a booking, move or cancellation is under way: the
 * customer most likely means this conversation, and is told that STOP again stops reminders;
 * "unsubscribe", "baja" or a second "stop" opt out.
 *
 * <p>START from a customer who is not suppressed has nothing to lift: it is how a chat begins
 * (Telegram sends "/start" when someone opens the bot), so it gets the business's greeting.
 */
public final class OptOut implements OneTap {
  /** The business's first words, as a "Hi" would get them. */
  public interface Greeting {
    List<Reply> of(long business, Instant now);
  }

  private final MeterRegistry metrics;
  private final Greeting greeting;

  public OptOut(MeterRegistry metrics, Greeting greeting) {
    this.metrics = metrics;
    this.greeting = greeting;
  }

  @Override
  public boolean takes(InboundMessage message) {
    return message.delivery() == Delivery.OUTBOX
        && (OptOutWords.stop(message.text()) || OptOutWords.start(message.text()));
  }

  @Override
  public boolean yieldsToGoal(InboundMessage message) {
    return message.delivery() == Delivery.OUTBOX && OptOutWords.alsoLeaves(message.text());
  }

  @Override
  public boolean hintsWhenYielding(InboundMessage message) {
    return true;
  }

  @Override
  public Tapped act(
      DSLContext tx, long business, long customer, InboundMessage message, Instant now) {
    boolean stop = OptOutWords.stop(message.text());
    Record r =
        tx.select(Customers.LANGUAGE, Customers.SUPPRESSED_AT, Businesses.LOCALE, Businesses.NAME)
            .from(Customers.T)
            .join(Businesses.T)
            .on(Businesses.ID.eq(Customers.BUSINESS_ID))
            .where(Customers.ID.eq(customer))
            .fetchOne();
    if (!stop && r.get(Customers.SUPPRESSED_AT) == null) {
      return Tapped.saying(greeting.of(business, now));
    }
    tx.update(Customers.T)
        .set(Customers.SUPPRESSED_AT, stop ? now.atOffset(ZoneOffset.UTC) : null)
        .set(Customers.SUPPRESSED_REASON, stop ? "opted_out" : null)
        .where(Customers.ID.eq(customer))
        .execute();
    metrics.counter("bookline.optouts", "action", stop ? "stop" : "start").increment();
    String language =
        r.get(Customers.LANGUAGE) != null ? r.get(Customers.LANGUAGE) : r.get(Businesses.LOCALE);
    Messages words = Messages.forLocale(Locale.forLanguageTag(language));
    String said = words.text(stop ? "optout.stopped" : "optout.started", r.get(Businesses.NAME));
    return Tapped.saying(List.of(Reply.of(said)));
  }
}
