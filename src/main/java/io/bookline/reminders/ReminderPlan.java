package io.bookline.reminders;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Plans reminders: one row per confirmed chat booking, lead time and start, inserted by whichever
 * instance gets there first (the unique key makes a second insert a no-op). A reminder whose time
 * has already passed when it is planned (the booking was made or moved inside its lead) is planned
 * as skipped, {@code too_late}, so it is never sent. Planning runs right after a booking is made or
 * moved and, as a sweep, every minute on every instance, so a change whose listener was lost in a
 * crash is planned at the next sweep.
 */
final class ReminderPlan {
  private static final String INSERT =
      """
      insert into reminders
          (booking_id, lead_minutes, starts_at, due_at, status, reason, planned_at, settled_at)
      select b.id, l.lead, b.starts_at, b.starts_at - make_interval(mins => l.lead),
             case when b.starts_at - make_interval(mins => l.lead) < {0} then 'skipped'
                  else 'planned' end,
             case when b.starts_at - make_interval(mins => l.lead) < {0} then 'too_late' end,
             {0},
             case when b.starts_at - make_interval(mins => l.lead) < {0} then {0}::timestamptz end
      from bookings b
      join businesses z on z.id = b.business_id
      join customers c on c.id = b.customer_id
      cross join lateral unnest(z.reminder_lead_minutes) as l(lead)
      where b.status = 'confirmed' and b.starts_at > {0} and c.platform <> 'desk'
        and l.lead > 0
        and ({1}::bigint is null or b.id = {1})
        and not exists (select 1 from reminders r where r.booking_id = b.id
                        and r.lead_minutes = l.lead and r.starts_at = b.starts_at)
      on conflict (booking_id, lead_minutes, starts_at) do nothing
      """;

  private ReminderPlan() {}

  /**
   * Plans the reminders of one booking, or of every booking when {@code bookingId} is null.
   *
   * @return the rows inserted
   */
  static int plan(DSLContext db, Instant now, Long bookingId) {
    return db.execute(
        INSERT,
        DSL.val(now.atOffset(ZoneOffset.UTC), SQLDataType.TIMESTAMPWITHTIMEZONE),
        DSL.val(bookingId, SQLDataType.BIGINT));
  }
}
