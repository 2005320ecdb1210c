'use strict';
// The calendar: one week (one day on a phone), bookings at their time and length, closed hours and
// closures shaded. Up to two staff members get a column each per day; from three on a desktop has
// one column per day, bookings that overlap side by side (a day as wide as its busiest moment
// needs) and each naming its staff member (ADR 0076), and a phone gets the day as a list. "Show"
// picks one staff member: their own hours and closures, their bookings; in the shared week a time
// nobody works is shaded and a day's heading names whose hours differ (ADR 0089). A booking opens its
// details (window.bookline.bookingDialogs), also when the address names it (`booking=`); chat
// bookings and hours or closure changes arrive live. A week too wide for the window is drawn with a
// column per day, else as one day (window.bookline.weekFit, ADR 0117): it never scrolls sideways.
(() => {
  const { api, el, page, say, problem, live, business, dates } = window.bookline;
  const { onDay, union, working, differing } = window.bookline.working;
  const fit = window.bookline.weekFit;
  const PX_PER_MIN = 1;
  // Side by side on a phone, a third staff member's column is too narrow for a booking's service
  // and name (ADR 0068): from three on, the day is a list.
  const MOST_COLUMNS_ON_A_PHONE = 2;
  // On a 1280 px desktop seven days of two staff columns still show a booking's service and name;
  // 21 or 28 columns did not (ADR 0076): from three on, one column per day.
  const MOST_STAFF_COLUMNS_ON_A_DESKTOP = 2;
  const LINE_PX = 15, TIGHT_LINE_PX = 12.7; // a booking's line: 0.78em × 1.2, 0.72em × 1.1 (CSS)
  const WRAP_PX = 4 + 3 * LINE_PX + 4; // three lines of the usual size and room to spare
  const TIGHT_WRAP_PX = 2 + 3 * TIGHT_LINE_PX; // three tight lines: 43 px, a 45-minute booking
  let week = null;
  let day = null; // the day a phone shows; always inside `week`
  let only = null; // the staff member's id "Show" picked; null: everyone
  let axis = null; // where the drawn days' times sit (timeAxis)
  let oneDay = false; // a phone, or a window too narrow for the week: one day at a time
  let barFor = null; // whether the toolbar steps by day (true) or week (false)
  const phone = window.matchMedia('(max-width: 599px)');
  const bar = el('div', { class: 'week-bar' });
  const filter = el('span', { class: 'staff-filter' });
  const grid = el('div', { class: 'calendar', role: 'region', 'aria-label': 'Week', tabindex: '0' });
  const legend = el('p', { class: 'legend' }, el('span', { class: 'l-booking' }, 'Booking'),
    el('span', { class: 'l-closed' }, 'Closed'), el('span', { class: 'l-closure' }, 'Closure'));
  page.append(bar, legend, grid);

  /** Local parts of an instant in the business's time zone. */
  const local = dates.local;
  function addDays(day, n) {
    const d = new Date(day + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }
  function monday(day) {
    const wd = (new Date(day + 'T00:00:00Z').getUTCDay() + 6) % 7;
    return addDays(day, -wd);
  }
  /** "Fri 27.11.", as every page writes a day. */
  const label = (day) => dates.day(day);

  async function get(path, key) {
    const res = await api('GET', path);
    if (!res.ok) { say(problem(res)); return []; }
    return key ? res.data[key] : res.data;
  }

  async function load() {
    const weekDays = [...Array(7).keys()].map(i => addDays(week, i));
    const [bookings, staff, hours, closures] = await Promise.all([
      get('/api/bookings?from=' + week + '&to=' + weekDays[6], 'bookings'),
      get('/api/staff', 'staff'), get('/api/hours'), get('/api/closures', 'closures')]);
    const people = staff.filter(s => s.active);
    window.bookline.catalog = { staff: people, zone: dates.zone };
    showFilter(people);
    const picked = people.find(s => s.id === only);
    const names = new Map(staff.map(s => [s.id, s.name]));
    const shown = bookings.filter(b => b.status !== 'cancelled' && (!picked || b.staffId === picked.id))
      .map(b => Object.assign({ from: local(b.start), to: local(b.end), staffName: names.get(b.staffId) }, b));
    const weekAxis = timeAxis(weekDays); // the same order within each day as the drawn days' axis
    const mostLanes = weekDays.map(d => fit.lanes(shown.filter(b => b.from.day === d), weekAxis.at));
    const layout = phone.matches ? 'day' : fit.choose(grid.clientWidth, picked ? 1 : people.length,
      mostLanes, MOST_STAFF_COLUMNS_ON_A_DESKTOP);
    oneDay = layout === 'day';
    if (barFor !== oneDay) toolbar();
    const days = oneDay ? [day] : weekDays;
    const together = !picked && layout === 'together';
    const columns = [];
    for (const day of days) {
      const isoDay = (new Date(day + 'T00:00:00Z').getUTCDay() + 6) % 7 + 1;
      const open = onDay(hours, isoDay);
      const offOn = (s) => closures.find(c => c.firstDay <= day && day <= c.lastDay && c.staffId === s.id);
      if (together) {
        // Open only while someone works: a time none of them works looks closed (ADR 0089).
        const away = people.filter(offOn);
        columns.push({ day, staff: null, together: true,
          open: union(people.filter(s => !away.includes(s)).flatMap(s => working(s, isoDay, open))),
          closure: closures.find(c => c.firstDay <= day && day <= c.lastDay && c.staffId == null),
          away: away.map(s => s.name + ' off' + (offOn(s).reason ? ': ' + offOn(s).reason : '')),
          works: differing(people, isoDay, open, away.map(s => s.id)),
          lanes: mostLanes[weekDays.indexOf(day)] });
        continue;
      }
      const who = picked ? [picked] : people.length > 1 ? people : [null];
      for (const s of who) {
        columns.push({ day, staff: s, open: working(s, isoDay, open),
          closure: closures.find(c => c.firstDay <= day && day <= c.lastDay
            && (c.staffId == null || (s && c.staffId === s.id))) });
      }
    }
    axis = timeAxis(days);
    let first = 8 * 60;
    let last = axis.wall(20 * 60);
    columns.forEach(c => c.open.forEach(([o, cl]) => { first = Math.min(first, axis.wall(o)); last = Math.max(last, axis.wall(cl)); }));
    shown.forEach(b => {
      first = Math.min(first, axis.at(b.from));
      last = Math.max(last, b.to.minutes ? axis.at(b.to) : axis.end);
    });
    first = Math.floor(first / 60) * 60;
    last = Math.min(axis.end, Math.ceil(last / 60) * 60);
    const asList = !picked && phone.matches && people.length > MOST_COLUMNS_ON_A_PHONE;
    legend.hidden = asList; // the list has no colours to explain
    if (asList) dayList(columns, shown);
    else draw(columns, shown, first, last, !picked && !together && people.length > 1);
  }

  /**
   * Where a time sits in the drawn days: minutes by the clock, except that a day whose clocks go
   * back (Berlin, 2027-10-31) has 25 hours, its repeated hour drawn twice in turn, and every time
   * after it an hour lower, on every day drawn with it, so the hour labels hold for each. A 02:15
   * booked for +02:00 and one for +01:00 sat at the same place, one hiding the other.
   */
  function timeAxis(days) {
    const r = days.map(dates.repeated).find(x => x);
    if (!r) return { wall: (m) => m, at: (l) => l.minutes, end: 1440, label: (m) => [clockOf(m), null] };
    const extra = r.to - r.from;
    const wall = (m) => (m >= r.to ? m + extra : m);
    return {
      wall,
      at: (l) => (l.second ? l.minutes + extra : wall(l.minutes)),
      end: 1440 + extra,
      // [clock, offset]: the repeated hour's labels name their offset, as its bookings do.
      label: (a) => a < r.from ? [clockOf(a), null] : a < r.to ? [clockOf(a), r.first]
        : a < r.to + extra ? [clockOf(a - extra), r.second] : [clockOf(a - extra), null],
    };
  }
  const clockOf = (m) => String(Math.floor(m / 60)).padStart(2, '0') + ':' + String(m % 60).padStart(2, '0');

  /** "Show: Everyone / Anna / …", when there is more than one staff member to choose from. */
  function showFilter(people) {
    if (people.length < 2) { only = null; filter.replaceChildren(); return; }
    if (!people.some(s => s.id === only)) only = null;
    const select = el('select', { id: 'show-staff', onchange: (ev) => {
      only = ev.target.value ? Number(ev.target.value) : null;
      remember();
      load();
    } }, el('option', { value: '', selected: only === null }, 'Everyone'),
    people.map(s => el('option', { value: String(s.id), selected: s.id === only }, s.name)));
    filter.replaceChildren(el('label', { for: 'show-staff' }, 'Show'), select);
  }

  function remember() {
    history.replaceState(null, '', '?week=' + week + (oneDay ? '&day=' + day : '')
      + (only ? '&staff=' + only : ''));
  }

  /** A phone's day as a list: each staff member's hours or closure, then their bookings by time. */
  function dayList(columns, bookings) {
    const clock = clockOf;
    const parts = columns.map((c) => {
      const own = bookings.filter(b => b.from.day === c.day && b.staffId === c.staff.id);
      const hours = c.closure ? 'Closed: ' + (c.closure.reason || '')
        : c.open.length ? c.open.slice().sort((a, b) => a[0] - b[0])
          .map(([o, cl]) => clock(o) + '–' + clock(cl)).join(', ') : 'Not working';
      return el('section', { class: 'staff-day', 'aria-label': c.staff.name },
        el('h2', {}, c.staff.name, ' ', el('span', { class: 'meta' }, hours)),
        own.length ? el('ul', { class: 'entries' }, own.map(b => el('li', {}, bookingEntry(b))))
          : el('p', { class: 'meta' }, 'No bookings.'));
    });
    grid.replaceChildren(el('div', { class: 'day-list' }, parts));
  }

  /** What a booking says in the calendar: "Mia (guest of Ann Lee)" for a party's second person. */
  function button(b, text, cls, withStaff) {
    const who = window.bookline.bookingDialogs.bookedFor(b);
    const staff = withStaff && b.staffName ? b.staffName : null;
    const btn = el('button', { type: 'button', class: 'booking' + (b.noShow ? ' no-show' : '') + cls,
      'aria-label': b.from.label + ' ' + b.service + ', '
        + (b.guestName ? 'for ' + who : who) + (b.noShow ? ', no-show' : '')
        + (staff ? ', with ' + staff : ''),
      onclick: () => window.bookline.bookingDialogs.details(b, load) },
    // The staff member first: a long customer name is cut off where the column ends, never the
    // short name that tells side-by-side bookings apart.
    el('span', { class: 'svc' }, text), el('span', { class: 'who' }, (staff ? staff + ' · ' : '') + who));
    btn.title = b.from.label + '–' + b.to.label + ' ' + b.service + ' · ' + who + (staff ? ' · ' + staff : '');
    return btn;
  }

  function bookingEntry(b) {
    return button(b, b.from.label + '–' + b.to.label + ' ' + b.service, ' entry');
  }

  function draw(columns, bookings, first, last, perStaff) {
    const height = (last - first) * PX_PER_MIN;
    const g = el('div', { class: 'grid' });
    g.style.gridTemplateColumns = '48px ' + columns.map(c => c.together ? together(c)
      : 'minmax(' + (perStaff ? fit.STAFF_COLUMN_PX : oneDay ? 120 : fit.DAY_COLUMN_PX) + 'px, 1fr)')
      .join(' ');
    if (perStaff) {
      // A day's name once over its staff members' columns, their names in the row below.
      const corner = el('div', { class: 'col-head' }, '');
      corner.style.gridRow = 'span 2';
      g.append(corner);
      const perDay = columns.filter(c => c.day === columns[0].day).length;
      columns.filter((c, i) => i % perDay === 0).forEach(c => {
        const head = el('div', { class: 'col-head day-head' }, label(c.day));
        head.style.gridColumn = 'span ' + perDay;
        g.append(head);
      });
      columns.forEach(c => g.append(el('div', { class: 'col-head staff-head' }, c.staff.name)));
    } else {
      g.append(el('div', { class: 'col-head' }, ''));
      // Who is off that day, under the day's name: their closure is not shaded in a shared column.
      // and whose own hours differ from the business's ("Lena 12–18", ADR 0089).
      columns.forEach(c => g.append(el('div', { class: 'col-head' }, label(c.day),
        c.away && c.away.length ? el('span', { class: 'away' }, c.away.join(', ')) : null,
        c.works && c.works.length ? el('span', { class: 'works' }, c.works.join(', ')) : null)));
    }
    const hoursCol = el('div', { class: 'hours-col' });
    hoursCol.style.height = height + 'px';
    // Every hour has its label, the first too: it sits under the top line (see console.css).
    for (let m = first; m < last; m += 60) {
      const [clock, offset] = axis.label(m);
      const l = el('span', { class: 'hour-label' + (m === first ? ' first' : '') },
        clock, offset ? el('span', { class: 'offset' }, ' ' + offset) : null);
      l.style.top = ((m - first) * PX_PER_MIN) + 'px';
      hoursCol.append(l);
    }
    g.append(hoursCol);
    for (const c of columns) {
      const col = el('div', { class: 'day-col', 'aria-label': label(c.day) + (c.staff ? ' ' + c.staff.name : '') });
      col.style.height = height + 'px';
      col.style.backgroundSize = '100% ' + (60 * PX_PER_MIN) + 'px';
      col.style.backgroundPosition = '0 ' + ((60 - first % 60) % 60) + 'px';
      shade(col, c, first, last);
      bookings.filter(b => b.from.day === c.day && (!c.staff || b.staffId === c.staff.id))
        .forEach(b => col.append(bookingBlock(b, first, last, c.together)));
      g.append(col);
    }
    grid.replaceChildren(g);
    fitServices(g);
  }

  /** A shared day's width: an equal share of the week, wider for bookings side by side. */
  const together = (c) => 'minmax(' + fit.dayColumn(c.lanes) + 'px, 1fr)';

  function shade(col, c, first, last) {
    const block = (from, to, cls, text) => {
      if (to <= from) return;
      const s = el('div', { class: 'shade' + (cls ? ' ' + cls : '') }, text ? el('span', { class: 'meta' }, text) : null);
      s.style.top = ((from - first) * PX_PER_MIN) + 'px';
      s.style.height = ((to - from) * PX_PER_MIN) + 'px';
      col.append(s);
    };
    if (c.closure) { block(first, last, 'closure', 'Closed: ' + (c.closure.reason || '')); return; }
    let at = first;
    c.open.slice().sort((a, b) => a[0] - b[0])
      .forEach(([o, cl]) => { block(at, Math.min(axis.wall(o), last), ''); at = Math.max(at, axis.wall(cl)); });
    block(at, last, '');
  }

  /** As many lines for time and service as leave one for the customer, at this line height. */
  const svcLines = (btn, line) => btn.style.setProperty('--svc-lines',
    String(Math.max(1, Math.floor((parseFloat(btn.style.height) - 4) / line) - 1)));

  /**
   * A service still cut at the usual size ("11:00 Hot Stone…" in an 83 px staff column) gets the
   * smaller type, whose extra line holds it: measured once the week is on the page.
   */
  function fitServices(g) {
    g.querySelectorAll('.booking.wrap:not(.tight)').forEach(btn => {
      const svc = btn.querySelector('.svc');
      if (svc.scrollHeight > svc.clientHeight + 1) { btn.classList.add('tight'); svcLines(btn, TIGHT_LINE_PX); }
    });
  }

  function bookingBlock(b, first, last, together) {
    const end = b.to.day === b.from.day ? axis.at(b.to) : last;
    const height = Math.max(18, (end - axis.at(b.from)) * PX_PER_MIN - 2);
    // Too short for two lines of the usual size: 30 minutes get two smaller ones, less gets one
    // line for time, service and customer; each cut with an ellipsis where the column ends, the
    // title and the details have it whole. From 45 minutes the time and service wrap onto as many
    // lines as leave one for the customer (smaller under an hour): a narrow staff column showed
    // "10:00 C…" and the service only on hovering.
    const size = height >= WRAP_PX ? ' wrap' : height >= TIGHT_WRAP_PX ? ' wrap tight'
      : height >= 32 ? '' : height >= 26 ? ' short compact' : ' short';
    const btn = button(b, b.from.label + ' ' + b.service, size, together);
    btn.style.top = ((axis.at(b.from) - first) * PX_PER_MIN) + 'px';
    btn.style.height = height + 'px';
    if (height >= TIGHT_WRAP_PX) svcLines(btn, height >= WRAP_PX ? LINE_PX : TIGHT_LINE_PX);
    if (together && b.lanes > 1) {
      btn.style.left = 'calc(' + (100 * b.lane / b.lanes) + '% + 2px)';
      btn.style.width = 'calc(' + (100 / b.lanes) + '% - 4px)';
      btn.style.right = 'auto';
    }
    return btn;
  }

  function toolbar() {
    const show = (d) => {
      day = d;
      week = monday(d);
      remember();
      render();
    };
    barFor = oneDay;
    const step = oneDay ? 1 : 7;
    const what = oneDay ? 'day' : 'week';
    bar.replaceChildren(
      el('button', { type: 'button', class: 'secondary', onclick: () => show(addDays(oneDay ? day : week, -step)),
        'aria-label': 'Previous ' + what }, '‹'),
      el('span', { class: 'range', 'aria-live': 'polite' },
        oneDay ? label(day) : label(week) + ' – ' + label(addDays(week, 6))),
      el('button', { type: 'button', class: 'secondary', onclick: () => show(addDays(oneDay ? day : week, step)),
        'aria-label': 'Next ' + what }, '›'),
      el('button', { type: 'button', onclick: () => window.bookline.bookingDialogs.create(oneDay ? day : week, load) },
        'New booking'), filter);
  }

  function render() { oneDay = phone.matches; toolbar(); return load(); }

  /** A booking the address names (the Staff and Hours pages link stranded ones): its dialog. */
  async function openAsked(id) {
    remember(); // a reload shows the week, not the dialog again
    const res = await api('GET', '/api/bookings/' + id);
    if (!res.ok) { say(problem(res)); return; }
    const b = res.data;
    if (b.status === 'cancelled') { say('That booking is cancelled.'); return; }
    window.bookline.bookingDialogs.details(
      Object.assign({ from: local(b.start), to: local(b.end) }, b), load);
  }

  (async () => {
    await business(); // the business's time zone, for `local`
    const params = new URLSearchParams(location.search);
    const isDay = (d) => /^\d{4}-\d{2}-\d{2}$/.test(d || '');
    const today = local(new Date().toISOString()).day;
    week = monday(isDay(params.get('week')) ? params.get('week') : today);
    // A phone starts on the asked day, else today when it is in the week, else its Monday.
    day = isDay(params.get('day')) && monday(params.get('day')) === week ? params.get('day')
      : (monday(today) === week ? today : week);
    only = /^\d+$/.test(params.get('staff') || '') ? Number(params.get('staff')) : null;
    phone.addEventListener('change', render);
    // A window made narrower or wider may fit another layout (a week that no longer fits: one day).
    let resized = null;
    window.addEventListener('resize', () => { clearTimeout(resized); resized = setTimeout(load, 150); });
    live('bookings', load);
    live('hours', load); // opening or staff hours, closures: the shading redraws too
    await render();
    if (/^\d+$/.test(params.get('booking') || '')) await openAsked(Number(params.get('booking')));
  })();
})();
