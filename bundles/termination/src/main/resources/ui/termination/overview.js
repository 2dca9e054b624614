// /termination: the practice's notice policy, engagements at risk of abandonment, the
// signed-in practitioner's engagements with where each ending stands (no plan, awaiting
// approval, under way, ended), and cover during absences (coverage.js).

import { API, daysBetween, today, policyText, plural, nameOf, statusBadge, reason } from './common.js';
import { mountCoverage } from './coverage.js';

/** Reads the plans of many engagements, a few at a time. */
async function plansOf(app, engagements) {
  const result = new Map();
  const queue = [...engagements];
  const worker = async () => {
    while (queue.length) {
      const e = queue.shift();
      try {
        result.set(e.id, await app.api('GET', `${API}/plans?engagementId=${encodeURIComponent(e.id)}`));
      } catch (err) {
        result.set(e.id, err);
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return result;
}

export async function renderOverview(container, app) {
  const { html, format } = app;
  const zone = app.practice.timeZone;
  const treats = format.holds(app.user, 'therapist', 'intern');
  const oversees = format.holds(app.user, 'supervisor', 'admin');

  const [policy, engagements, atRisk, colleagues, approvals] = await Promise.allSettled([
    app.api('GET', `${API}/policy`),
    app.api('GET', `/v1/engagements?therapistId=${encodeURIComponent(app.user.id)}`),
    app.api('GET', `${API}/at-risk`),
    app.api('GET', '/v1/users/colleagues'),
    oversees ? app.api('GET', `${API}/plans/awaiting-approval`) : Promise.resolve([]),
  ]);
  const value = (r, fallback) => (r.status === 'fulfilled' ? r.value : fallback);
  const mine = value(engagements, []);
  const plans = await plansOf(app, mine);
  const people = value(colleagues, []);
  const day = today(zone);

  const openPlan = (e) => {
    const list = plans.get(e.id);
    return Array.isArray(list) ? list.find((p) => p.status !== 'CLOSED') || null : null;
  };
  const closedPlan = (e) => {
    const list = plans.get(e.id);
    return Array.isArray(list) ? list.find((p) => p.status === 'CLOSED') || null : null;
  };
  const byName = (a, b) => (a.clientName || '').localeCompare(b.clientName || '');
  const active = mine.filter((e) => e.status === 'ACTIVE').sort((a, b) => {
    // Endings under way first, soonest end first; then the others by name.
    const pa = openPlan(a);
    const pb = openPlan(b);
    if (pa && pb) return pa.plannedEndDate.localeCompare(pb.plannedEndDate);
    if (pa || pb) return pa ? -1 : 1;
    return byName(a, b);
  });
  const ended = mine.filter((e) => e.status !== 'ACTIVE')
    .sort((a, b) => Date.parse(b.endedAt || 0) - Date.parse(a.endedAt || 0));

  const state = (e) => {
    const list = plans.get(e.id);
    if (list instanceof Error) return html`<span class="muted">Plan not available: ${list.message}</span>`;
    const plan = openPlan(e);
    if (!plan) return html`<span class="muted">No plan</span>`;
    const left = daysBetween(day, plan.plannedEndDate);
    const done = plan.checklist.filter((i) => i.state !== 'OPEN').length;
    return html`${statusBadge(app, plan)}
      <span>· ends ${format.date(plan.plannedEndDate)}
        (${left > 0 ? `in ${plural(left, 'day', 'days')}` : left === 0 ? 'today' : `${plural(-left, 'day', 'days')} ago`})
        · ${done} of ${plan.checklist.length} done</span>`;
  };

  const item = (e) => {
    const plan = openPlan(e);
    return html`<li data-testid="termination-engagement" data-engagement-id=${e.id}>
      <a href="/termination/${e.id}" class="termination-engagement-link">${e.clientName}</a>
      <span class="termination-engagement-state">${state(e)}</span>
      <a href="/termination/${e.id}" class="termination-engagement-action"
        aria-label="${plan ? 'Open the plan' : 'Plan the ending'} with ${e.clientName}">${plan ? 'Open the plan' : 'Plan the ending'}</a>
    </li>`;
  };

  const endedItem = (e) => {
    const plan = closedPlan(e);
    return html`<li data-testid="termination-engagement" data-engagement-id=${e.id}>
      <a href="/termination/${e.id}" class="termination-engagement-link">${e.clientName}</a>
      <span class="termination-engagement-state muted">ended ${format.date(plan?.endedOn || e.endedAt)}${
        plan ? '' : ' (without a termination plan)'}</span>
    </li>`;
  };

  const risks = value(atRisk, []);
  const riskItem = (r) => html`<li data-testid="at-risk" data-engagement-id=${r.engagementId}>
    ${r.therapistId === app.user.id ? html`<a href="/termination/${r.engagementId}">${r.clientName}</a>`
      : html`<strong>${r.clientName}</strong> <span class="muted">with ${r.therapistName}</span>`}
    <span class="termination-risk-days">${r.lastSession
      ? `no session for ${plural(r.daysWithoutSession, 'day', 'days')} (last ${format.date(r.lastSession)})`
      : `no session yet in ${plural(r.daysWithoutSession, 'day', 'days')}`}</span>
  </li>`;

  app.render(html`
    <h1>Termination</h1>
    <p class="termination-lead">Plan each ending with the client, so that nobody is left without care: notice and
      closure sessions, referrals, a checklist to complete, and a letter. An engagement ends here, once its checklist is done.</p>
    ${policy.status === 'fulfilled' ? html`<p class="notice termination-policy" id="termination-policy">
      <strong>Practice policy:</strong> every ending gives ${policyText(policy.value)}.
      Active engagements with no session for ${plural(policy.value.atRiskDays, 'day', 'days')} and no plan are listed
      as at risk.</p>` : app.problem(policy.reason)}
    ${engagements.status === 'rejected' ? app.problem(engagements.reason) : ''}

    ${atRisk.status === 'rejected' ? app.problem(atRisk.reason) : risks.length || oversees ? html`
    <section class="termination-section" aria-labelledby="at-risk-title" id="termination-at-risk">
      <h2 id="at-risk-title">Engagements at risk</h2>
      <p class="hint">Active engagements with no recent session and no termination plan: follow up with the client,
        book a session, or plan the ending, so that the client is not left without care (ACA A.11, A.12).</p>
      ${risks.length ? html`<ul class="termination-list" id="at-risk-list">${risks.map(riskItem)}</ul>`
        : html`<p class="muted" id="at-risk-none">None: every active engagement has had a recent session or has a plan.</p>`}
    </section>` : ''}

    ${treats || mine.length ? html`<section class="termination-section" aria-labelledby="mine-title">
      <h2 id="mine-title">Your engagements</h2>
      ${active.length ? html`<ul class="termination-list" id="termination-active">${active.map(item)}</ul>`
        : html`<p class="muted" id="termination-no-active">You have no active engagements of your own: an ending is planned
          by the client's treating practitioner.</p>`}
      ${ended.length ? html`<details class="termination-ended" id="termination-ended-list">
        <summary>Ended engagements (${ended.length})</summary>
        <ul class="termination-list">${ended.map(endedItem)}</ul>
      </details>` : ''}
    </section>` : ''}

    ${oversees ? html`<section class="termination-section" aria-labelledby="approval-title">
      <h2 id="approval-title">Approving short-notice endings</h2>
      <p>An ending with less notice than the policy is possible only for a documented exception (the client asked to end,
        a threat to the therapist, or the client or a payer prevents continuing). It waits for a supervisor or an admin
        other than the therapist who planned it. Open the plan and press <strong>Approve</strong>.</p>
      ${approvals.status === 'rejected' ? app.problem(approvals.reason)
        : value(approvals, []).length ? html`<ul class="termination-list" id="approval-list">${value(approvals, []).map((p) =>
          html`<li data-plan-id=${p.id}><a href="/termination/plans/${p.id}">${nameOf(people, p.therapistId)}:
            end on ${format.date(p.plannedEndDate)}</a> <span class="muted">(${reason(p.reason).label},
            planned ${format.date(p.createdAt)})</span></li>`)}</ul>`
        : html`<p class="muted" id="approval-none">No plan is waiting for your approval.</p>`}
    </section>` : ''}

    <section class="termination-section" id="termination-coverage" aria-labelledby="coverage-title"></section>`,
  container);

  await mountCoverage(container.querySelector('#termination-coverage'), app, { colleagues: people, nameOf });
}
