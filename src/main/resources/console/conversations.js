'use strict';
// Conversations: those waiting for a person first, then those a person has (ADR 0095; as the API
// says it, on every browser of the business, ADR 0100),
// each with its last message and when, the transcript with who wrote each line, take over, reply
// as staff, give back to the bot; new messages appear live.
(() => {
  const { api, el, page, say, problem, field, form, value, live, business, dates, handling } =
    window.bookline;
  const AUTHORS = { customer: 'Customer', bot: 'Bot', staff: 'Staff' };
  let openId = Number(new URLSearchParams(location.search).get('id')) || null;
  const shownFromAddress = openId !== null;
  const known = new Map(); // id → the conversation as listed, for the transcript's heading
  const list = el('ul', { class: 'conversations', 'aria-label': 'Conversations' });
  const detail = el('section', { class: 'transcript-pane', 'aria-label': 'Transcript' });
  page.append(el('div', { class: 'split' }, el('div', { class: 'list-pane' }, list), detail));

  // A web visitor without a name is known by a random id: a short, stable tail of it is enough.
  function who(c) {
    if (c.customerName) return c.customerName;
    if (c.platform === 'web' && c.customer) return 'Web visitor ' + c.customer.slice(-4);
    return c.customer || ('Customer ' + c.customerId);
  }
  /** "Fri 27.11. 19:40" in the business's time zone, as every page writes it. */
  const when = (iso) => dates.at(iso);
  /** 0 waiting for a person, 1 the owner's, 2 with the bot: the list's order. */
  const rank = (c) => (handling.waiting(c) ? 0 : handling.mine(c) ? 1 : 2);

  const PREVIEW = 80; // characters of the last message a row shows: two lines on a phone
  /** "Bot: Which service would you like? …" — shown as text, so markup stays visible as typed. */
  function preview(m) {
    const text = (m.text || '').replace(/\s+/g, ' ').trim();
    const cut = text.length > PREVIEW ? text.slice(0, PREVIEW - 1).replace(/[\s.,;:!?]+$/, '') + '…' : text;
    return (m.author === 'customer' ? '' : (AUTHORS[m.author] || m.author) + ': ') + cut;
  }

  /** A conversation in the list: who, whether they wait, the last message and its time. */
  function row(c) {
    const at = (c.lastMessage && c.lastMessage.at) || c.lastMessageAt;
    return el('li', { class: c.id === openId ? 'open' : '' },
      el('button', { type: 'button', class: 'row', 'aria-pressed': String(c.id === openId),
        onclick: () => open(c.id) },
      el('span', { class: 'name' }, who(c)),
      handling.waiting(c) ? el('span', { class: 'tag waiting' }, 'Waiting for a person')
        : handling.mine(c) ? el('span', { class: 'tag mine' }, "You're handling this") : null,
      c.lastMessage ? el('span', { class: 'preview' }, preview(c.lastMessage)) : null,
      el('span', { class: 'meta' }, c.platform + ' · ', el('time', { datetime: at }, when(at)))));
  }

  async function loadList() {
    const res = await api('GET', '/api/conversations');
    if (!res.ok) { say(problem(res)); return; }
    res.data.conversations.forEach(c => known.set(c.id, c));
    const all = res.data.conversations.slice().sort((a, b) => rank(a) - rank(b)
      || b.lastMessageAt.localeCompare(a.lastMessageAt));
    list.replaceChildren(...all.map(row));
    if (all.length === 0) list.append(el('li', { class: 'empty' }, 'No conversations yet.'));
    if (!openId && all.length) await open(all[0].id, true);
  }

  async function open(id, quiet) {
    openId = id;
    history.replaceState(null, '', '?id=' + id);
    await loadTranscript();
    if (!quiet) await loadList();
  }

  async function post(path, body) {
    const res = await api('POST', '/api/conversations/' + openId + path, body);
    if (!res.ok) say(problem(res));
    await loadTranscript();
    await loadList();
    return res;
  }

  async function loadTranscript() {
    if (!openId) return;
    const res = await api('GET', '/api/conversations/' + openId + '/messages');
    if (!res.ok) { detail.replaceChildren(el('p', {}, problem(res))); return; }
    const t = res.data;
    const lines = el('ol', { class: 'transcript', 'aria-live': 'polite' },
      t.messages.map(m => el('li', { class: 'line ' + m.author },
        el('span', { class: 'author' }, AUTHORS[m.author] || m.author),
        el('p', { class: 'text' }, m.text),
        el('time', { datetime: m.at }, when(m.at)))));
    const handoff = t.status === 'handoff';
    const mine = handling.mine(t);
    const takeOver = el('button', { type: 'button', onclick: () => post('/handoff') }, 'Take over');
    const actions = el('div', { class: 'actions' }, handoff && mine ? null : takeOver, handoff
      ? el('button', { type: 'button', class: mine ? null : 'secondary',
        onclick: () => post('/release') }, 'Give back to the bot') : null);
    const id = openId;
    const reply = handoff ? form('Reply', [field({ name: 'text', label: 'Reply to the customer',
      type: 'textarea', required: true })], 'Send reply',
    f => api('POST', '/api/conversations/' + id + '/reply', { text: value(f, 'text') }),
    async () => {
      say('Reply sent.'); await loadTranscript(); await loadList();
    }) : null;
    detail.replaceChildren(
      el('h2', {}, known.has(t.conversation)
        ? who(known.get(t.conversation)) + ' · ' + known.get(t.conversation).platform
        : 'Conversation ' + t.conversation),
      el('p', { class: 'meta' }, !handoff ? 'The bot is answering.' : mine
        ? "You're handling this: the bot stays quiet until you give it back."
          + (t.heldAt ? ' Last taken over or answered ' + when(t.heldAt) + '.' : '')
        : 'Waiting for a person: the bot stays quiet. Take over or reply.'),
      // Unlike el(), replaceChildren writes a null as the text "null": no reply form, no child.
      ...[lines, actions, reply].filter(Boolean));
    lines.lastElementChild && lines.lastElementChild.scrollIntoView({ block: 'nearest' });
  }

  live('conversations', async () => { await loadList(); await loadTranscript(); });
  // Times read in the business's zone (the owner may be travelling); an id from the address is
  // opened as asked, and the API answers 404 for another business's.
  business().then(() => loadList())
    .then(() => (shownFromAddress ? loadTranscript() : null));
})();
