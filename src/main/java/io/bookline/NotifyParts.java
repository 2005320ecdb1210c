package io.bookline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.booking.BookingEvents;
import io.bookline.booking.CatalogRepository;
import io.bookline.channel.Channels;
import io.bookline.channel.PlatformChannel;
import io.bookline.config.Config;
import io.bookline.db.Database;
import io.bookline.outbox.Outbox;
import io.bookline.reminders.CalendarOffer;
import io.bookline.reminders.ReminderSend;
import io.bookline.reminders.Reminders;
import io.bookline.reminders.Suppressions;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.List;

/**
 * How {@link Components} builds the messages the business starts: reminders before bookings and the
 * calendar file offered with a booking, both told of each booking change, and the suppression of a
 * recipient a platform says is gone. None holds a thread or a connection of its own.
 */
final class NotifyParts {
  private NotifyParts() {}

  /**
   * The reminders, subscribed to booking changes with the calendar offer; suppressions attached.
   */
  static Reminders reminders(
      Config config,
      Clock clock,
      ObjectMapper json,
      Database database,
      PrometheusMeterRegistry metrics,
      CatalogRepository catalogs,
      Channels channels,
      Outbox outbox,
      BookingEvents.Listeners bookingEvents,
      List<String> platforms) {
    var reminderSend = new ReminderSend(channels, outbox, catalogs, json);
    var reminders = new Reminders(database.dsl(), reminderSend, clock, metrics, platforms);
    bookingEvents.subscribe(reminders::changed);
    var calendarOffer =
        new CalendarOffer(
            database.dsl(), reminderSend, catalogs, config.channels().publicBaseUrl(), json, clock);
    bookingEvents.subscribe(calendarOffer::changed);
    var suppressions = new Suppressions(database.dsl(), clock, metrics);
    channels.all().stream()
        .filter(PlatformChannel.class::isInstance)
        .forEach(c -> ((PlatformChannel) c).onRecipientGone(suppressions));
    return reminders;
  }
}
