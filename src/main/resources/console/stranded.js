'use strict';
// Bookings a change of the owner's leaves stranded (ADR 0094): the warning `{"field": "bookings",
// "message", "bookings": [...]}` that saving opening hours, a staff member's hours or an inactive
// staff member answers. The Staff and Hours pages show each booking (ADR 0100): it opens on the
// calendar, where its dialog moves or cancels it, and "Cancel" here cancels it at once (a chat
// customer is told, as from the calendar).
(() => {
  const { api, el, say, problem, dates } = window.bookline;

  function monday(isoDay) {
    const d = new Date(isoDay.slice(0, 10) + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() - (d.getUTCDay() + 6) % 7);
    return d.toISOString().slice(0, 10);
  }

  /** The calendar on the booking's day, its dialog open (move, cancel). */
  function link(b) {
    const day = dates.local(b.start).day;
    return '/console/calendar?week=' + monday(day) + '&day=' + day + '&booking=' + b.id;
  }

  function who(b) {
    const name = b.customerName || 'Customer';
    return b.guestName ? b.guestName + ' (guest of ' + name + ')' : name;
  }

  /** One stranded booking: what, when and whose; open it, or cancel it here. */
  function row(b) {
    const what = dates.at(b.start) + ' ' + b.service + ' · ' + who(b) + ' · ' + b.staff;
    const item = el('li', { class: 'stranded-booking' },
      el('a', { href: link(b), 'aria-label': 'Open ' + what + ' to move or cancel it' }, what),
      el('span', { class: 'actions' },
        el('a', { class: 'button secondary', href: link(b), 'aria-label': 'Move ' + what }, 'Move'),
        el('button', { type: 'button', class: 'danger', 'aria-label': 'Cancel ' + what,
          onclick: () => cancel(b, what, item) }, 'Cancel')));
    return item;
  }

  async function cancel(b, what, item) {
    if (!confirm('Cancel ' + what + '? A customer who booked by chat is told.')) return;
    const res = await api('POST', '/api/bookings/' + b.id + '/cancel', {});
    if (!res.ok) { say(problem(res)); return; }
    say('Cancelled ' + what + '.' + (res.data.customerTold === 'none' ? ''
      : ' The customer is told.'));
    const list = item.parentElement;
    item.remove();
    if (list && !list.children.length) {
      list.replaceWith(el('p', { class: 'meta' }, 'None left: all are cancelled.'));
    }
  }

  /**
   * The stranded bookings of an answer's warnings, each warning's message above its bookings; null
   * when no warning lists any.
   */
  function panel(warnings) {
    const found = (warnings || []).filter(w => w.field === 'bookings' && (w.bookings || []).length);
    if (!found.length) return null;
    return el('section', { class: 'stranded', 'aria-labelledby': 'stranded-h' },
      el('h2', { id: 'stranded-h' }, 'Bookings to move or cancel'),
      found.map(w => el('div', {},
        el('p', { class: 'warn' }, w.message + '.'),
        el('ul', { class: 'stranded-list' }, w.bookings.map(row)))));
  }

  window.bookline.stranded = { panel };
})();
