'use strict';
// A week of hours as the owner API takes them, [{weekday, opens, closes}, …]: one block per day,
// any number of windows per day (two on one day make a split shift). Used by the Staff and Hours
// pages. Each time input is named after its place in the list that is sent ("[3].opens"), so the
// API's field errors land under the very input they are about.
(() => {
  const { el, clockOf } = window.bookline;
  const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  let editors = 0;

  /** An editor holding `hours`; `.element` to show, `.hours()` the week in the API's shape. */
  function weekEditor(hours, caption) {
    const n = ++editors;
    const days = DAYS.map((name, i) => {
      const list = el('ul', { class: 'shifts' });
      const add = el('button', { type: 'button', class: 'secondary small',
        'aria-label': 'Add hours on ' + name, onclick: () => { shift(i + 1, list, '', ''); focusLast(list); } },
      'Add hours');
      const block = el('fieldset', { class: 'day' }, el('legend', {}, name), list,
        el('p', { class: 'closed-note' }, 'Closed'), add);
      return { weekday: i + 1, list, block };
    });
    for (const h of hours || []) {
      const d = days[h.weekday - 1];
      if (d) shift(h.weekday, d.list, h.opens, h.closes);
    }

    function shift(weekday, list, opens, closes) {
      const day = DAYS[weekday - 1];
      const k = list.children.length + 1;
      const id = 'w' + n + '-' + weekday + '-' + Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
      // Text, not type=time: the browser's time input follows its language ("06:00 PM").
      const input = (part, value, text) => el('input', { type: 'text', id: id + part, class: 'clock',
        value, required: true, inputmode: 'numeric', placeholder: 'hh:mm', maxlength: 5, size: 5,
        autocomplete: 'off', 'data-part': part, 'aria-label': day + ' hours ' + k + ' ' + text,
        'aria-describedby': id + '-error' });
      const li = el('li', { class: 'shift' },
        el('div', { class: 'shift-row' },
          input('opens', opens, 'from'), el('span', { 'aria-hidden': 'true' }, '–'),
          input('closes', closes, 'until'),
          el('button', { type: 'button', class: 'danger small remove', 'aria-label': 'Remove ' + day + ' hours ' + k,
            title: 'Remove', onclick: () => li.remove() }, '✕')),
        el('p', { class: 'field-error', id: id + '-error' }));
      list.append(li);
    }

    function focusLast(list) { list.lastElementChild.querySelector('input').focus(); }

    /** The week in the API's shape; names each input after its index in what is sent. */
    function read() {
      const out = [];
      for (const d of days) {
        for (const li of d.list.children) {
          const [opens, closes] = li.querySelectorAll('input');
          const at = '[' + out.length + '].';
          opens.setAttribute('data-field', at + 'opens');
          closes.setAttribute('data-field', at + 'closes');
          out.push({ weekday: d.weekday, opens: clockOf(opens.value) || opens.value,
            closes: clockOf(closes.value) || closes.value });
        }
      }
      return out;
    }

    const element = el('div', { class: 'week', role: 'group', 'aria-label': caption },
      days.map(d => d.block));
    return { element, hours: read };
  }

  /** "Mon 09:00–13:00, 14:00–18:00 · Tue …", or `none` when the week is empty. */
  function summary(hours, none) {
    if (!hours || !hours.length) return none;
    const by = new Map();
    for (const h of hours) {
      const d = DAYS[h.weekday - 1].slice(0, 3);
      by.set(d, (by.get(d) ? by.get(d) + ', ' : '') + h.opens + '–' + h.closes);
    }
    return Array.from(by, ([d, t]) => d + ' ' + t).join(' · ');
  }

  window.bookline.week = { weekEditor, summary, DAYS };
})();
