// Dashboard card "Awaiting your co-signature": supervisees' signed notes waiting for the
// signed-in user. A therapist or intern who is nobody's co-signer has nothing to learn from an
// empty card, so it stays out of sight for them (the card's frame is hidden); a supervisor
// sees "none" too.

import { linkStyles } from './common.js';

export default async function render(container, app) {
  const { html, format } = app;
  linkStyles();
  const notes = await app.api('GET', '/v1/notes/awaiting-cosignature');
  const frame = container.closest('.card') || container;
  if (notes.length === 0 && !format.holds(app.user, 'supervisor')) {
    frame.hidden = true;
    app.render(app.nothing, container);
    return;
  }
  frame.hidden = false;
  app.render(html`
    ${notes.length === 0 ? html`<p id="cosignature-none">Nothing is waiting for your co-signature.</p>` : html`
    <p><strong id="cosignature-count">${notes.length}</strong> ${notes.length === 1 ? 'note' : 'notes'} to review</p>
    <ul class="notes-card-list" id="cosignature-list">${notes.slice(0, 6).map((n) => html`<li data-testid="awaiting-cosignature">
      <a href="/notes/${n.engagementId}/${n.id}">${n.template.title}</a>
      <span class="muted"> · by ${n.authorName}, signed ${format.date(n.signedAt)}</span>
    </li>`)}</ul>
    ${notes.length > 6 ? html`<p class="muted">and ${notes.length - 6} more.</p>` : ''}`}`, container);
}
