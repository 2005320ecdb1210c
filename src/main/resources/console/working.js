'use strict';
// When staff work, in minutes of the day, for the calendar's shading (ADR 0089). A staff member's
// own hours count only inside the business's opening hours (outside them nobody can book them,
// ADR 0067); no own hours means "whenever the business is open". Pure: no page, no API.
(() => {
  function minutes(hhmm) { const [h, m] = hhmm.split(':').map(Number); return h * 60 + m; }

  /** `hours` ([{weekday, opens, closes}]) of one ISO weekday as sorted [from, to] minutes. */
  function onDay(hours, isoDay) {
    return hours.filter(h => h.weekday === isoDay).map(h => [minutes(h.opens), minutes(h.closes)])
      .sort((a, b) => a[0] - b[0]);
  }

  /** The parts of `own` inside `open`, both lists of [from, to]. */
  function within(own, open) {
    const out = [];
    for (const [a, b] of own) {
      for (const [o, c] of open) {
        if (Math.max(a, o) < Math.min(b, c)) out.push([Math.max(a, o), Math.min(b, c)]);
      }
    }
    return out.sort((x, y) => x[0] - y[0]);
  }

  /** Overlapping or touching windows joined: [[9,12],[11,14]] → [[9,14]]. */
  function union(windows) {
    const out = [];
    for (const w of windows.slice().sort((a, b) => a[0] - b[0])) {
      const lastOne = out[out.length - 1];
      if (lastOne && w[0] <= lastOne[1]) lastOne[1] = Math.max(lastOne[1], w[1]);
      else out.push([w[0], w[1]]);
    }
    return out;
  }

  /** When staff member `s` (null: the business) can be booked on a day the business is `open`. */
  function working(s, isoDay, open) {
    return s && s.hours && s.hours.length ? within(onDay(s.hours, isoDay), open) : open;
  }

  const same = (a, b) => a.length === b.length && a.every((w, i) => w[0] === b[i][0] && w[1] === b[i][1]);

  /** "12–18", "9:30–13": a window short enough for a day's heading. */
  function span([from, to]) {
    const t = (m) => Math.floor(m / 60) + (m % 60 ? ':' + String(m % 60).padStart(2, '0') : '');
    return t(from) + '–' + t(to);
  }

  /**
   * What a shared day's heading says of `people`'s hours that differ from the business's `open`
   * ones: "Lena 12–18", "Jonas off", or "Nobody working". `away` are the ids off on a closure
   * (said already).
   */
  function differing(people, isoDay, open, away) {
    const present = people.filter(s => !away.includes(s.id));
    if (!open.length || !present.length) return [];
    const hours = present.map(s => ({ s, w: working(s, isoDay, open) }));
    if (hours.every(h => !h.w.length)) return ['Nobody working'];
    return hours.filter(h => !same(h.w, open))
      .map(h => h.s.name + ' ' + (h.w.length ? h.w.map(span).join(', ') : 'off'));
  }

  window.bookline.working = { minutes, onDay, within, union, working, differing };
})();
