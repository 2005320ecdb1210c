'use strict';
// Which calendar fits the width it has (ADR 0117): the week with a column per staff member, else
// the week with one column per day (bookings side by side, each naming its staff member, as for
// three staff members, ADR 0076), else one day. Two staff members' fourteen columns need 1168 px,
// so a 600–1170 px window scrolled the week sideways. Pure: no page, no API.
(() => {
  const HOURS_PX = 48; // the hours column
  // Fourteen staff columns and the hours fit the 1215 px a 1280 px window leaves the calendar (84 px
  // did not); a booking's service wraps rather than widening them.
  const STAFF_COLUMN_PX = 80;
  const DAY_COLUMN_PX = 88; // the narrowest that keeps "Wed 25.11." on one line
  const LANE_PX = 96; // a booking side by side with others keeps at least this much room

  /**
   * Places one day's bookings side by side where they overlap: each gets a `lane` and the number of
   * `lanes` of the bookings it overlaps with (directly or through others). Returns the day's most.
   * `at` places a time in the day: by default its clock's minutes; the calendar's own axis where the
   * clocks go back, as 02:45 (+02:00)–02:30 (+01:00) ends after it starts.
   */
  function lanes(list, at = (l) => l.minutes) {
    const end = (b) => (b.to.day === b.from.day ? at(b.to) : 25 * 60); // a day has at most 25 hours
    const sorted = list.slice().sort((a, b) => at(a.from) - at(b.from) || end(b) - end(a));
    let group = [];
    let ends = [];
    let groupEnd = -1;
    let most = 1;
    const close = () => {
      group.forEach(b => { b.lanes = ends.length; });
      most = Math.max(most, ends.length);
      group = []; ends = []; groupEnd = -1;
    };
    for (const b of sorted) {
      if (group.length && at(b.from) >= groupEnd) close();
      let lane = ends.findIndex(e => e <= at(b.from));
      if (lane < 0) { lane = ends.length; ends.push(end(b)); } else ends[lane] = end(b);
      b.lane = lane;
      group.push(b);
      groupEnd = Math.max(groupEnd, end(b));
    }
    close();
    return most;
  }

  /**
   * A shared day's width: every day an equal share of the week, so the week reads as a week; a day
   * with bookings side by side is wider only when its share would leave a booking less than
   * LANE_PX (a 1280 px week has about 176 px a day), and then only by what it needs.
   */
  const dayColumn = (mostLanes) => Math.max(DAY_COLUMN_PX, mostLanes * LANE_PX);

  /**
   * 'staff' (a column per staff member and day), 'together' (a column per day) or 'day'.
   *
   * @param width the calendar's inner width in px
   * @param staff how many staff members are shown (1 when "Show" picked one)
   * @param mostLanes each day's most bookings side by side, for 'together'
   * @param most the most staff members a week gives a column each (2, ADR 0076)
   */
  function choose(width, staff, mostLanes, most) {
    if (staff <= most && HOURS_PX + 7 * staff * (staff > 1 ? STAFF_COLUMN_PX : DAY_COLUMN_PX) <= width) {
      return 'staff';
    }
    const together = HOURS_PX + mostLanes.reduce((sum, n) => sum + dayColumn(n), 0);
    return together <= width ? 'together' : 'day';
  }

  window.bookline.weekFit = { choose, lanes, dayColumn, HOURS_PX, STAFF_COLUMN_PX, DAY_COLUMN_PX };
})();
