'use strict';
// Closures: days the business is closed, or one staff member's leave. Adding one never cancels a
// booking: the API's answer lists the bookings that now fall inside, shown here with a link to
// their week on the calendar so the owner can move them, and a button that cancels them all at the
// owner's word (each chat customer is told). Days another closure already covers are refused (409).
(() => {
  const { api, el, page, say, problem, field, form, value, business, dates } = window.bookline;
  const list = el('section', { 'aria-labelledby': 'closures-h' });
  const editor = el('section', { 'aria-labelledby': 'add-h', class: 'narrow' });
  page.append(list, editor);
  let staff = [];

  /** "Thu 24.12.", with the year when it is not this one: as every page writes a day. */
  const day = (iso) => dates.day(iso, true);
  function monday(iso) {
    const d = new Date(iso.slice(0, 10) + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() - (d.getUTCDay() + 6) % 7);
    return d.toISOString().slice(0, 10);
  }
  function who(c) {
    if (c.staffId == null) return 'Whole business';
    const s = staff.find(x => x.id === c.staffId);
    return (s ? s.name : 'Staff #' + c.staffId) + ' (leave)';
  }

  /** The bookings inside a closure, each linked to its week on the calendar. */
  function inside(c) {
    if (!c.bookingsInside.length) return el('p', { class: 'meta' }, 'No bookings inside.');
    return el('div', { class: 'inside' },
      el('p', { class: 'message' }, c.bookingsInside.length === 1 ? '1 booking falls inside:'
        : c.bookingsInside.length + ' bookings fall inside:'),
      el('ul', {}, c.bookingsInside.map(b => el('li', {},
        el('a', { href: '/console/calendar?week=' + monday(b.start) },
          dates.at(b.start) + ' ' + b.service + ' · '
          + (b.customerName || 'Customer') + (b.guestName ? ' (for ' + b.guestName + ')' : '')
          + ' · ' + b.staff)))));
  }

  /** Cancels every booking inside that has not begun; the API tells each chat customer. */
  async function cancelInside(c) {
    const n = c.bookingsInside.length;
    if (!confirm('Cancel ' + (n === 1 ? 'the booking' : 'all ' + n + ' bookings') + ' inside this'
      + ' closure? Customers who booked by chat are told.')) return;
    const res = await api('POST', '/api/closures/' + c.id + '/cancel-bookings', {});
    if (!res.ok) { say(problem(res)); await load(); return; }
    const done = res.data.cancelled.length;
    const kept = res.data.notCancelled;
    say('Cancelled ' + done + (done === 1 ? ' booking' : ' bookings') + '; customers who booked by'
      + ' chat are told.' + (kept.length ? ' Kept: ' + kept.map(k => k.reason).join('; ') + '.' : ''));
    await load();
  }

  async function remove(c) {
    const res = await api('DELETE', '/api/closures/' + c.id);
    say(res.ok ? 'Removed the closure ' + day(c.firstDay) + '.' : problem(res));
    await load();
  }

  async function load() {
    const [sr, res] = await Promise.all([api('GET', '/api/staff'), api('GET', '/api/closures')]);
    staff = sr.ok ? sr.data.staff : [];
    if (!res.ok) { say(problem(res)); return; }
    const cards = res.data.closures.map(c => el('li', { class: 'card' },
      el('h3', {}, c.firstDay === c.lastDay ? day(c.firstDay) : day(c.firstDay) + ' – ' + day(c.lastDay)),
      el('p', { class: 'meta' }, who(c) + (c.reason ? ' · ' + c.reason : '')),
      inside(c),
      el('div', { class: 'actions' },
        c.bookingsInside.length ? el('button', { type: 'button', class: 'secondary',
          'aria-label': 'Cancel the bookings inside the closure from ' + c.firstDay,
          onclick: () => cancelInside(c) }, c.bookingsInside.length === 1
          ? 'Cancel the booking inside' : 'Cancel all ' + c.bookingsInside.length + ' bookings') : null,
        el('button', { type: 'button', class: 'danger',
          'aria-label': 'Remove the closure from ' + c.firstDay, onclick: () => remove(c) }, 'Remove'))));
    list.replaceChildren(el('h2', { id: 'closures-h' }, 'Closures and leave'), cards.length
      ? el('ul', { class: 'cards grid-cards' }, cards) : el('p', {}, 'No closures.'));
  }

  function addForm() {
    const today = new Date().toISOString().slice(0, 10);
    const f = form('Add a closure', [
      el('div', { class: 'row-fields' },
        field({ name: 'firstDay', label: 'First day', type: 'date', value: today, required: true }),
        field({ name: 'lastDay', label: 'Last day', type: 'date', value: today, required: true })),
      field({ name: 'staffId', label: 'Who', options: [['', 'Whole business']]
        .concat(staff.filter(s => s.active).map(s => [s.id, s.name + ' (leave)'])) }),
      field({ name: 'reason', label: 'Reason (optional)' })],
    'Add closure', fm => api('POST', '/api/closures', {
      firstDay: value(fm, 'firstDay'), lastDay: value(fm, 'lastDay'),
      reason: value(fm, 'reason') || null, staffId: value(fm, 'staffId') ? Number(value(fm, 'staffId')) : null }),
    async (res) => {
      const n = res.data.bookingsInside.length;
      say('Closure added.' + (n === 1 ? ' 1 booking falls inside it and stays booked: move it on'
        + ' the calendar, or cancel it with the button on the closure.'
        : n ? ' ' + n + ' bookings fall inside it and stay booked: move them on the calendar, or'
        + ' cancel them with the button on the closure.' : ''));
      await load();
      addForm();
    });
    editor.replaceChildren(el('h2', { id: 'add-h' }, 'Add a closure'), f);
  }

  business().then(load).then(addForm);
})();
