'use strict';
// What every console page shares: calling the owner API with the session cookie and CSRF token,
// building elements (text only, never HTML, so whatever a customer or owner typed is shown as
// text), forms with the API's field errors next to their fields, the waiting badge and the live
// event stream. Each page script adds its own part through window.bookline.
(() => {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;

  async function api(method, path, body) {
    const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (method !== 'GET') init.headers['X-CSRF-Token'] = csrf;
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const res = await fetch(path, init);
    if (res.status === 401) {
      location.assign('/console/sign-in');
      throw new Error('signed out');
    }
    const text = await res.text();
    let data = null;
    if (text) {
      try { data = JSON.parse(text); } catch (e) { data = { message: text }; }
    }
    return { ok: res.ok, status: res.status, data };
  }

  /** el('p', {class: 'x', onclick: f}, 'text', child) — children are text or elements. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (k === 'text') node.textContent = v;
      else if (k in node && typeof v !== 'string') node[k] = v;
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  // "Now" is the server's (the page says it when served): whether a booking has begun is the
  // server's to decide, and a phone's clock may be off.
  const served = document.querySelector('meta[name="server-now"]');
  const ahead = served ? Number(served.content) - Date.now() : 0;
  function now() { return Date.now() + ahead; }

  // One way of writing days and times on every page (ADR 0095): the calendar's "Fri 27.11." and a
  // 24-hour "19:40", in the business's time zone, whatever the browser's language.
  const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const HOUR = 3600000, STEP = 15 * 60000; // offsets change on a quarter hour
  const formats = new Map(); // by zone: a new Intl.DateTimeFormat per call would be slow
  const repeats = new Map(); // by zone and day: dates.repeated
  /** An instant's day, clock, minutes into the day and offset in the business's zone. */
  function wall(t) {
    let f = formats.get(dates.zone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-CA', { timeZone: dates.zone, year: 'numeric', month: '2-digit',
        day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' });
      formats.set(dates.zone, f);
    }
    const p = Object.fromEntries(f.formatToParts(new Date(t)).map(x => [x.type, x.value]));
    return { day: p.year + '-' + p.month + '-' + p.day, clock: p.hour + ':' + p.minute,
      minutes: Number(p.hour) * 60 + Number(p.minute), offset: p.timeZoneName.slice(3) || '+00:00' };
  }
  const dates = {
    zone: 'UTC', // the business's once business() has read it
    /**
     * An instant's day ("2026-11-27"), clock ("19:40"), minutes into the day by the clock and
     * offset ("+01:00"), in the zone. In the hour autumn repeats (Berlin's 02:00–03:00 on
     * 2027-10-31) a clock time names two instants: `twice` says so, `second` marks the later one,
     * and `label` carries the offset ("02:15 (+01:00)"), as the API's refusals do (ADR 0114).
     */
    local(iso) {
      const t = new Date(iso).getTime();
      const p = wall(t);
      const same = (q) => q.day === p.day && q.clock === p.clock;
      const second = same(wall(t - HOUR));
      const twice = second || same(wall(t + HOUR));
      return Object.assign(p, { twice, second, label: twice ? p.clock + ' (' + p.offset + ')' : p.clock });
    },
    /**
     * The clock times `day` has twice, or null: { from, to } in minutes into the day (120–180 for
     * Berlin's 2027-10-31) and the offsets of the first and the second time round.
     */
    repeated(day) {
      const key = dates.zone + ' ' + day;
      if (!repeats.has(key)) {
        let found = null;
        const start = Date.parse(day + 'T00:00:00Z') - 15 * HOUR;
        for (let t = start, p = wall(t); t < start + 54 * HOUR && !found; t += STEP) {
          const q = wall(t + STEP);
          if (p.day === day && q.day === day && q.minutes < p.minutes) {
            found = { from: q.minutes, to: p.minutes + STEP / 60000, first: p.offset, second: q.offset };
          }
          p = q;
        }
        repeats.set(key, found);
      }
      return repeats.get(key);
    },
    /** "Fri 27.11." for "2026-11-27"; with `year`, "Fri 1.1.2027" when it is not this year. */
    day(isoDay, year) {
      const d = new Date(isoDay.slice(0, 10) + 'T00:00:00Z');
      const other = year && isoDay.slice(0, 4) !== dates.local(now()).day.slice(0, 4);
      return WEEKDAYS[d.getUTCDay()] + ' ' + d.getUTCDate() + '.' + (d.getUTCMonth() + 1) + '.'
        + (other ? isoDay.slice(0, 4) : '');
    },
    /** "Fri 27.11. 19:40" for an instant. */
    at(iso) {
      const l = dates.local(iso);
      return dates.day(l.day, true) + ' ' + l.label;
    },
  };

  // Typed days and times (owner tester): a browser's own date and time inputs follow the browser's
  // language whatever the page's lang says; Chromium under en-US shows "06:00 PM" and "11/27/2026".
  // The console's are text inputs in its own style, a 24-hour "18:00" and "27.11.2026"; each also
  // takes "9", "930", "9.30" or an ISO "2026-11-27", and a value it cannot read is sent as typed,
  // so the API names it.
  /** "09:30" for "9:30", "9.30", "930" or "9"; null when it is no clock time. */
  function clockOf(text) {
    const m = /^\s*([01]?\d|2[0-3])(?:[:.h]?([0-5]\d))?\s*$/.exec(text || '');
    return m ? m[1].padStart(2, '0') + ':' + (m[2] || '00') : null;
  }
  /** "2026-11-27" for "27.11.2026", "27.11.26", "27.11." (this year) or itself; null otherwise. */
  function dayOf(text) {
    const t = (text || '').trim();
    let y, mo, d;
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
    if (m) [, y, mo, d] = m;
    else if ((m = /^(\d{1,2})[./](\d{1,2})[./]?(\d{2}|\d{4})?$/.exec(t))) {
      [, d, mo, y] = m;
      y = !y ? dates.local(now()).day.slice(0, 4) : y.length === 2 ? '20' + y : y;
    } else return null;
    const iso = y + '-' + String(mo).padStart(2, '0') + '-' + String(d).padStart(2, '0');
    const check = new Date(iso + 'T00:00:00Z');
    return !isNaN(check) && check.toISOString().slice(0, 10) === iso ? iso : null;
  }
  /** "27.11.2026" for "2026-11-27", as a day input shows it. */
  function typedDay(iso) {
    if (!iso) return '';
    const [y, mo, d] = iso.slice(0, 10).split('-');
    return Number(d) + '.' + Number(mo) + '.' + y;
  }

  // Who has a conversation, as the owner API says it (`handledBy`, ADR 0100): the same on every
  // browser of the business, and live, since a take-over is a change the event stream announces.
  const handling = {
    mine(c) { return c.handledBy === 'person'; },
    waiting(c) { return c.handledBy === 'waiting'; },
  };

  const page = document.getElementById('page');
  const statusLine = document.getElementById('status');

  function say(text) { statusLine.textContent = text; }

  function problem(res) {
    return (res.data && res.data.message) || 'The request failed (' + res.status + ').';
  }

  let fieldIds = 0;
  /**
   * One labelled field. spec: {name, label, type?, value?, options?: [[value, text]], hint?,
   * required?, readonly?, step?, min?}. The API's error for `name` appears in the line under it.
   */
  function field(spec) {
    const id = 'f' + (++fieldIds) + '-' + spec.name.replace(/[^a-zA-Z0-9]/g, '');
    const errId = id + '-error';
    let input;
    const common = { id, name: spec.name, 'data-field': spec.field || spec.name,
      'aria-describedby': errId, required: spec.required || null,
      readonly: spec.readonly || null };
    if (spec.options) {
      input = el('select', common, spec.options.map(([v, t]) =>
        el('option', { value: String(v), selected: String(v) === String(spec.value ?? '') }, t)));
      if (spec.multiple) input.multiple = true;
    } else if (spec.type === 'textarea') {
      input = el('textarea', common);
      input.value = spec.value ?? '';
    } else if (spec.type === 'checkbox') {
      input = el('input', Object.assign(common, { type: 'checkbox' }));
      input.checked = !!spec.value;
    } else if (spec.type === 'time' || spec.type === 'date') {
      const clock = spec.type === 'time';
      input = el('input', Object.assign(common, { type: 'text', 'data-kind': clock ? 'clock' : 'day',
        class: clock ? 'clock' : 'typed-day', inputmode: clock ? 'numeric' : 'decimal',
        placeholder: clock ? 'hh:mm' : 'dd.mm.yyyy', maxlength: clock ? 5 : 10, size: clock ? 5 : 10,
        autocomplete: 'off', spellcheck: 'false' }));
      input.value = clock ? spec.value ?? '' : typedDay(spec.value);
    } else {
      input = el('input', Object.assign(common, { type: spec.type || 'text', step: spec.step,
        min: spec.min, inputmode: spec.inputmode, autocomplete: spec.autocomplete || 'off' }));
      input.value = spec.value ?? '';
    }
    return el('div', { class: 'field' + (spec.type === 'checkbox' ? ' check' : '') },
      el('label', { for: id }, spec.label), input,
      spec.hint ? el('p', { class: 'hint' }, spec.hint) : null,
      el('p', { class: 'field-error', id: errId }));
  }

  function clearErrors(form) {
    form.querySelectorAll('.field-error, .form-error').forEach(p => { p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(i => i.removeAttribute('aria-invalid'));
  }

  /** Puts each of the API's field errors under its field; the rest in the form's alert. */
  function showErrors(form, res) {
    clearErrors(form);
    const fields = (res.data && res.data.fields) || {};
    const rest = [];
    const marked = [];
    let first = null;
    for (const [name, message] of Object.entries(fields)) {
      const input = form.querySelector('[data-field="' + CSS.escape(name) + '"]');
      if (input) {
        const label = input.id && form.querySelector('label[for="' + CSS.escape(input.id) + '"]');
        marked.push(label ? label.textContent : input.getAttribute('aria-label') || name);
        input.setAttribute('aria-invalid', 'true');
        const line = document.getElementById(input.getAttribute('aria-describedby'));
        line.textContent = line.textContent ? line.textContent + ' ' + message : message;
        first = first || input;
      } else {
        rest.push(name + ': ' + message);
      }
    }
    const alert = form.querySelector('.form-error');
    // Each error already under its field: the API's summary ("field customerPhone is not valid: …")
    // would say the same again, naming the field by its API name.
    const lead = marked.length && !rest.length ? (marked.length === 1 ? 'Check the marked field: '
      : 'Check the marked fields: ') + marked.join(', ') + '.' : problem(res);
    alert.textContent = [lead].concat(rest).join(' ');
    if (first) first.focus(); else alert.focus();
  }

  /** A form whose submit runs `send(form)` (which returns an API response) and then `done`. */
  function form(label, fields, submit, send, done) {
    const f = el('form', { class: 'card', 'aria-label': label, novalidate: true },
      fields, el('p', { class: 'form-error', role: 'alert', tabindex: '-1' }),
      el('div', { class: 'actions' }, el('button', { type: 'submit' }, submit)));
    f.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const res = await send(f);
      if (res.ok) {
        clearErrors(f);
        await done(res);
      } else {
        showErrors(f, res);
      }
    });
    return f;
  }

  function value(form, name) {
    const input = form.querySelector('[name="' + name + '"]');
    if (!input) return undefined;
    if (input.type === 'checkbox') return input.checked;
    if (input.dataset.kind === 'clock') return clockOf(input.value) || input.value;
    if (input.dataset.kind === 'day') return dayOf(input.value) || input.value;
    if (input.multiple) return Array.from(input.selectedOptions).map(o => Number(o.value));
    return input.value;
  }

  /**
   * A number when the field holds one, else the text, so the API names a wrong value. A decimal
   * comma or point counts when one or two digits follow: a German or Spanish owner writes a price
   * as 22,50. Three digits after either may be thousands: "1,500" (English) and "1.500" (German)
   * are sent as written, so the API refuses both rather than save 1.5.
   */
  function number(form, name) {
    const v = value(form, name).trim();
    if (v === '') return null;
    return /^-?\d+([.,]\d{1,2})?$/.test(v) ? Number(v.replace(',', '.')) : v;
  }

  async function updateBadge() {
    const badge = document.getElementById('waiting-badge');
    const res = await api('GET', '/api/conversations?status=handoff');
    const list = res.ok ? res.data.conversations : [];
    const n = list.filter(c => handling.waiting(c)).length;
    badge.textContent = String(n);
    badge.setAttribute('aria-label', n + ' waiting for a person');
    badge.hidden = n === 0;
  }

  const listeners = { bookings: [], conversations: [updateBadge], hours: [] };
  function live(kind, fn) { listeners[kind].push(fn); }
  function connect() {
    const source = new EventSource('/console/events');
    // A browser opens at most 6 connections to one server; a stream left open by a page that is
    // gone (or kept in the back/forward cache) would hold one of them until the server next writes.
    window.addEventListener('pagehide', () => source.close());
    const run = (kind) => listeners[kind].forEach(fn => fn());
    for (const kind of Object.keys(listeners)) source.addEventListener(kind, () => run(kind));
    // The stream compares against what it saw when it (re)connected: a change between the page's
    // first read and that moment would never be announced, so read once more when it is ready.
    source.addEventListener('ready', () => Object.keys(listeners).forEach(run));
  }

  async function business() {
    const res = await api('GET', '/api/business');
    if (res.ok) document.getElementById('business-name').textContent = res.data.name;
    if (res.ok && res.data.timeZone) dates.zone = res.data.timeZone;
    return res.ok ? res.data : null;
  }

  // A page restored from the back/forward cache is shown again as fetched, never from memory.
  window.addEventListener('pageshow', (ev) => { if (ev.persisted) location.reload(); });

  window.bookline = { api, el, page, say, problem, field, form, value, number, showErrors,
    clearErrors, live, business, now, dates, handling, clockOf, dayOf };
  document.addEventListener('DOMContentLoaded', () => {
    updateBadge();
    connect();
  });
})();
