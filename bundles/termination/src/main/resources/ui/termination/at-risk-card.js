// Dashboard card "Engagements at risk": active engagements with no session for longer than the
// practice allows and no termination plan (ACA A.12: no client left without care). A therapist
// or intern sees their own, and the card stays out of sight while there are none (its frame is
// hidden); supervisors and admins see every therapist's, and "none" is news to them too.

import { API, linkStyles, plural } from './common.js';

export default async function render(container, app) {
  const { html, format } = app;
  linkStyles();
  const risks = await app.api('GET', `${API}/at-risk`);
  const frame = container.closest('.card') || container;
  const oversees = format.holds(app.user, 'supervisor', 'admin');
  if (risks.length === 0 && !oversees) {
    frame.hidden = true;
    app.render(app.nothing, container);
    return;
  }
  frame.hidden = false;
  const sorted = [...risks].sort((a, b) => b.daysWithoutSession - a.daysWithoutSession);
  app.render(html`
    ${risks.length === 0 ? html`<p id="at-risk-card-none">None: every active engagement has had a recent session or has
      a termination plan.</p>` : html`
    <p><strong id="at-risk-count">${risks.length}</strong> ${risks.length === 1 ? 'engagement' : 'engagements'}
      without a recent session or a plan</p>
    <ul class="termination-card-list" id="at-risk-card-list">${sorted.slice(0, 6).map((r) => html`<li data-testid="at-risk-card-item">
      ${r.therapistId === app.user.id ? html`<a href="/termination/${r.engagementId}">${r.clientName}</a>`
        : html`<strong>${r.clientName}</strong> <span class="muted">· ${r.therapistName}</span>`}
      <span class="muted"> · ${r.lastSession ? `last session ${format.date(r.lastSession)}`
        : 'no session yet'} (${plural(r.daysWithoutSession, 'day', 'days')})</span>
    </li>`)}</ul>
    ${risks.length > 6 ? html`<p class="muted">and ${risks.length - 6} more.</p>` : ''}`}
    <p><a href="/termination" id="at-risk-termination-link">Open Termination</a></p>`, container);
}
