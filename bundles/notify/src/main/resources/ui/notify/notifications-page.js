// The Notifications page (/notifications): the signed-in user's own notifications, newest
// first, with "Mark as read" on each unread one and "Mark all as read".
//
// The web shell imports this module and calls render(container, app) (docs/plugin-guide.md).
// Values go into the page through lit-html, which escapes them; styles come from the shell's
// classes and notify.css (the shell's Content-Security-Policy refuses inline styles).

import { appPath } from './notify-links.js';

const NOTIFICATIONS = '/v1/notifications';

export default async function render(container, app) {
  const { html, format } = app;
  let notifications = [];
  let unreadOnly = false;
  let status = '';
  let error = null;
  let busy = false;

  async function reload() {
    notifications = await app.api('GET', `${NOTIFICATIONS}?limit=100${unreadOnly ? '&unread=true' : ''}`);
    error = null;
  }

  async function act(work, done) {
    busy = true;
    draw();
    try {
      await work();
      status = done;
      await reload();
    } catch (err) {
      error = err;
      status = '';
    } finally {
      busy = false;
      draw();
      // The button pressed may be gone: keep keyboard focus on the list, not on <body>.
      container.querySelector('#notifications-heading')?.focus();
    }
  }

  const markRead = (n) => act(() => app.api('POST', `${NOTIFICATIONS}/${encodeURIComponent(n.id)}/read`),
    `"${n.subject}" is marked as read.`);

  const markAllRead = () => act(async () => {
    for (const n of notifications.filter((x) => !x.read)) {
      await app.api('POST', `${NOTIFICATIONS}/${encodeURIComponent(n.id)}/read`);
    }
  }, 'All notifications are marked as read.');

  async function toggleUnreadOnly(event) {
    unreadOnly = event.target.checked;
    status = '';
    try {
      await reload();
    } catch (err) {
      error = err;
    }
    draw();
  }

  // Following a notification's link also marks it read; the shell navigates in the app.
  function opened(n) {
    if (!n.read) {
      app.api('POST', `${NOTIFICATIONS}/${encodeURIComponent(n.id)}/read`).catch(() => {});
    }
  }

  const item = (n) => {
    const link = appPath(n.link);
    return html`
    <li class="card ${n.read ? '' : 'unread'}" data-testid="notification" data-notification-id=${n.id}
        data-read=${n.read ? 'true' : 'false'}>
      <h3>${link ? html`<a href=${link} @click=${() => opened(n)}>${n.subject}</a>` : n.subject}${n.read
        ? '' : html` <span class="badge" data-testid="notification-unread">New</span>`}</h3>
      ${n.text.split(/\n+/).filter((p) => p.trim()).map((p) => html`<p>${p}</p>`)}
      <p class="muted">${format.dateTime(n.createdAt)}</p>
      ${n.read ? '' : html`
        <button class="button secondary" type="button" data-testid="notification-mark-read" ?disabled=${busy}
                aria-label=${`Mark "${n.subject}" as read`} @click=${() => markRead(n)}>Mark as read</button>`}
    </li>`;
  };

  function draw() {
    const anyUnread = notifications.some((n) => !n.read);
    app.render(html`
      <link rel="stylesheet" href="/ui/notify/notify.css">
      <h1>Notifications</h1>
      ${error ? app.problem(error) : ''}
      <div class="toolbar">
        <div class="form-row inline">
          <input id="notifications-unread-only" type="checkbox" .checked=${unreadOnly} @change=${toggleUnreadOnly}>
          <label for="notifications-unread-only">Unread only</label>
        </div>
        ${anyUnread ? html`<button id="notifications-mark-all" class="button" type="button"
            data-testid="notifications-mark-all" ?disabled=${busy} @click=${markAllRead}>Mark all as read</button>` : ''}
      </div>
      <section aria-labelledby="notifications-heading">
        <h2 id="notifications-heading" tabindex="-1">${unreadOnly ? 'Unread notifications' : 'Your notifications'}</h2>
        <p role="status" id="notifications-status">${status}</p>
        ${notifications.length === 0
          ? html`<p class="muted" data-testid="notifications-empty">${unreadOnly
            ? 'You have no unread notifications.' : 'You have no notifications.'}</p>`
          : html`<ul id="notifications-list" class="notify-list">${notifications.map(item)}</ul>`}
      </section>`, container);
  }

  draw();
  try {
    await reload();
  } catch (err) {
    error = err;
  }
  draw();
}
