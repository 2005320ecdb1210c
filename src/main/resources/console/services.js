'use strict';
// Services: what the business offers, with duration, price and buffers. Add, change, deactivate
// or delete (a service with future bookings answers 409 and says how many).
(() => {
  const { api, el, page, say, problem, field, form, value, number, business } = window.bookline;
  const list = el('section', { 'aria-labelledby': 'services-h' });
  const editor = el('section', { 'aria-labelledby': 'editor-h', class: 'narrow' });
  page.append(list, editor);

  function body(f) {
    const synonyms = value(f, 'synonyms').split(',').map(s => s.trim()).filter(Boolean);
    return { name: value(f, 'name'), durationMinutes: number(f, 'durationMinutes'),
      price: number(f, 'price'), bufferBeforeMinutes: number(f, 'bufferBeforeMinutes') ?? 0,
      bufferAfterMinutes: number(f, 'bufferAfterMinutes') ?? 0, synonyms, active: value(f, 'active'),
      names: byLanguage(f, 'name', v => v.trim() || null),
      synonymsByLanguage: byLanguage(f, 'synonyms', v => {
        const words = v.split(',').map(w => w.trim()).filter(Boolean);
        return words.length ? words : null;
      }) };
  }

  // The chat speaks these (issue 13): a service may have its own name and words in each; without
  // them the customer sees the name above as it is.
  const LANGUAGES = [['en', 'English'], ['de', 'German'], ['es', 'Spanish']];

  let currency = null; // the business's, e.g. EUR, once read
  /** "€22.50": two decimals, with the business's currency (its code when it is not an ISO one). */
  function money(amount) {
    const n = Number(amount);
    if (!Number.isFinite(n)) return String(amount);
    try {
      if (currency) {
        return new Intl.NumberFormat('en', { style: 'currency', currency,
          minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
      }
    } catch (e) {
      return n.toFixed(2) + ' ' + currency;
    }
    return n.toFixed(2);
  }

  /** {de: …, es: …} from the per-language fields, leaving out the empty ones. */
  function byLanguage(f, kind, read) {
    const out = {};
    for (const [code] of LANGUAGES) {
      const v = read(value(f, kind + '-' + code));
      if (v !== null) out[code] = v;
    }
    return out;
  }

  function languageFields(s) {
    const names = s.names || {};
    const words = s.synonymsByLanguage || {};
    const given = LANGUAGES.filter(([c]) => names[c] || (words[c] && words[c].length)).length;
    return el('details', { class: 'languages', open: given > 0 },
      el('summary', {}, 'Names in other languages' + (given ? ' (' + given + ')' : '')),
      el('p', { class: 'hint' }, 'What customers who write in that language see and may type. Leave empty to use the name above.'),
      LANGUAGES.map(([code, language]) => el('div', { class: 'row-fields' },
        field({ name: 'name-' + code, field: 'names.' + code, label: 'Name in ' + language,
          value: names[code] || '' }),
        field({ name: 'synonyms-' + code, field: 'synonymsByLanguage.' + code,
          label: language + ' words (comma-separated)', value: (words[code] || []).join(', ') }))));
  }

  function edit(s) {
    const fresh = !s;
    s = s || { name: '', durationMinutes: 30, price: '', bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0, synonyms: [], active: true };
    const f = form(fresh ? 'Add a service' : 'Change ' + s.name, [
      field({ name: 'name', label: 'Name', value: s.name, required: true }),
      el('div', { class: 'row-fields' },
        field({ name: 'durationMinutes', label: 'Duration (minutes)', value: s.durationMinutes,
          inputmode: 'numeric' }),
        field({ name: 'price', label: 'Price', value: s.price, inputmode: 'decimal' })),
      el('div', { class: 'row-fields' },
        field({ name: 'bufferBeforeMinutes', label: 'Buffer before (min)', value: s.bufferBeforeMinutes,
          inputmode: 'numeric' }),
        field({ name: 'bufferAfterMinutes', label: 'Buffer after (min)', value: s.bufferAfterMinutes,
          inputmode: 'numeric' })),
      field({ name: 'synonyms', label: 'Other names customers use (comma-separated)',
        value: (s.synonyms || []).join(', ') }),
      languageFields(s),
      field({ name: 'active', label: 'Bookable in the chat', type: 'checkbox', value: s.active })],
    fresh ? 'Add service' : 'Save changes',
    f2 => api(fresh ? 'POST' : 'PATCH', fresh ? '/api/services' : '/api/services/' + s.id, body(f2)),
    // A new service has nobody who performs it: the chat cannot book it until someone does.
    async (res) => { say(fresh ? 'Added ' + res.data.name + '. No one performs it yet: on Staff,'
      + ' tick it under the people who do, and customers can book it.'
      : 'Saved ' + res.data.name + '.'); await load(); edit(null); });
    editor.replaceChildren(el('h2', { id: 'editor-h' }, fresh ? 'Add a service' : 'Change a service'), f);
    if (!fresh) f.querySelector('input').focus();
  }

  async function remove(s) {
    // One tap on a phone would otherwise lose the service with its names and words in every
    // language.
    if (!confirm('Delete ' + s.name + '? Customers can no longer book it in the chat.')) return;
    const res = await api('DELETE', '/api/services/' + s.id);
    say(res.ok ? 'Deleted ' + s.name + '.' : problem(res));
    await load();
  }

  async function load() {
    const res = await api('GET', '/api/services');
    if (!res.ok) { say(problem(res)); return; }
    const rows = res.data.services.map(s => el('tr', {},
      el('th', { scope: 'row' }, s.name, s.active ? null : el('span', { class: 'meta' }, ' (inactive)')),
      el('td', {}, s.durationMinutes + ' min'),
      el('td', { class: 'num' }, money(s.price)),
      el('td', { class: 'row-actions' }, el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'secondary', 'aria-label': 'Change ' + s.name,
          onclick: () => edit(s) }, 'Change'),
        el('button', { type: 'button', class: 'danger', 'aria-label': 'Delete ' + s.name,
          onclick: () => remove(s) }, 'Delete')))));
    list.replaceChildren(el('h2', { id: 'services-h' }, 'Your services'), rows.length
      ? el('div', { class: 'table-wrap' }, el('table', { class: 'stacked' }, el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, 'Service'), el('th', { scope: 'col' }, 'Length'),
        el('th', { scope: 'col' }, 'Price'), el('th', { scope: 'col' }, 'Actions'))),
      el('tbody', {}, rows)))
      : el('p', {}, 'No services yet.'));
  }

  business().then((b) => { currency = (b && b.currency) || null; })
    .then(load);
  edit(null);
})();
