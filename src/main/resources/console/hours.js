'use strict';
// Hours: the business's weekly opening hours (PUT /api/hours, several windows a day allowed; its
// warnings name staff members whose own hours now fall outside them, and list the bookings the new
// hours no longer hold, each to open, move or cancel: window.bookline.stranded, ADR 0100) and
// its booking rules (PATCH /api/business): notice, how far ahead, slot interval, how late a
// customer may still change a booking in the chat.
(() => {
  const { api, el, page, say, problem, field, form, value, number, business } = window.bookline;
  const { weekEditor } = window.bookline.week;
  const hoursBox = el('section', { 'aria-labelledby': 'hours-h', class: 'narrow' });
  const rulesBox = el('section', { 'aria-labelledby': 'rules-h', class: 'narrow' });
  const strandedBox = el('div', {});
  page.append(strandedBox, el('div', { class: 'two' }, hoursBox, rulesBox));

  async function loadHours() {
    const res = await api('GET', '/api/hours');
    if (!res.ok) { say(problem(res)); return; }
    const week = weekEditor(res.data, 'Opening hours');
    const f = form('Opening hours', [
      el('p', { class: 'hint' }, 'A day without hours is closed. Two windows on one day close the business in between.'),
      week.element], 'Save opening hours', () => api('PUT', '/api/hours', week.hours()),
    async (saved) => {
      // Staff hours left outside the new opening hours are kept, but nobody can book them then.
      const warnings = saved.data.warnings || [];
      say('Opening hours saved.' + (warnings.length
        ? ' Note: ' + warnings.map(w => w.message).join('; ') + '.' : ''));
      const stranded = window.bookline.stranded.panel(warnings);
      strandedBox.replaceChildren(...(stranded ? [stranded] : []));
      await loadHours();
    });
    hoursBox.replaceChildren(el('h2', { id: 'hours-h' }, 'Opening hours'), f);
  }

  function rulesForm(b) {
    const f = form('Booking rules', [
      field({ name: 'name', label: 'Business name', value: b.name, required: true }),
      field({ name: 'address', label: 'Address', value: b.address || '' }),
      el('div', { class: 'row-fields' },
        field({ name: 'timeZone', label: 'Time zone', value: b.timeZone, hint: 'e.g. Europe/Berlin' }),
        field({ name: 'currency', label: 'Currency', value: b.currency, hint: 'e.g. EUR' })),
      el('div', { class: 'row-fields' },
        field({ name: 'minNoticeMinutes', label: 'Minimum notice (min)', value: b.minNoticeMinutes,
          inputmode: 'numeric' }),
        field({ name: 'changeNoticeMinutes', label: 'Change or cancel until (min before)',
          value: b.changeNoticeMinutes, inputmode: 'numeric' })),
      el('div', { class: 'row-fields' },
        field({ name: 'horizonDays', label: 'Bookable days ahead', value: b.horizonDays, inputmode: 'numeric' }),
        field({ name: 'slotIntervalMinutes', label: 'Slot interval (min)', value: b.slotIntervalMinutes,
          inputmode: 'numeric' })),
      field({ name: 'askForResource', label: 'Ask customers which staff member they want',
        type: 'checkbox', value: b.askForResource })],
    'Save booking rules', fm => api('PATCH', '/api/business', {
      name: value(fm, 'name'), address: value(fm, 'address'), timeZone: value(fm, 'timeZone'),
      currency: value(fm, 'currency'), minNoticeMinutes: number(fm, 'minNoticeMinutes'),
      changeNoticeMinutes: number(fm, 'changeNoticeMinutes'), horizonDays: number(fm, 'horizonDays'),
      slotIntervalMinutes: number(fm, 'slotIntervalMinutes'), askForResource: value(fm, 'askForResource') }),
    async () => { say('Booking rules saved.'); await loadRules(); });
    return f;
  }

  async function loadRules() {
    const b = await business();
    if (!b) return;
    rulesBox.replaceChildren(el('h2', { id: 'rules-h' }, 'Booking rules'), rulesForm(b));
  }

  loadHours();
  loadRules();
})();
