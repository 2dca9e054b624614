// A supervisee's licensure hours under the rule set of their most recent relationship: totals by
// category, a progress bar per requirement, and every rule with where they stand on it (violated
// first, then not yet met, then met). Client hours outside the practice's calendar are logged
// here by hand; the verified log and the totals go to the board as a PDF.

import {
  API, RULE_STATUSES, ruleBadge, hours, number, refusal, markInvalid, focus,
} from './common.js';

const KINDS = [
  { value: 'DIRECT', label: 'Direct',
    text: 'Face to face with clients, in person or by video: sessions, assessments.' },
  { value: 'INDIRECT', label: 'Indirect',
    text: 'Work for clients without them: notes, case management, consultation, training.' },
];

export async function mountHours(host, ctx) {
  const { app } = ctx;
  const { html, format } = app;
  const newForm = () => ({ date: ctx.today, minutes: '', kind: 'DIRECT', note: '' });
  const state = { summary: null, loadError: null, form: newForm(), error: null, busy: false, status: '' };
  // The supervisee and their supervisors log client hours; the server refuses anyone else.
  const mayLog = ctx.self || ctx.relationships.some((r) => r.supervisorId === app.user.id);
  const query = `superviseeId=${encodeURIComponent(ctx.superviseeId)}`;

  const load = async () => {
    try {
      state.summary = await app.api('GET', `${API}/hours?${query}`);
      state.loadError = null;
    } catch (e) {
      state.loadError = e;
    }
  };

  const inputFor = (field) => ({ date: 'hours-date', minutes: 'hours-minutes', kind: 'hours-kind-direct',
    note: 'hours-note' }[field] || null);

  const submit = async (event) => {
    event.preventDefault();
    const f = state.form;
    state.busy = true;
    state.error = null;
    state.status = '';
    draw();
    try {
      const logged = await app.api('POST', `${API}/hours`, {
        superviseeId: ctx.superviseeId, date: f.date || null, minutes: f.minutes === '' ? null : Number(f.minutes),
        kind: f.kind || null, note: f.note.trim() || null,
      });
      state.form = newForm();
      markInvalid(host.querySelector('#hours-form'), []);
      state.status = `Logged: ${hours(logged.minutes)} of ${logged.kind === 'DIRECT' ? 'direct' : 'indirect'} client contact`
        + ` on ${format.date(logged.date)}.`;
      await load();
      state.busy = false;
      draw();
      focus(host, '#hours-status');
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      if (!markInvalid(host.querySelector('#hours-form'), inputFor(e.field))) focus(host, '#hours-refusal');
    }
  };

  /** One requirement as a labelled progress bar: "Hours of supervised experience: 12 / 3,000 hours". */
  const requirement = (r) => {
    const max = Math.max(1, r.required);
    const value = Math.min(max, Math.max(0, r.achieved));
    const percent = Math.floor((100 * value) / max);
    const words = `${number(r.achieved)} / ${number(r.required)} ${r.unit}`;
    return html`<li class="supervision-requirement${r.achieved >= r.required ? ' supervision-requirement-met' : ''}"
        data-testid="requirement" data-requirement-id=${r.id}>
      <div class="supervision-requirement-text">
        <span id="requirement-${r.id}-label">${r.label}</span>
        <span class="supervision-requirement-value" id="requirement-${r.id}-value">${words}</span>
      </div>
      <progress id="requirement-${r.id}" max=${max} value=${value} aria-labelledby="requirement-${r.id}-label"
        aria-valuetext="${words} (${percent}%)" data-testid="requirement-progress">${percent}%</progress>
    </li>`;
  };

  const rule = (r) => html`<li class="supervision-rule supervision-rule-item-${r.status.toLowerCase()}" data-testid="rule"
      data-rule=${r.rule} data-status=${r.status}>
    <p class="supervision-rule-head">${ruleBadge(app, r.status)} <span class="supervision-rule-description">${r.description}</span></p>
    <p class="supervision-rule-detail">${r.detail}</p>
  </li>`;

  const byStanding = (a, b) => (RULE_STATUSES[a.status]?.rank ?? 3) - (RULE_STATUSES[b.status]?.rank ?? 3);

  const totals = (s) => html`<dl class="supervision-totals" id="hours-totals">
    <div><dt>Direct client contact</dt><dd data-testid="total-direct">${hours(s.directMinutes)}</dd></div>
    <div><dt>Indirect client contact</dt><dd data-testid="total-indirect">${hours(s.indirectMinutes)}</dd></div>
    <div><dt>Individual and triadic supervision</dt><dd data-testid="total-individual">${hours(s.individualMinutes)}</dd></div>
    <div><dt>Group supervision</dt><dd data-testid="total-group">${hours(s.groupMinutes)}</dd></div>
    <div><dt>Sessions waiting for verification</dt><dd data-testid="total-unverified">${s.unverifiedSessions}</dd></div>
  </dl>`;

  const form = () => {
    const f = state.form;
    return html`<form id="hours-form" class="panel supervision-form" novalidate aria-labelledby="hours-form-title"
        @submit=${submit}>
      <h3 id="hours-form-title">Log client hours by hand</h3>
      <p class="hint">${ctx.policy?.hoursFromCalendar ? 'Attended client sessions in the Calendar count as direct hours by'
        + ' themselves. Log here only what the Calendar does not hold: work elsewhere, and indirect hours.'
        : 'Log the time you spent with and for clients.'}</p>
      <div class="form-grid">
        <div class="form-row">
          <label for="hours-date">Date</label>
          <input id="hours-date" type="date" required max=${ctx.today} .value=${f.date}
            @input=${(e) => { f.date = e.target.value; }} @change=${(e) => { f.date = e.target.value; }}>
        </div>
        <div class="form-row">
          <label for="hours-minutes">Minutes</label>
          <input id="hours-minutes" type="number" inputmode="numeric" min="1" max="720" required class="supervision-short"
            aria-describedby="hours-minutes-help" .value=${f.minutes} @input=${(e) => { f.minutes = e.target.value; }}>
          <p class="hint" id="hours-minutes-help">Up to 720 (12 hours) a day.</p>
        </div>
      </div>
      <fieldset class="supervision-choices">
        <legend>Kind of contact</legend>
        ${KINDS.map((k) => html`<div class="form-row inline supervision-choice">
          <input type="radio" name="hours-kind" id="hours-kind-${k.value.toLowerCase()}" value=${k.value}
            .checked=${f.kind === k.value} aria-describedby="hours-kind-${k.value.toLowerCase()}-help"
            @change=${() => { f.kind = k.value; }}>
          <label for="hours-kind-${k.value.toLowerCase()}">${k.label}</label>
          <p class="hint" id="hours-kind-${k.value.toLowerCase()}-help">${k.text}</p>
        </div>`)}
      </fieldset>
      <div class="form-row">
        <label for="hours-note">What it was <span class="hint">(optional)</span></label>
        <input id="hours-note" type="text" maxlength="500" aria-describedby="hours-note-help" .value=${f.note}
          @input=${(e) => { f.note = e.target.value; }}>
        <p class="hint" id="hours-note-help">For example “intake assessments at the county clinic”. No client names.</p>
      </div>
      ${state.error ? refusal(app, state.error, 'hours-refusal') : ''}
      <button type="submit" class="button secondary" id="hours-submit" ?disabled=${state.busy}>Log the hours</button>
    </form>`;
  };

  const draw = () => {
    const s = state.summary;
    app.render(html`
      <h2 id="hours-title">Hours toward the licence</h2>
      ${state.loadError ? app.problem(state.loadError) : s ? html`
        <p class="supervision-rule-set" id="hours-rule-set">Checked against <strong>${s.ruleSetName}</strong>, as of
          ${format.date(s.asOf)}. Only verified supervision counts.</p>
        ${totals(s)}
        <h3 id="requirements-title">Progress</h3>
        <ul class="supervision-requirements" id="hours-requirements" aria-labelledby="requirements-title">
          ${s.evaluation.requirements.map(requirement)}</ul>
        <h3 id="rules-title">The board's rules</h3>
        <p class="hint">A summary of the board's rules to track progress; the board's current regulations decide.</p>
        <ul class="supervision-rules" id="hours-rules" aria-labelledby="rules-title">
          ${[...s.evaluation.rules].sort(byStanding).map(rule)}</ul>
        <p class="supervision-export">
          <a class="button secondary" id="hours-export" download
            href="/api${API}/hours/export.pdf?${query}">Export PDF for the board</a>
          <span class="hint" id="hours-export-help">The verified log with supervisors and their license numbers, dates,
            totals and signature lines. Sessions not yet verified are left out.</span>
        </p>` : ''}
      <p role="status" id="hours-status" tabindex="-1" class="supervision-status-message supervision-done">${state.status}</p>
      ${mayLog ? form() : ''}`, host);
  };

  await load();
  draw();
  return {
    /** Reads the hours again, after the log changed. */
    reload: async () => {
      await load();
      draw();
    },
  };
}
