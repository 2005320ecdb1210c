'use strict';
// Staff: who takes bookings, which services each performs, and their own weekly hours (several
// windows on a day make a split shift; none means "whenever the business is open"). Saving sends
// PATCH/POST /api/staff, then PUT /api/staff/{id}/hours; each answer's field errors appear under
// their fields, and both answers' warnings (no service ticked; hours outside the business's opening
// hours: saved but not bookable) are said with the confirmation; the bookings such a change strands
// (new hours that no longer hold them, or a person who stops taking bookings) are listed above the
// staff, each to open, move or cancel (window.bookline.stranded, ADR 0100).
(() => {
  const { api, el, page, say, problem, field, form, value, business } = window.bookline;
  const { weekEditor, summary } = window.bookline.week;
  const list = el('section', { 'aria-labelledby': 'staff-h' });
  const editor = el('section', { 'aria-labelledby': 'editor-h', class: 'narrow' });
  const strandedBox = el('div', {});
  page.append(strandedBox, list, editor);
  let services = [];

  function serviceChoices(chosen) {
    const errId = 'svc-error';
    const box = el('fieldset', { class: 'choices', 'data-field': 'serviceIds', 'aria-describedby': errId },
      el('legend', {}, 'Services they perform'),
      services.length ? services.map(s => el('label', { class: 'choice' },
        el('input', { type: 'checkbox', name: 'serviceIds', value: String(s.id),
          checked: chosen.includes(s.id) }), ' ', s.name))
        : el('p', { class: 'hint' }, 'No services yet: add them on the Services page.'),
      el('p', { class: 'field-error', id: errId }));
    return box;
  }

  function edit(s) {
    let saved = s;
    let warnings = [];
    const fresh = !s;
    s = s || { name: '', serviceIds: services.map(x => x.id), active: true, hours: [] };
    const week = weekEditor(s.hours, 'Weekly hours of ' + (s.name || 'the new staff member'));
    const own = !!(s.hours && s.hours.length);
    const usual = field({ name: 'businessHours', label: 'Works whenever the business is open',
      type: 'checkbox', value: !own });
    const weekBox = el('div', { class: 'week-box' },
      el('p', { class: 'hint' }, 'Their own hours. Two windows on one day make a split shift.'), week.element);
    weekBox.hidden = !own;
    usual.querySelector('input').addEventListener('change', (ev) => { weekBox.hidden = ev.target.checked; });

    const send = async (f) => {
      const body = { name: value(f, 'name'), active: value(f, 'active'),
        serviceIds: Array.from(f.querySelectorAll('input[name="serviceIds"]:checked')).map(i => Number(i.value)) };
      const res = await api(saved ? 'PATCH' : 'POST', saved ? '/api/staff/' + saved.id : '/api/staff', body);
      if (!res.ok) return res;
      saved = res.data;
      const hours = value(f, 'businessHours') ? [] : week.hours();
      const put = await api('PUT', '/api/staff/' + saved.id + '/hours', hours);
      warnings = (res.data.warnings || []).concat(put.ok ? put.data.warnings : []);
      return put.ok ? res : put;
    };
    const f = form(fresh ? 'Add a staff member' : 'Change ' + s.name, [
      field({ name: 'name', label: 'Name', value: s.name, required: true, autocomplete: 'off' }),
      serviceChoices(s.serviceIds || []),
      field({ name: 'active', label: 'Takes bookings', type: 'checkbox', value: s.active }),
      el('h3', {}, 'Hours'), usual, weekBox],
    fresh ? 'Add staff member' : 'Save changes', send,
    async () => {
      say((fresh ? 'Added ' : 'Saved ') + saved.name + '.' + (warnings.length
        ? ' Note: ' + warnings.map(w => w.message).join('; ') + '.' : ''));
      const stranded = window.bookline.stranded.panel(warnings);
      strandedBox.replaceChildren(...(stranded ? [stranded] : []));
      await load();
      edit(null);
    });
    editor.replaceChildren(el('h2', { id: 'editor-h' }, fresh ? 'Add a staff member' : 'Change ' + s.name), f);
    if (!fresh) f.querySelector('input').focus();
  }

  async function remove(s) {
    // One tap on a phone would otherwise lose the staff member with their services and hours.
    if (!confirm('Delete ' + s.name + '? Their services and hours are lost.')) return;
    const res = await api('DELETE', '/api/staff/' + s.id);
    say(res.ok ? 'Deleted ' + s.name + '.' : problem(res));
    await load();
  }

  async function load() {
    const [sr, res] = await Promise.all([api('GET', '/api/services'), api('GET', '/api/staff')]);
    services = sr.ok ? sr.data.services : [];
    if (!res.ok) { say(problem(res)); return; }
    const names = new Map(services.map(x => [x.id, x.name]));
    const cards = res.data.staff.map(s => el('li', { class: 'card' },
      el('h3', {}, s.name, s.active ? null : el('span', { class: 'meta' }, ' (not taking bookings)')),
      el('p', { class: 'meta' }, 'Services: ', s.serviceIds.length
        ? s.serviceIds.map(id => names.get(id) || '#' + id).join(', ') : 'none'),
      el('p', { class: 'meta' }, 'Hours: ', summary(s.hours, 'whenever the business is open')),
      !s.active && s.futureBookings > 0 ? el('p', { class: 'warn' }, s.futureBookings
        + (s.futureBookings === 1 ? ' booking is' : ' bookings are')
        + ' still with ' + s.name + ': move or cancel them on the calendar.') : null,
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'secondary', 'aria-label': 'Change ' + s.name,
          onclick: () => edit(s) }, 'Change'),
        el('button', { type: 'button', class: 'danger', 'aria-label': 'Delete ' + s.name,
          onclick: () => remove(s) }, 'Delete'))));
    list.replaceChildren(el('h2', { id: 'staff-h' }, 'Your staff'), cards.length
      ? el('ul', { class: 'cards grid-cards' }, cards) : el('p', {}, 'No staff yet.'));
  }

  business();
  load().then(() => edit(null));
})();
