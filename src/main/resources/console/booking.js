'use strict';
// The calendar's dialogs: a booking's details with move, cancel and no-show, and "New booking"
// for a walk-in or phone customer. A time that is taken answers 409 with the nearest free times
// (the same availability rules as the chat); they are offered as buttons.
(() => {
  const { api, el, say, problem, field, form, value, now, dates } = window.bookline;

  // Where a booking came from, in the owner's words ("desk" is the API's name for this console).
  const SOURCES = { desk: 'added in the console', web: 'web chat', whatsapp: 'WhatsApp',
    telegram: 'Telegram', messenger: 'Messenger' };

  /** Whom a booking is for: the customer, or "Mia (guest of Ann Lee)" on a party's (ADR 0058). */
  function bookedFor(b) {
    const name = b.customerName || 'Customer';
    return b.guestName ? b.guestName + ' (guest of ' + name + ')' : name;
  }

  /**
   * A modal dialog that opens focused itself (read out by its title), never an action. `d.tell(text)` says why an
   * action failed inside the dialog: the page's status line is behind the modal's overlay.
   */
  function dialog(title, ...content) {
    const alert = el('p', { class: 'form-error', role: 'alert', tabindex: '-1' });
    const d = el('dialog', { 'aria-label': title, tabindex: '-1' }, el('h2', {}, title), alert, content,
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'secondary', onclick: () => d.close() }, 'Close')));
    d.addEventListener('close', () => d.remove());
    d.tell = (text) => { alert.textContent = text; alert.focus(); };
    document.body.append(d);
    d.showModal();
    d.focus();
    return d;
  }

  /** The active staff who perform the service; "keep" first when whoever has it now does not. */
  function staffOptions(anyone, serviceId, keep) {
    const staff = ((window.bookline.catalog && window.bookline.catalog.staff) || [])
      .filter(s => s.active !== false && (s.serviceIds || []).includes(Number(serviceId)));
    return (anyone ? [['', anyone]] : [])
      .concat(keep && !staff.some(s => s.id === keep.id) ? [['', keep.name + ' (as booked)']] : [])
      .concat(staff.map(s => [s.id, s.name]));
  }

  /** "Tue 24.11. 10:00" for an instant, in the business's time zone. */
  function when(iso) { return dates.at(iso); }

  /** Buttons for the free times of a 409, each sending `choose(time)`; null when none came. */
  function freeTimes(res, choose) {
    const times = (res.data && res.data.nearestFreeTimes) || [];
    if (res.status !== 409 || !times.length) return null;
    return el('div', {}, el('p', {}, 'Free times nearby:'),
      el('div', { class: 'times' }, times.map(t => el('button', { type: 'button',
        onclick: () => choose(t) }, when(t.start) + (t.staff ? ' · ' + t.staff : '')))));
  }

  /**
   * The API writes a taken time as "2026-11-28 10:00" (in the business's zone); the console writes
   * it as everywhere else, "Sat 28.11. 10:00".
   */
  function consoleTimes(text) {
    return text.replace(/\b(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})\b/g,
      (all, day, clock) => dates.day(day, true) + ' ' + clock);
  }

  /** Sends, and on a 409 with free times lists them under the form. */
  function withFreeTimes(f, send, retry) {
    return async (fm) => {
      const res = await send(fm);
      if (res.status === 409 && res.data && res.data.message) {
        res.data.message = consoleTimes(res.data.message);
      }
      f().querySelectorAll('.free').forEach(n => n.remove());
      const offer = freeTimes(res, retry);
      if (offer) f().append(el('div', { class: 'free' }, offer));
      return res;
    };
  }

  function details(b, reload) {
    const after = async (res, text) => {
      if (!res.ok) { d.tell(consoleTimes(problem(res))); return false; }
      say(text);
      d.close();
      await reload();
      return true;
    };
    const move = async (start, staffId) => api('PATCH', '/api/bookings/' + b.id,
      staffId ? { start, staffId: Number(staffId) } : { start });
    let moveForm = null;
    moveForm = form('Move', [
      el('div', { class: 'row-fields' },
        field({ name: 'day', label: 'New day', type: 'date', value: b.from.day }),
        field({ name: 'time', label: 'New time', type: 'time', step: 300, value: b.from.clock })),
      field({ name: 'staffId', label: 'Staff', value: b.staffId,
        options: staffOptions(null, b.serviceId, { id: b.staffId, name: b.staff || 'Staff' }) })],
    'Move', withFreeTimes(() => moveForm,
      fm => move(value(fm, 'day') + 'T' + value(fm, 'time'), value(fm, 'staffId')),
      async t => after(await move(t.start, t.staffId), 'Booking moved.')),
    res => after(res, res.data.booking && res.data.booking.start === b.start
      && res.data.booking.staffId === b.staffId ? 'Nothing changed: the booking is already then.'
      : 'Booking moved.'));
    // The day's free times for this booking, by the chat's availability rules: one tap moves it.
    const showFree = async () => {
      const staff = value(moveForm, 'staffId');
      const res = await api('GET', '/api/bookings/' + b.id + '/free-times?day='
        + encodeURIComponent(value(moveForm, 'day')) + (staff ? '&staffId=' + staff : ''));
      moveForm.querySelectorAll('.free').forEach(n => n.remove());
      if (!res.ok) { d.tell(problem(res)); return; }
      const times = res.data.freeTimes;
      moveForm.append(el('div', { class: 'free' }, times.length
        ? el('div', {}, el('p', {}, 'Free times that day:'),
          el('div', { class: 'times' }, times.map(t => el('button', { type: 'button',
            onclick: async () => after(await move(t.start, t.staffId), 'Booking moved.') },
          when(t.start) + (t.staff ? ' · ' + t.staff : '')))))
        : el('p', {}, 'Nothing is free that day.')));
    };
    moveForm.querySelector('.actions').append(el('button', { type: 'button',
      class: 'secondary', onclick: showFree }, 'Show free times'));
    const cancelForm = form('Cancel', [field({ name: 'reason', label: 'Reason (optional)' })],
      'Cancel booking', fm => api('POST', '/api/bookings/' + b.id + '/cancel',
        value(fm, 'reason') ? { reason: value(fm, 'reason') } : {}),
      res => after(res, 'Booking cancelled.'));
    // A no-show is marked only once the booking has begun (the API refuses it before).
    const noShow = b.noShow || Date.parse(b.start) <= now() ? el('button', { type: 'button',
      class: 'secondary', onclick: async () =>
        after(await api(b.noShow ? 'DELETE' : 'POST', '/api/bookings/' + b.id + '/no-show'),
          b.noShow ? 'No-show undone.' : 'Marked as no-show.') },
    b.noShow ? 'Undo no-show' : 'Mark no-show') : null;
    const d = dialog(b.service + ' at ' + b.from.label,
      el('dl', { class: 'facts' },
        el('dt', {}, 'When'), el('dd', {}, dates.day(b.from.day, true) + ' ',
          el('span', { class: 'nowrap' }, b.from.label + '–' + b.to.label)),
        el('dt', {}, 'Staff'), el('dd', {}, b.staff || ''),
        b.guestName ? [el('dt', {}, 'For'), el('dd', {}, bookedFor(b))] : null,
        el('dt', {}, 'Customer'), el('dd', {}, (b.customerName || 'Customer'),
          // One tap calls the customer from a phone.
          b.customerPhone ? [' · ', el('a', { class: 'nowrap', href: 'tel:' + b.customerPhone.replace(/[^+\d]/g, '') },
            b.customerPhone)] : null, ' · ' + (SOURCES[b.platform] || b.platform)),
        el('dt', {}, 'No-shows'), el('dd', {}, String(b.customerNoShows || 0))),
      noShow ? el('div', { class: 'actions' }, noShow) : null,
      el('h3', {}, 'Move'), moveForm, el('h3', {}, 'Cancel'), cancelForm);
  }

  async function create(week, reload) {
    const res = await api('GET', '/api/services');
    const services = res.ok ? res.data.services.filter(s => s.active) : [];
    const book = (fm, start, staffId) => api('POST', '/api/bookings', {
      serviceId: Number(value(fm, 'serviceId')), staffId: staffId ? Number(staffId) : null,
      start, customerName: value(fm, 'customerName'),
      customerPhone: value(fm, 'customerPhone') || null });
    const done = async (r) => { say('Booked.'); d.close(); await reload(); return r; };
    let f = null;
    f = form('New booking', [
      field({ name: 'serviceId', label: 'Service', options: services.map(s => [s.id, s.name]) }),
      field({ name: 'staffId', label: 'Staff',
        options: staffOptions('Anyone free', services.length ? services[0].id : null) }),
      el('div', { class: 'row-fields' },
        field({ name: 'day', label: 'Day', type: 'date', value: week, field: 'start' }),
        field({ name: 'time', label: 'Time', type: 'time', step: 300, value: '10:00' })),
      field({ name: 'customerName', label: 'Customer name', required: true, autocomplete: 'name' }),
      field({ name: 'customerPhone', label: 'Phone (optional)', type: 'tel', autocomplete: 'tel' })],
    'Book', withFreeTimes(() => f,
      fm => book(fm, value(fm, 'day') + 'T' + value(fm, 'time'), value(fm, 'staffId')),
      async t => { const r = await book(f, t.start, t.staffId); if (r.ok) await done(r); else d.tell(consoleTimes(problem(r))); }),
    done);
    // Only who performs the chosen service; the one picked stays picked when they do.
    const staff = f.querySelector('[name="staffId"]');
    f.querySelector('[name="serviceId"]').addEventListener('change', (ev) => {
      const picked = staff.value;
      staff.replaceChildren(...staffOptions('Anyone free', ev.target.value).map(([v, t]) =>
        el('option', { value: String(v), selected: String(v) === picked }, t)));
    });
    const d = dialog('New booking', f);
    f.querySelector('select').focus();
  }

  window.bookline.bookingDialogs = { details, create, bookedFor };
})();
