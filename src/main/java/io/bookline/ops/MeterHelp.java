package io.bookline.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.Map;

/**
 * The HELP text of every Bookline meter, in one table: the parts register meters by name only, and
 * this filter gives each its sentence. Library binders (JVM, HikariCP) bring their own. A meter
 * missing here still gets a HELP line naming it, and the metrics test points at this table.
 */
public final class MeterHelp {
  static final String UNDOCUMENTED = "Bookline meter without a description: ";

  static final Map<String, String> TEXT =
      Map.ofEntries(
          Map.entry(
              RequestMetrics.NAME,
              "HTTP requests served, by method, route template, status and outcome"),
          Map.entry("bookline.turn", "Time of one turn: understanding, dialogue and commit"),
          Map.entry("bookline.reminders.sent", "Reminders sent before bookings, by platform"),
          Map.entry(
              "bookline.reminders.skipped",
              "Reminders not sent, by reason (no_template, opted_out, blocked, too_late …)"),
          Map.entry(
              "bookline.reminders.obsolete",
              "Reminders dropped because the booking was cancelled or moved, by reason"),
          Map.entry("bookline.optouts", "Customers opting out of (or back in to) reminders"),
          Map.entry("bookline.turn.retries", "Turns re-run after losing a version race"),
          Map.entry(
              "bookline.turn.version.conflicts",
              "Turn commits refused by the session version check"),
          Map.entry(
              "bookline.readings",
              "Messages read by understanding, by whether an intent was recognised"),
          Map.entry(
              "bookline.bookings",
              "Bookings committed by customers' turns, by action (made, moved, cancelled)"),
          Map.entry(
              "bookline.handoffs", "Conversations handed to a person (waiting for the owner)"),
          Map.entry(
              "bookline.ratelimit.hits",
              "Requests or messages over a rate limit, by limit (sender, visitor, address, verify)"),
          Map.entry(
              "bookline.ready", "1 while the instance is ready (the database answers), else 0"),
          Map.entry("bookline.inbox.backlog", "Messages acknowledged but not yet handled"),
          Map.entry(
              "bookline.inbox.oldest.age",
              "Age of the oldest acknowledged message not yet handled (0 when none)"),
          Map.entry(
              "bookline.inbox.failed",
              "Messages set aside as failed after their last attempt (GET /api/inbox/failed)"),
          Map.entry("bookline.inbox.failures", "Failed turn attempts, by platform and error kind"),
          Map.entry(
              "bookline.intake.pressed",
              "1 while acknowledgements queue for the inbox writers and background turns go single"
                  + " file (ADR 0044), else 0"),
          Map.entry(
              "bookline.turns.background",
              "Platform turns of this instance, by state: running, or waiting (acknowledged, in"
                  + " memory)"),
          Map.entry(
              "bookline.outbox.backlog", "Replies waiting to be sent (pending in the outbox)"),
          Map.entry("bookline.outbox.sent", "Replies sent to a platform, by platform"),
          Map.entry(
              "bookline.outbox.taken",
              "Replies the sender took: how=written (leased as its turn wrote it) or how=claimed"),
          Map.entry(
              "bookline.outbox.dead",
              "Replies dead-lettered after their last send attempt, by platform"),
          Map.entry(
              "bookline.webhook.events",
              "Webhook events received, by platform and kind (message, duplicate, ignored kinds)"),
          Map.entry(
              "bookline.db.statements", "SQL statements run through jOOQ, by kind (read, write)"),
          Map.entry("bookline.db.transactions", "Database transactions committed or rolled back"),
          Map.entry("bookline.session.lookups", "Session reads, by tier and hit or miss"),
          Map.entry("bookline.session.redis.roundtrips", "Round trips to Redis for sessions"),
          Map.entry("bookline.llm.calls", "Requests sent to the LLM endpoint"),
          Map.entry("bookline.llm.retries", "LLM requests retried"),
          Map.entry("bookline.llm.latency", "Time of one LLM reading, retries included"),
          Map.entry(
              "bookline.llm.tokens", "LLM tokens used, by kind (prompt, completion) and business"),
          Map.entry(
              "bookline.typing",
              "Typing indicators asked of a platform while a model read a message, by outcome"),
          Map.entry(
              "bookline.llm.budget_exhausted",
              "Turns read by the rules alone because the business spent its daily token budget"),
          Map.entry(
              "bookline.llm.fallbacks",
              "Turns answered by the offline rules instead of the LLM, by reason"));

  private MeterHelp() {}

  /** Gives every meter registered without a description the one in {@link #TEXT}. */
  static MeterFilter filter() {
    return new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        if (id.getDescription() != null && !id.getDescription().isBlank()) {
          return id;
        }
        String text = TEXT.getOrDefault(id.getName(), UNDOCUMENTED + id.getName());
        return new Meter.Id(
            id.getName(), Tags.of(id.getTags()), id.getBaseUnit(), text, id.getType());
      }
    };
  }
}
