// /termination/<engagement id> (and /termination/plans/<plan id>): the planner of one
// engagement's ending. The policy comes first, then the modality's considerations; then the
// form that opens a plan, or the plan under way (status and approval, timeline with the closure
// sessions, checklist, referrals, ending), or the ended engagement with the letter and re-intake.

import { API, reason, statusBadge, today, daysBetween, plural, policyText, nameOf, focus } from './common.js';
import { planForm, newPlanForm } from './plan-form.js';
import { checklist } from './checklist.js';
import { referrals, newReferralForm } from './referrals.js';
import { timeline, loadSessions, newBookingForm } from './sessions.js';
import { closing, ended } from './closing.js';

const settled = (promise) => promise.then((value) => ({ value }), (error) => ({ error }));

export async function renderPlanner(container, app, { engagementId, planId }) {
  // By plan id (a link sent to an approver, who may not see the engagement itself), or by engagement.
  let linked = null;
  if (planId) {
    const result = await settled(app.api('GET', `${API}/plans/${encodeURIComponent(planId)}`));
    if (result.error) return failed(container, app, result.error);
    linked = result.value;
    engagementId = linked.engagementId;
  }
  const [engagement, plans, policy, colleagues, modalities] = await Promise.all([
    settled(app.api('GET', `/v1/engagements/${encodeURIComponent(engagementId)}`)),
    linked ? Promise.resolve({ value: [linked] }) : settled(app.api('GET', `${API}/plans?engagementId=${encodeURIComponent(engagementId)}`)),
    settled(app.api('GET', `${API}/policy`)),
    settled(app.api('GET', '/v1/users/colleagues')),
    settled(app.api('GET', '/v1/modalities')),
  ]);
  if (plans.error) return failed(container, app, plans.error);
  if (engagement.error && plans.value.length === 0) return failed(container, app, engagement.error);

  const ctx = {
    app,
    host: container,
    engagementId,
    engagement: engagement.value || null,
    policy: policy.value || null,
    policyError: policy.error || null,
    colleagues: colleagues.value || [],
    modalities: modalities.value || [],
    today: today(app.practice.timeZone),
    plan: linked || plans.value.find((p) => p.status !== 'CLOSED') || plans.value[0] || null,
    form: null,
    items: {},
    referral: newReferralForm(),
    sessions: { available: false, list: [], error: null },
    closing: { busy: false, error: null },
    approving: { busy: false, error: null },
    reintake: { modality: '', busy: false, error: null, created: null },
    status: '',
  };
  const modality = ctx.modalities.find((m) => m.id === ctx.engagement?.modality) || null;
  ctx.sessionMinutes = modality?.cadence?.sessionMinutes || 50;
  ctx.booking = newBookingForm(ctx);
  ctx.clientId = ctx.engagement?.clientId || ctx.plan?.clientId || null;
  ctx.therapistId = ctx.engagement?.therapistId || ctx.plan?.therapistId || null;
  ctx.clientName = ctx.engagement?.clientName || null;
  // The treating practitioner works the plan; a supervisor or an admin reading it does not.
  ctx.canAct = ctx.therapistId === app.user.id;
  ctx.reintake.modality = ctx.engagement?.modality || ctx.modalities[0]?.id || '';
  ctx.draw = () => draw(ctx);
  ctx.setPlan = async (plan) => {
    // A new plan, or one that has just ended (its future sessions cancelled): read the sessions again.
    const changed = !ctx.plan || ctx.plan.id !== plan.id || ctx.plan.status !== plan.status;
    ctx.plan = plan;
    if (changed) await loadSessions(ctx);
    draw(ctx);
  };

  if (ctx.plan) await loadSessions(ctx);
  if (!ctx.plan && ctx.engagement?.status === 'ACTIVE' && ctx.canAct) ctx.form = newPlanForm(ctx);
  if (ctx.engagement && ctx.engagement.status !== 'ACTIVE' && ctx.canAct) {
    const siblings = await settled(app.api('GET', `/v1/engagements?clientId=${encodeURIComponent(ctx.clientId)}`));
    ctx.activeSibling = (siblings.value || []).find((e) => e.status === 'ACTIVE' && e.therapistId === app.user.id) || null;
  }
  draw(ctx);
}

function failed(container, app, error) {
  const { html } = app;
  app.render(html`${breadcrumb(app, null)}
    <h1>Termination plan</h1>
    ${app.problem(error)}
    <p><a href="/termination">Choose one of your engagements</a></p>`, container);
}

function breadcrumb(app, current) {
  const { html } = app;
  return html`<nav class="termination-breadcrumb" aria-label="Breadcrumb"><ol>
    <li><a href="/termination">Termination</a></li>
    <li aria-current="page">${current || 'Plan'}</li>
  </ol></nav>`;
}

async function approve(ctx) {
  const { app, host } = ctx;
  ctx.approving = { busy: true, error: null };
  draw(ctx);
  try {
    const plan = await app.api('POST', `${API}/plans/${encodeURIComponent(ctx.plan.id)}/approve`);
    ctx.approving = { busy: false, error: null };
    ctx.status = 'Approved: the plan goes ahead with the shorter notice. The approval is recorded in the audit log.';
    await ctx.setPlan(plan);
    focus(host, '#termination-page-status');
  } catch (e) {
    ctx.approving = { busy: false, error: e };
    draw(ctx);
    focus(host, '#termination-approve-error');
  }
}

