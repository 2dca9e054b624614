// The treatment plan of an engagement: the current version (the problem it addresses, its
// goals with target dates and status, the review date) and the earlier ones. A plan is never
// edited: "New version" records the next one, starting from the current one's content.

import { API, GOAL_STATUSES, markInvalid, focus } from './common.js';

/** Draws the plan section into host (a <section aria-labelledby="plan-title">). */
export async function mountPlan(host, app, engagement) {
  const { html, format } = app;
  const active = engagement.status === 'ACTIVE';
  const state = { plans: [], loadError: null, form: null, error: null, status: '', busy: false };

  try {
    state.plans = await app.api('GET', `${API}/plans?engagementId=${encodeURIComponent(engagement.id)}`);
  } catch (e) {
    state.loadError = e;
  }
  const current = () => state.plans.find((p) => p.current) || null;

  const openForm = () => {
    const plan = current();
    state.form = {
      problem: plan?.problem || '',
      reviewDate: plan?.reviewDate || '',
      goals: plan ? plan.goals.map((g) => ({ description: g.description, targetDate: g.targetDate || '', status: g.status }))
        : [{ description: '', targetDate: '', status: 'OPEN' }],
    };
    state.error = null;
    state.status = '';
    draw();
    focus(host, '#plan-problem');
  };

  const closeForm = () => {
    state.form = null;
    state.error = null;
    draw();
    focus(host, '#plan-new');
  };

  const addGoal = () => {
    state.form.goals.push({ description: '', targetDate: '', status: 'OPEN' });
    draw();
    focus(host, `#goal-${state.form.goals.length - 1}-description`);
  };

  const removeGoal = (i) => {
    state.form.goals.splice(i, 1);
    draw();
    focus(host, `#goal-${Math.max(0, i - 1)}-description`);
  };

  /** Which input shows a field the server named. */
  const inputFor = (field) => {
    if (field === 'problem') return 'plan-problem';
    if (field === 'reviewDate') return 'plan-review';
    if (field === 'goals') return 'goal-0-description';
    const goal = /^goals\[(\d+)\](?:\.(\w+))?/.exec(field || '');
    if (goal) return `goal-${goal[1]}-${goal[2] === 'targetDate' ? 'target' : goal[2] === 'status' ? 'status' : 'description'}`;
    return null;
  };

  const submit = async (event) => {
    event.preventDefault();
    const f = state.form;
    const body = {
      engagementId: engagement.id,
      problem: f.problem.trim() || null,
      goals: f.goals.map((g) => ({ description: g.description.trim() || null, targetDate: g.targetDate || null, status: g.status })),
      reviewDate: f.reviewDate || null,
    };
    state.busy = true;
    state.error = null;
    draw();
    try {
      const plan = await app.api('POST', `${API}/plans`, body);
      state.plans = [plan, ...state.plans.map((p) => ({ ...p, current: false }))];
      state.form = null;
      state.status = `Version ${plan.version} of the treatment plan recorded.`;
      state.busy = false;
      draw();
      focus(host, '#plan-status');
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      if (!markInvalid(host.querySelector('#plan-form'), inputFor(e.field))) focus(host, '#plan-error');
    }
  };

  const goalTable = (plan, id) => html`<div class="table-scroll"><table class="goal-table" id=${id || app.nothing}>
    <caption class="visually-hidden">Goals</caption>
    <thead><tr><th scope="col">Goal</th><th scope="col">Target date</th><th scope="col">Status</th></tr></thead>
    <tbody>${plan.goals.map((g) => html`<tr data-testid="plan-goal">
      <td>${g.description}</td><td>${g.targetDate ? format.date(g.targetDate) : html`<span class="muted">None</span>`}</td>
      <td><span class="badge goal-${(g.status || 'OPEN').toLowerCase()}">${GOAL_STATUSES[g.status] || g.status}</span></td>
    </tr>`)}</tbody></table></div>`;

  const planView = (plan) => html`<div class="plan-version" id="current-plan" data-version=${plan.version}>
    <p class="plan-meta muted">Version ${plan.version}, recorded by ${plan.authorName} on ${format.dateTime(plan.createdAt)}${
      plan.reviewDate ? html` · <strong>review by ${format.date(plan.reviewDate)}</strong>` : ''}</p>
    <h3>Problem</h3>
    <p class="long-text" id="plan-problem-text">${plan.problem}</p>
    <h3>Goals</h3>
    ${goalTable(plan, 'plan-goals')}
  </div>`;

  const goalRow = (g, i) => html`<fieldset class="goal-row" data-testid="goal-row">
    <legend>Goal ${i + 1}</legend>
    <div class="form-row">
      <label for="goal-${i}-description">What the client wants to achieve</label>
      <input id="goal-${i}-description" type="text" maxlength="2000" required .value=${g.description}
        @input=${(e) => { g.description = e.target.value; }}>
    </div>
    <div class="form-grid">
      <div class="form-row">
        <label for="goal-${i}-target">Target date <span class="hint">(optional)</span></label>
        <input id="goal-${i}-target" type="date" .value=${g.targetDate}
          @input=${(e) => { g.targetDate = e.target.value; }} @change=${(e) => { g.targetDate = e.target.value; }}>
      </div>
      <div class="form-row">
        <label for="goal-${i}-status">Status</label>
        <select id="goal-${i}-status" @change=${(e) => { g.status = e.target.value; }}>
          ${Object.entries(GOAL_STATUSES).map(([value, label]) => html`<option value=${value}
            ?selected=${g.status === value}>${label}</option>`)}
        </select>
      </div>
    </div>
    ${state.form.goals.length > 1 ? html`<button type="button" class="link-button" data-testid="goal-remove"
      @click=${() => removeGoal(i)}>Remove goal ${i + 1}</button>` : ''}
  </fieldset>`;

  const form = () => {
    const f = state.form;
    const next = (current()?.version || 0) + 1;
    return html`<form id="plan-form" class="panel" novalidate @submit=${submit}>
      <h3>Version ${next}</h3>
      <p class="hint">The new version replaces the current one as the plan in force; earlier versions stay in the record.</p>
      <div class="form-row">
        <label for="plan-problem">Problem or formulation the plan addresses</label>
        <textarea id="plan-problem" rows="3" required .value=${f.problem} @input=${(e) => { f.problem = e.target.value; }}></textarea>
      </div>
      ${f.goals.map(goalRow)}
      <p><button type="button" class="button secondary" id="goal-add" @click=${addGoal}>Add a goal</button></p>
      <div class="form-row">
        <label for="plan-review">Review by <span class="hint">(optional)</span></label>
        <input id="plan-review" type="date" class="note-date" .value=${f.reviewDate}
          @input=${(e) => { f.reviewDate = e.target.value; }} @change=${(e) => { f.reviewDate = e.target.value; }}>
      </div>
      ${state.error ? html`<div id="plan-error" tabindex="-1">${app.problem(state.error)}</div>` : ''}
      <div class="actions">
        <button type="submit" class="button" id="plan-submit" ?disabled=${state.busy}>Record version ${next}</button>
        <button type="button" class="button secondary" id="plan-cancel" @click=${closeForm}>Cancel</button>
      </div>
    </form>`;
  };

  const draw = () => {
    const plan = current();
    const earlier = state.plans.filter((p) => !p.current);
    app.render(html`
      <h2 id="plan-title">Treatment plan</h2>
      ${state.loadError ? app.problem(state.loadError) : ''}
      ${plan ? planView(plan) : state.loadError ? '' : html`<p class="muted" id="no-plan">No treatment plan yet.</p>`}
      <p role="status" id="plan-status" tabindex="-1" class="status-message">${state.status}</p>
      ${state.form ? form() : active && !state.loadError ? html`<button type="button" class="button secondary" id="plan-new"
        @click=${openForm}>${plan ? 'New version' : 'Write the treatment plan'}</button>` : ''}
      ${earlier.length ? html`<details class="earlier-plans" id="earlier-plans">
        <summary>Earlier versions (${earlier.length})</summary>
        ${earlier.map((p) => html`<div class="plan-version earlier" data-version=${p.version}>
          <h3>Version ${p.version}</h3>
          <p class="plan-meta muted">Recorded by ${p.authorName} on ${format.dateTime(p.createdAt)}${
            p.reviewDate ? ` · review by ${format.date(p.reviewDate)}` : ''}</p>
          <p class="long-text">${p.problem}</p>
          ${goalTable(p)}
        </div>`)}
      </details>` : ''}`, host);
  };

  draw();
}
