// The supervision log of one supervisee: each session with its date, length, format, medium and
// topics, newest first. The supervisee or the supervisor logs a session once it has taken place;
// only the relationship's supervisor verifies it, which is their signature: a verified entry is
// locked and counts toward the licence. Topics are de-identified, and shown to the two people in
// the room only (the server leaves them out for anyone else).

import {
  API, FORMATS, MEDIA, inForce, duration, refusal, markInvalid, focus,
} from './common.js';

export async function mountLog(host, ctx) {
  const { app } = ctx;
  const { html, format } = app;
  // The relationships I may log under: the supervisee logs under any of theirs, a supervisor under their own.
  const mine = ctx.relationships.filter((r) => ctx.self || r.supervisorId === app.user.id);
  const newForm = () => ({
    relationshipId: (mine.find((r) => inForce(r, ctx.today)) || mine[0])?.id || '',
    date: ctx.today, minutes: '60', format: 'INDIVIDUAL', medium: 'IN_PERSON', topics: '',
  });
  const state = { list: [], loadError: null, form: newForm(), error: null, busy: false, status: '', verifying: null,
    errors: {} };

  const supervisorName = (s) => (s.supervisorId === app.user.id ? 'you'
    : ctx.relationships.find((r) => r.id === s.relationshipId)?.supervisorName || 'the supervisor');

  const load = async () => {
    try {
      state.list = await app.api('GET', `${API}/sessions?superviseeId=${encodeURIComponent(ctx.superviseeId)}`);
      state.loadError = null;
    } catch (e) {
      state.loadError = e;
    }
  };

  const inputFor = (field) => ({ relationshipId: 'log-relationship', date: 'log-date', minutes: 'log-minutes',
    format: 'log-format', medium: 'log-medium', topics: 'log-topics' }[field] || null);

  const submit = async (event) => {
    event.preventDefault();
    const f = state.form;
    state.busy = true;
    state.error = null;
    state.status = '';
    draw();
    try {
      const logged = await app.api('POST', `${API}/sessions`, {
        relationshipId: f.relationshipId || null, date: f.date || null, minutes: f.minutes === '' ? null : Number(f.minutes),
        format: f.format || null, medium: f.medium || null, topics: f.topics.trim() || null,
      });
      state.form = newForm();
      markInvalid(host.querySelector('#log-form'), []);
      state.status = logged.supervisorId === app.user.id
        ? `Logged: ${duration(logged.minutes)} on ${format.date(logged.date)}. Verify it below so that it counts.`
        : `Logged: ${duration(logged.minutes)} on ${format.date(logged.date)}. It counts once ${supervisorName(logged)}`
          + ' verifies it.';
      await load();
      state.busy = false;
      draw();
      focus(host, '#log-status');
      ctx.hoursChanged();
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      if (!markInvalid(host.querySelector('#log-form'), inputFor(e.field))) focus(host, '#log-refusal');
    }
  };

  const verify = async (s) => {
    const yes = await app.confirm({
      id: 'verify-dialog',
      title: 'Verify this supervision session?',
      body: html`<p>${format.date(s.date)}: ${duration(s.minutes)}, ${FORMATS[s.format] || s.format},
        ${(MEDIA[s.medium] || s.medium).toLowerCase()}.</p>
        <p>Your verification is your signature on the entry: it then counts toward the licence, goes into the board's
          PDF, and can no longer change.</p>`,
      confirm: 'Verify',
      cancel: 'Not yet',
    });
    if (!yes) return;
    state.verifying = s.id;
    delete state.errors[s.id];
    draw();
    try {
      const verified = await app.api('POST', `${API}/sessions/${encodeURIComponent(s.id)}/verify`);
      state.list = state.list.map((x) => (x.id === verified.id ? verified : x));
      state.status = `Verified: the session of ${format.date(s.date)} now counts, and is locked.`;
      state.verifying = null;
      draw();
      focus(host, '#log-status');
      ctx.hoursChanged();
    } catch (e) {
      state.verifying = null;
      state.errors[s.id] = e;
      draw();
      focus(host, `#log-${s.id}-error`);
    }
  };

  const entry = (s) => html`<li class="supervision-item supervision-log-entry${s.verifiedAt ? ' supervision-locked' : ''}"
      data-testid="log-entry" data-session-id=${s.id} data-verified=${s.verifiedAt ? 'true' : 'false'}>
    <p class="supervision-item-head">
      <strong>${format.date(s.date)}</strong>
      <span>${duration(s.minutes)} · ${FORMATS[s.format] || s.format} · ${MEDIA[s.medium] || s.medium}</span>
      ${s.verifiedAt ? html`<span class="badge supervision-verified" data-testid="log-verified"><span class="supervision-lock"
        aria-hidden="true"></span> Verified ${format.date(s.verifiedAt)}</span>`
        : html`<span class="badge supervision-unverified">Waiting for verification</span>`}
    </p>
    <p class="supervision-item-meta">With ${supervisorName(s)}${s.loggedBy === app.user.id ? ' · logged by you' : ''}</p>
    ${s.topics ? html`<p class="supervision-topics"><span class="muted">Topics:</span> ${s.topics}</p>` : ''}
    ${!s.verifiedAt && s.supervisorId === app.user.id ? html`<button type="button" class="button secondary"
      id="verify-${s.id}" data-testid="log-verify" ?disabled=${state.verifying === s.id}
      @click=${() => verify(s)}>Verify…</button>` : ''}
    ${state.errors[s.id] ? refusal(app, state.errors[s.id], `log-${s.id}-error`) : ''}
  </li>`;

  const form = () => {
    const f = state.form;
    const choice = (r) => `${r.supervisorId === app.user.id ? 'You' : r.supervisorName} · ${format.date(r.start)}${
      r.end ? ` to ${format.date(r.end)}` : ''}`;
    return html`<form id="log-form" class="panel supervision-form" novalidate aria-labelledby="log-form-title"
        @submit=${submit}>
      <h3 id="log-form-title">Log a supervision session</h3>
      <div class="form-grid">
        ${mine.length > 1 ? html`<div class="form-row">
          <label for="log-relationship">Supervision</label>
          <select id="log-relationship" required @change=${(e) => { f.relationshipId = e.target.value; }}>
            ${mine.map((r) => html`<option value=${r.id} ?selected=${f.relationshipId === r.id}>${choice(r)}</option>`)}
          </select>
        </div>` : ''}
        <div class="form-row">
          <label for="log-date">Date</label>
          <input id="log-date" type="date" required max=${ctx.today} .value=${f.date}
            @input=${(e) => { f.date = e.target.value; }} @change=${(e) => { f.date = e.target.value; }}>
        </div>
        <div class="form-row">
          <label for="log-minutes">Minutes</label>
          <input id="log-minutes" type="number" inputmode="numeric" min="1" max="600" required class="supervision-short"
            .value=${f.minutes} @input=${(e) => { f.minutes = e.target.value; }}>
        </div>
        <div class="form-row">
          <label for="log-format">Format</label>
          <select id="log-format" required aria-describedby="log-format-help" @change=${(e) => { f.format = e.target.value; }}>
            ${Object.entries(FORMATS).map(([value, label]) => html`<option value=${value}
              ?selected=${f.format === value}>${label}</option>`)}
          </select>
          <p class="hint" id="log-format-help">Triadic: one supervisor, two supervisees. Group: more than two.</p>
        </div>
        <div class="form-row">
          <label for="log-medium">Medium</label>
          <select id="log-medium" required @change=${(e) => { f.medium = e.target.value; }}>
            ${Object.entries(MEDIA).map(([value, label]) => html`<option value=${value}
              ?selected=${f.medium === value}>${label}</option>`)}
          </select>
        </div>
      </div>
      <div class="form-row">
        <label for="log-topics">Topics <span class="hint">(optional)</span></label>
        <textarea id="log-topics" rows="3" maxlength="5000" aria-describedby="log-topics-help" .value=${f.topics}
          @input=${(e) => { f.topics = e.target.value; }}></textarea>
        <p class="hint" id="log-topics-help">What you discussed, de-identified: no client names or details that identify a
          client. Only the two of you read them.</p>
      </div>
      ${state.error ? refusal(app, state.error, 'log-refusal') : ''}
      <button type="submit" class="button" id="log-submit" ?disabled=${state.busy}>Log the session</button>
    </form>`;
  };

  const draw = () => {
    const waiting = state.list.filter((s) => !s.verifiedAt).length;
    app.render(html`
      <h2 id="log-title">Supervision log</h2>
      <p class="hint">A session counts toward the licence once the supervisor has verified it. ${waiting
        ? `${waiting} of ${state.list.length} still waiting for verification.` : ''}</p>
      <p role="status" id="log-status" tabindex="-1" class="supervision-status-message supervision-done">${state.status}</p>
      ${state.loadError ? app.problem(state.loadError) : state.list.length ? html`<ul class="supervision-list"
        id="log-list">${state.list.map(entry)}</ul>` : html`<p class="muted" id="log-none">No supervision session is logged
        yet.</p>`}
      ${mine.length ? form() : ''}`, host);
  };

  await load();
  draw();
}
