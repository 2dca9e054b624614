// Dashboard card "Supervision hours", for a supervisee: the licensure rules violated or not yet
// met under their rule set, and the logged sessions still waiting for the supervisor's
// verification. Someone who is nobody's supervisee has nothing to learn from it, so the card stays
// out of sight for them (its frame is hidden; the server answers 404 without a relationship).

import { API, linkStyles, plural } from './common.js';

export default async function render(container, app) {
  const { html } = app;
  linkStyles();
  const frame = container.closest('.card') || container;
  let summary;
  try {
    summary = await app.api('GET', `${API}/hours`);
  } catch (e) {
    if (e.status !== 404) throw e;
    frame.hidden = true;
    app.render(app.nothing, container);
    return;
  }
  frame.hidden = false;
  const rules = summary.evaluation.rules;
  const violated = rules.filter((r) => r.status === 'VIOLATED');
  const notYet = rules.filter((r) => r.status === 'NOT_YET_MET');
  const waiting = summary.unverifiedSessions;
  app.render(html`
    <p class="muted" id="hours-card-rule-set">${summary.ruleSetName}</p>
    ${violated.length ? html`<p class="supervision-card-violated"><strong id="hours-card-violated">${
      plural(violated.length, 'rule', 'rules')} violated</strong></p>
      <ul class="supervision-card-list" id="hours-card-violations">${violated.map((r) => html`<li
        data-testid="hours-card-violation">${r.detail}</li>`)}</ul>` : ''}
    <p id="hours-card-not-yet">${notYet.length ? `${plural(notYet.length, 'rule', 'rules')} not yet met`
      : violated.length ? '' : 'Every rule is met.'}</p>
    <p id="hours-card-unverified">${waiting ? `${plural(waiting, 'session', 'sessions')} waiting for your supervisor's`
      + ' verification' : 'Every logged session is verified.'}</p>
    <p><a href="/supervision/${app.user.id}" id="hours-card-link">Open your log and hours</a></p>`, container);
}
