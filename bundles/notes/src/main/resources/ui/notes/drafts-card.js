// Dashboard card "Notes to finish": the signed-in practitioner's drafts across their
// engagements, oldest first (the server's order), each a link to its editor.

import { linkStyles } from './common.js';

export default async function render(container, app) {
  const { html, format } = app;
  linkStyles();
  const [drafts, engagements] = await Promise.all([
    app.api('GET', '/v1/notes/drafts'),
    app.api('GET', `/v1/engagements?therapistId=${encodeURIComponent(app.user.id)}`).catch(() => []),
  ]);
  const client = (id) => engagements.find((e) => e.id === id)?.clientName;
  app.render(html`
    ${drafts.length === 0 ? html`<p id="drafts-none">None: every note you started is signed.</p>` : html`
    <p><strong id="drafts-count">${drafts.length}</strong> ${drafts.length === 1 ? 'draft' : 'drafts'} to finish and sign</p>
    <ul class="notes-card-list" id="drafts-list">${drafts.slice(0, 6).map((n) => html`<li data-testid="draft">
      <a href="/notes/${n.engagementId}/${n.id}">${n.template.title}</a>
      <span class="muted">${client(n.engagementId) ? ` · ${client(n.engagementId)}` : ''} · saved ${format.date(n.updatedAt)}</span>
      ${n.kind === 'PSYCHOTHERAPY' ? html`<span class="badge private">Private</span>` : ''}
    </li>`)}</ul>
    ${drafts.length > 6 ? html`<p class="muted">and ${drafts.length - 6} more.</p>` : ''}`}
    <p><a href="/notes" id="drafts-notes-link">Open Notes</a></p>`, container);
}
