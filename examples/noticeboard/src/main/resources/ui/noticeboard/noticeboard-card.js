// The Noticeboard card on the home dashboard: the first three current notices (pinned ones
// first, as on the board), each linking to the Noticeboard page. The shell draws the card's
// frame and title; this module renders its body. If the API fails, the error propagates and
// the shell reports it in the card's place. See docs/plugin-guide.md.

import { formatInstant } from './noticeboard-format.js';

export default async function render(container, app) {
  const { html } = app;
  const notices = await app.api('GET', '/v1/noticeboard/notices?limit=3');
  const timeZone = app.practice?.timeZone;

  const open = (event) => {
    event.preventDefault();
    app.navigate('/noticeboard');
  };

  app.render(notices.length === 0
    ? html`<p class="muted" data-testid="notices-empty">There are no notices right now.</p>`
    : html`
      <ul id="noticeboard-latest">
        ${notices.map((n) => html`
          <li data-testid="notice">
            <a href="/noticeboard" @click=${open}>${n.title}</a>${n.pinned ? html` <span class="badge">Pinned</span>` : ''}
            <span class="muted">${n.authorName}, ${formatInstant(n.createdAt, timeZone)}</span>
          </li>`)}
      </ul>`, container);
}
