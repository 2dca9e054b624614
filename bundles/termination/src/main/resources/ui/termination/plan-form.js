// The form that opens a termination plan: why therapy ends (each reason explained, the notice
// exceptions marked), the planned last day, and the closure sessions still to hold. The page
// says what the practice's policy asks as the therapist types; the server decides, and a
// refusal lists each unmet rule next to the form.

import { API, REASONS, reason, addDays, daysBetween, plural, policyText, refusal, markInvalid, focus } from './common.js';

export function newPlanForm(ctx) {
  return {
    reason: '',
    plannedEndDate: '',
    closureSessions: String(ctx.policy?.minimumClosureSessions ?? 2),
    error: null,
    busy: false,
  };
}

async function submit(event, ctx) {
  event.preventDefault();
  const { app, host } = ctx;
  const f = ctx.form;
  const sessions = f.closureSessions === '' ? null : Number(f.closureSessions);
  f.busy = true;
  f.error = null;
  ctx.draw();
  try {
    const plan = await app.api('POST', `${API}/plans`, {
      engagementId: ctx.engagementId,
      reason: f.reason || null,
      plannedEndDate: f.plannedEndDate || null,
      closureSessions: Number.isFinite(sessions) ? sessions : null,
    });
    ctx.form = null;
    ctx.status = plan.status === 'AWAITING_APPROVAL'
      ? 'The plan is recorded. Its notice is shorter than the policy, so it waits for approval by a supervisor or an admin.'
      : 'The plan is recorded. Work through the checklist before the last day.';
    await ctx.setPlan(plan);
    focus(host, '#termination-page-status');
  } catch (e) {
    f.busy = false;
    f.error = e;
    ctx.draw();
    const fields = { reason: 'termination-reason', plannedEndDate: 'termination-end', closureSessions: 'termination-sessions' };
    const marked = [fields[e.field]];
    if (e.status === 422 && ctx.policy) {
      // A refused notice: mark what falls short of the policy, then read the list of rules out first.
      if (f.plannedEndDate && daysBetween(ctx.today, f.plannedEndDate) < ctx.policy.minimumNoticeDays) marked.push(fields.plannedEndDate);
      if (sessions !== null && sessions < ctx.policy.minimumClosureSessions) marked.push(fields.closureSessions);
      markInvalid(host.querySelector('#termination-plan-form'), marked);
      focus(host, '#termination-refusal');
    } else if (!markInvalid(host.querySelector('#termination-plan-form'), marked)) {
      focus(host, '#termination-refusal');
    }
  }
}

/** What the notice typed so far means under the policy, for the hint under the date. */
function noticeHint(ctx) {
  const f = ctx.form;
  const policy = ctx.policy;
  if (!f.plannedEndDate || !policy) return '';
  const days = daysBetween(ctx.today, f.plannedEndDate);
  if (days < 0) return 'That day has passed.';
  const sessions = Number(f.closureSessions);
  const short = days < policy.minimumNoticeDays || (f.closureSessions !== '' && sessions < policy.minimumClosureSessions);
  const notice = `That is ${plural(days, 'day\'s', 'days\'')} notice.`;
  if (!short) return notice;
  if (!f.reason) return `${notice} Shorter than the policy: only an exception allows it.`;
  return reason(f.reason).exception
    ? `${notice} Shorter than the policy: allowed for this exception, once a supervisor or an admin approves it.`
    : `${notice} Shorter than the policy: the plan will be refused for this reason.`;
}

export function planForm(ctx) {
  const { app } = ctx;
  const { html, format } = app;
  const f = ctx.form;
  const policy = ctx.policy;
  const earliest = policy ? addDays(ctx.today, policy.minimumNoticeDays) : null;
  const chosen = f.reason ? reason(f.reason) : null;
  const option = (r) => html`<option value=${r.value} ?selected=${f.reason === r.value}>${r.label}</option>`;
  const hint = noticeHint(ctx);

  return html`<form id="termination-plan-form" class="panel termination-form" novalidate aria-labelledby="termination-form-title"
      @submit=${(e) => submit(e, ctx)}>
    <h2 id="termination-form-title">Plan the ending</h2>
    ${policy ? html`<p>The practice asks for ${policyText(policy)} before an engagement ends.</p>` : ''}

    <div class="form-row">
      <label for="termination-reason">Why therapy ends</label>
      <select id="termination-reason" required aria-describedby="termination-reason-help"
        @change=${(e) => { f.reason = e.target.value; ctx.draw(); }}>
        <option value="" ?selected=${!f.reason}>Choose a reason…</option>
        <optgroup label="With the full notice">${REASONS.filter((r) => !r.exception).map(option)}</optgroup>
        <optgroup label="Exceptions: shorter notice possible, with approval">${REASONS.filter((r) => r.exception).map(option)}</optgroup>
      </select>
      <p class="hint termination-reason-help" id="termination-reason-help" aria-live="polite">${chosen ? html`${chosen.text}
        ${chosen.exception ? html`<strong class="termination-exception-note">An exception to the notice: a shorter notice is
          possible, but the plan then waits for approval by a supervisor or an admin other than you.</strong>` : ''}`
        : 'Each reason is explained below.'}</p>
    </div>

    <details class="termination-reasons" id="termination-reasons">
      <summary>What each reason means</summary>
      <dl>${REASONS.map((r) => html`<div class="termination-reason-entry" data-reason=${r.value}>
        <dt>${r.label}${r.exception ? html` <span class="badge termination-exception">Exception to the notice</span>` : ''}</dt>
        <dd>${r.text}</dd>
      </div>`)}</dl>
    </details>

    <div class="form-grid">
      <div class="form-row">
        <label for="termination-end">Planned last day</label>
        <input id="termination-end" type="date" required min=${ctx.today} .value=${f.plannedEndDate}
          aria-describedby="termination-end-help"
          @input=${(e) => { f.plannedEndDate = e.target.value; ctx.draw(); }}
          @change=${(e) => { f.plannedEndDate = e.target.value; ctx.draw(); }}>
        <p class="hint" id="termination-end-help">${earliest ? `${format.date(earliest)} or later for the full notice.` : ''}
          <span class="termination-live" aria-live="polite" id="termination-notice">${hint}</span></p>
      </div>
      <div class="form-row">
        <label for="termination-sessions">Closure sessions</label>
        <input id="termination-sessions" type="number" inputmode="numeric" min="0" max="50" required class="termination-short"
          .value=${f.closureSessions} aria-describedby="termination-sessions-help"
          @input=${(e) => { f.closureSessions = e.target.value; ctx.draw(); }}>
        <p class="hint" id="termination-sessions-help">Sessions still to hold to work through the ending${
          policy ? `: at least ${policy.minimumClosureSessions}` : ''}.</p>
      </div>
    </div>

    ${f.error ? refusal(app, f.error, 'termination-refusal') : ''}
    <button type="submit" class="button" id="termination-submit" ?disabled=${f.busy}>Record the plan</button>
  </form>`;
}
