'use strict';
// Channels: connect WhatsApp, Telegram or Messenger with the platform's credentials, see the
// webhook URL to paste into its dashboard and the last verified inbound message; dead letters
// with "Send again".
(() => {
  const { api, el, page, say, problem, field, form, value, business } = window.bookline;
  const PLATFORMS = {
    whatsapp: { name: 'WhatsApp', id: 'Phone number ID',
      secrets: [['accessToken', 'Access token'], ['appSecret', 'App secret'],
        ['verifyToken', 'Verify token']] },
    // A bot is found by the business's slug in its webhook path: that slug is its id.
    telegram: { name: 'Telegram', id: 'Business slug', fixed: true,
      secrets: [['botToken', 'Bot token'], ['secretToken', 'Secret token']] },
    messenger: { name: 'Messenger', id: 'Page ID',
      secrets: [['accessToken', 'Page access token'], ['appSecret', 'App secret'],
        ['verifyToken', 'Verify token']] },
  };
  const accounts = el('section', { 'aria-labelledby': 'accounts-h' });
  const connect = el('section', { 'aria-labelledby': 'connect-h' });
  const dead = el('section', { 'aria-labelledby': 'dead-h' });
  page.append(accounts, connect, dead);

  /** "Access token, App secret": the secrets' names as the form labels them. */
  function labels(platform, names) {
    const known = new Map((PLATFORMS[platform] || { secrets: [] }).secrets);
    return names.map(n => known.get(n) || n).join(', ');
  }

  /** What a half-connected account still needs; until then the platform's messages fail. */
  function missing(c) {
    if (!c.secretsMissing || !c.secretsMissing.length) return null;
    return el('p', { class: 'warn' }, 'Not working yet: ' + labels(c.platform, c.secretsMissing)
      + (c.secretsMissing.length === 1 ? ' is' : ' are') + ' missing. Enter '
      + (c.secretsMissing.length === 1 ? 'it' : 'them') + ' below under the same '
      + (PLATFORMS[c.platform] || { id: 'id' }).id.toLowerCase() + ' and connect again.');
  }

  /** "Fri 27.11. 19:40" in the business's time zone, as every page writes it. */
  function when(iso) { return iso ? window.bookline.dates.at(iso) : null; }
  /** PUBLIC_BASE_URL's webhook when the server has one; the browser's own address only without. */
  function webhook(c) { return c.webhookUrl || location.origin + c.webhookPath; }
  let slug = null;

  async function loadAccounts() {
    const res = await api('GET', '/api/channels');
    if (!res.ok) { say(problem(res)); return; }
    const rows = res.data.channels.map(c => el('li', { class: 'card' },
      el('h3', {}, (PLATFORMS[c.platform] || { name: c.platform }).name + ' · ' + c.externalId),
      c.webhookPath ? el('p', {}, 'Webhook URL to paste into the platform: ',
        el('code', { class: 'url' }, webhook(c))) : null,
      el('p', { class: 'meta' }, c.lastVerifiedInboundAt
        ? 'Last verified message: ' + when(c.lastVerifiedInboundAt)
        : 'No verified message yet.'),
      el('p', { class: 'meta' }, 'Secrets set: ' + (labels(c.platform, c.secretsSet) || 'none')),
      missing(c),
      c.platform === 'telegram' && c.webhookPath ? el('p', { class: 'hint' },
        'Telegram has no settings page for this: open ',
        el('code', { class: 'url' }, 'https://api.telegram.org/bot<bot token>/setWebhook?url='
          + webhook(c) + '&secret_token=<secret token>'),
        ' once, with your bot token and secret token in place of the brackets.') : null,
      el('div', { class: 'actions' }, el('button', { type: 'button', class: 'danger',
        'aria-label': 'Remove ' + (PLATFORMS[c.platform] || { name: c.platform }).name + ' '
          + c.externalId,
        onclick: async () => {
          if (!confirm('Remove ' + c.platform + ' ' + c.externalId + '? Its messages will be'
            + ' refused until you connect it again.')) return;
          const r = await api('DELETE', '/api/channels/' + c.platform + '/'
            + encodeURIComponent(c.externalId));
          say(r.ok ? c.externalId + ' removed.' : problem(r));
          await loadAccounts();
        } }, 'Remove'))));
    accounts.replaceChildren(el('h2', { id: 'accounts-h' }, 'Connected'),
      rows.length ? el('ul', { class: 'cards' }, rows) : el('p', {}, 'No channel connected yet.'));
  }

  function connectForm(platform) {
    const p = PLATFORMS[platform];
    const choose = field({ name: 'platform', label: 'Platform', value: platform,
      options: Object.entries(PLATFORMS).map(([k, v]) => [k, v.name]) });
    choose.querySelector('select').addEventListener('change', (ev) => {
      connectForm(ev.target.value);
      connect.querySelector('select').focus();
    });
    const f = form('Connect a channel', [choose,
      p.fixed
        ? field({ name: 'externalId', label: p.id, value: slug || '', readonly: true })
        : field({ name: 'externalId', label: p.id, required: true }),
      p.secrets.map(([name, label]) => field({ name, label, type: 'password' }))],
    'Connect', (fm) => {
      const body = {};
      p.secrets.forEach(([name]) => { if (value(fm, name)) body[name] = value(fm, name); });
      const id = value(fm, 'externalId').trim();
      if (!id) {
        return { ok: false, status: 400, data: { message: p.id + ' is needed.',
          fields: { externalId: 'enter the ' + p.id.toLowerCase() } } };
      }
      return api('PUT', '/api/channels/' + platform + '/' + encodeURIComponent(id), body);
    }, async (res) => {
      const left = res.data.secretsMissing || [];
      say(left.length ? p.name + ' saved, but ' + labels(platform, left) + (left.length === 1
        ? ' is' : ' are') + ' still missing: it does not work until then.' : p.name + ' connected.');
      await loadAccounts();
      connectForm(platform);
    });
    connect.replaceChildren(el('h2', { id: 'connect-h' }, 'Connect a channel'), f);
  }

  async function loadDead() {
    const res = await api('GET', '/api/outbox/dead');
    if (!res.ok) { say(problem(res)); return; }
    const rows = res.data.dead.map(d => el('li', { class: 'card' },
      el('p', {}, d.text || '(no text)'),
      el('p', { class: 'meta' }, d.platform + ' · ' + d.attempts + ' tries · ' + (d.lastError || '')),
      // The id support finds the turn by in the logs: the owner quotes it.
      d.requestId ? el('p', { class: 'meta' }, 'Request ', el('code', { class: 'request-id' }, d.requestId))
        : null,
      el('button', { type: 'button', 'aria-label': 'Send again: ' + (d.text || 'reply ' + d.id).slice(0, 60),
        onclick: async () => {
          const r = await api('POST', '/api/outbox/' + d.id + '/retry');
          say(r.ok ? 'Queued to send again.' : problem(r));
          await loadDead();
        } }, 'Send again')));
    const all = rows.length > 1 ? el('div', { class: 'actions' }, el('button', { type: 'button',
      onclick: async () => {
        const r = await api('POST', '/api/outbox/retry', {});
        say(r.ok ? r.data.retried + ' replies queued to send again.' : problem(r));
        await loadDead();
      } }, 'Send all ' + rows.length + ' again')) : null;
    const cards = rows.length
      ? el('ul', { class: 'cards' }, rows) : el('p', {}, 'Every reply was delivered.');
    // Unlike el(), replaceChildren writes a null as the text "null": no "Send all", no child.
    dead.replaceChildren(...[el('h2', { id: 'dead-h' }, 'Not delivered'), all, cards]
      .filter(Boolean));
  }

  business().then((b) => { slug = b ? b.slug : null; connectForm('whatsapp'); return loadAccounts(); });
  loadDead();
})();