/** Who may approve a short-notice plan, and the Approve button for them. */
function approval(ctx) {
  const { app, plan } = ctx;
  const { html } = app;
  const author = plan.createdBy === app.user.id;
  const mayApprove = app.format.holds(app.user, 'supervisor', 'admin') && !author;
  const link = `${location.origin}/termination/plans/${plan.id}`;
  return html`<div class="warning termination-approval" id="termination-approval">
    <p><strong>Awaiting approval.</strong> The notice is shorter than the practice's policy${
      ctx.policy ? ` (${policyText(ctx.policy)})` : ''}, which the reason “${reason(plan.reason).label}” allows as an
      exception. A supervisor or an admin other than ${author ? 'you' : nameOf(ctx.colleagues, plan.createdBy, 'its author')}
      must approve it before the engagement can be ended. The approval is recorded in the audit log.</p>
    ${mayApprove ? html`
      ${ctx.approving.error ? html`<div id="termination-approve-error" tabindex="-1">${app.problem(ctx.approving.error)}</div>` : ''}
      <button type="button" class="button" id="termination-approve" ?disabled=${ctx.approving.busy}
        @click=${() => approve(ctx)}>Approve the shorter notice</button>`
      : html`<p>Send this link to a supervisor or an admin: <a href=${link} id="termination-approval-link"
        class="termination-link">${link}</a></p>`}
  </div>`;
}

function facts(ctx) {
  const { app, plan } = ctx;
  const { html, format } = app;
  const r = reason(plan.reason);
  const left = daysBetween(ctx.today, plan.plannedEndDate);
  return html`<section class="termination-section" id="termination-plan" aria-labelledby="plan-title">
    <h2 id="plan-title">The plan ${statusBadge(app, plan, 'termination-plan-status')}</h2>
    <dl class="termination-facts" id="termination-facts">
      <div><dt>Reason</dt><dd>${r.label}${r.exception
        ? html` <span class="badge termination-exception">Exception to the notice</span>` : ''}</dd></div>
      <div><dt>${plan.status === 'CLOSED' ? 'Planned last day' : 'Last day'}</dt><dd>${format.date(plan.plannedEndDate)}${
        plan.status === 'CLOSED' ? '' : left > 0 ? ` (in ${plural(left, 'day', 'days')})` : left === 0 ? ' (today)' : ''}</dd></div>
      <div><dt>Closure sessions</dt><dd>${plan.closureSessions} planned${plan.heldClosureSessions == null ? ''
        : `, ${plan.heldClosureSessions} held`}</dd></div>
      <div><dt>Opened</dt><dd>${format.date(plan.createdAt)} by ${plan.createdBy === app.user.id ? 'you'
        : nameOf(ctx.colleagues, plan.createdBy, 'a colleague')}</dd></div>
      ${plan.approvedBy ? html`<div><dt>Approved</dt><dd>${format.date(plan.approvedAt)} by ${
        plan.approvedBy === app.user.id ? 'you' : nameOf(ctx.colleagues, plan.approvedBy, 'a colleague')}</dd></div>` : ''}
    </dl>
    ${plan.status === 'AWAITING_APPROVAL' ? approval(ctx) : ''}
  </section>`;
}

function considerations(ctx) {
  const { html } = ctx.app;
  const modality = ctx.modalities.find((m) => m.id === ctx.engagement?.modality);
  const list = ctx.plan?.considerations?.length ? ctx.plan.considerations : modality?.terminationConsiderations || [];
  if (!list.length) return '';
  // Open while the ending is being planned; folded once a plan is under way, to keep the plan in view.
  return html`<details class="termination-considerations" id="termination-considerations" ?open=${!ctx.plan}>
    <summary id="considerations-title">${modality ? `${modality.name}: what` : 'What'} to weigh when ending
      <span class="termination-count">(${list.length})</span></summary>
    <ul>${list.map((c) => html`<li data-testid="consideration">${c}</li>`)}</ul>
  </details>`;
}

function draw(ctx) {
  const { app, plan, engagement } = ctx;
  const { html, format } = app;
  const active = engagement ? engagement.status === 'ACTIVE' : plan?.status !== 'CLOSED';
  const modality = ctx.modalities.find((m) => m.id === engagement?.modality);
  const title = ctx.clientName ? `Ending therapy with ${ctx.clientName}` : 'Termination plan';

  app.render(html`
    ${breadcrumb(app, ctx.clientName)}
    <h1 id="termination-title">${title}</h1>
    ${engagement ? html`<p class="termination-meta" id="termination-meta">${modality ? `${modality.name} · ` : engagement.modality
      ? `${engagement.modality} · ` : ''}${active ? `Active since ${format.date(engagement.startedAt)}`
      : `Ended ${format.date(engagement.endedAt)}`}</p>` : plan ? html`<p class="termination-meta" id="termination-meta">
      Treating practitioner: ${plan.therapistId === app.user.id ? 'you' : nameOf(ctx.colleagues, plan.therapistId, 'unknown')}</p>` : ''}
    ${ctx.policy ? html`<p class="notice termination-policy" id="termination-policy"><strong>Practice policy:</strong>
      ${policyText(ctx.policy)} before an engagement ends. Shorter only for a documented exception, with a supervisor's or
      an admin's approval.</p>` : ctx.policyError ? app.problem(ctx.policyError) : ''}
    <p role="status" id="termination-page-status" tabindex="-1" class="termination-status-message termination-done">${ctx.status}</p>
    ${considerations(ctx)}
    ${plan && plan.status !== 'CLOSED' ? html`
      ${facts(ctx)}
      ${timeline(ctx)}
      ${checklist(ctx)}
      ${referrals(ctx)}
      ${closing(ctx)}`
    : ctx.form ? planForm(ctx)
    : active ? html`<p class="muted" id="termination-no-plan">No termination plan yet. The client's treating practitioner
        plans the ending.</p>`
    : html`${ended(ctx)}
      ${plan ? html`${facts(ctx)}${timeline(ctx)}${checklist(ctx)}${referrals(ctx)}` : ''}`}`, ctx.host);
}
