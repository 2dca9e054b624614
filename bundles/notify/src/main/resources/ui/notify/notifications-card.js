// The Notifications card on the home dashboard: how many are unread, and the latest three
// (unread ones marked "New"), each linking to where it points, or to the Notifications page.
// The shell draws the card's frame and title; an API failure propagates and the shell shows it.

import { appPath } from './notify-links.js';

const MAX = 100; // the API's largest page: beyond it the card says "100+"

export default async function render(container, app) {
  const { html, format } = app;
  const [unread, latest] = await Promise.all([
    app.api('GET', `/v1/notifications?unread=true&limit=${MAX}`),
    app.api('GET', '/v1/notifications?limit=3'),
  ]);
  const count = unread.length >= MAX ? `${MAX}+` : String(unread.length);

  app.render(html`
    <p><strong id="notifications-unread-count">${count}</strong> unread</p>
    ${latest.length === 0
      ? html`<p class="muted" data-testid="notifications-card-empty">No notifications yet.</p>`
      : html`<ul id="notifications-latest">${latest.map((n) => html`
        <li data-testid="notification-latest" data-notification-id=${n.id}>
          <a href=${appPath(n.link) || '/notifications'}>${n.subject}</a>${n.read ? '' : html` <span class="badge">New</span>`}
          <span class="muted">${format.dateTime(n.createdAt)}</span>
        </li>`)}</ul>`}
    <p><a href="/notifications">All notifications</a></p>`, container);
}
