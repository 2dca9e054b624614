// Supervision relationships: who supervises whom, under which co-signature mode and licensure
// rule set, from when to when, with what scope, whether the supervisor may read psychotherapy
// notes, and when the supervisee's consent was recorded. Admins record anyone's and see them
// all; a supervisor records their own. A refusal (422) lists every conflict the server found.
// Supervisors see how many logged sessions wait for their verification, per supervisee.

import {
  API, MODES, mode, settled, inForce, withRole, plural, refusal, markInvalid, focus,
} from './common.js';

/** What a rule set answers for "no limit" (Java's Integer.MAX_VALUE). */
const NO_LIMIT = 2147483647;

function newForm(app, shared) {
  const supervisor = app.format.holds(app.user, 'admin') ? '' : app.user.id;
  return {
    supervisorId: supervisor, superviseeId: '', cosignMode: 'COSIGN', ruleSetId: '', start: shared.today, end: '',
    scope: '', psychotherapyNotes: false, consentRecorded: false,
  };
}

/** Logged sessions waiting for my verification, per supervisee I supervise now. */
async function toVerify(app, shared) {
  const mine = [...new Set(shared.relationships.filter((r) => r.supervisorId === app.user.id).map((r) => r.superviseeId))];
  const logs = await Promise.all(mine.map((id) => settled(app.api('GET',
    `${API}/sessions?superviseeId=${encodeURIComponent(id)}`))));
  const counts = new Map();
  mine.forEach((id, i) => counts.set(id, (logs[i].value || [])
    .filter((s) => !s.verifiedAt && s.supervisorId === app.user.id).length));
  return counts;
}

export async function mountRelationships(host, app, shared) {
  const { html, format } = app;
  const admin = format.holds(app.user, 'admin');
  const supervises = format.holds(app.user, 'supervisor');
  const mayRecord = admin || supervises;
  // The log and the hours are for the two people in supervision; an admin manages relationships only.
  const readsLogs = supervises || format.holds(app.user, 'therapist', 'intern');

  const [ruleSets, policy] = await Promise.all([
    settled(app.api('GET', `${API}/rule-sets`)),
    settled(app.api('GET', `${API}/policy`)),
  ]);
  const state = {
    list: shared.relationships,
    loadError: shared.relationshipsError,
    ruleSets: ruleSets.value || [],
    verify: readsLogs && supervises ? await toVerify(app, shared) : new Map(),
    form: newForm(app, shared),
    error: null,
    busy: false,
    status: '',
    ending: null,
  };
  state.form.ruleSetId = policy.value?.defaultRuleSet || state.ruleSets[0]?.id || '';

  const ruleSetName = (id) => state.ruleSets.find((r) => r.id === id)?.name || id;

  const reload = async () => {
    try {
      state.list = await app.api('GET', `${API}/relationships`);
      shared.relationships = state.list;
      state.loadError = null;
    } catch (e) {
      state.loadError = e;
    }
  };

  const inputFor = (field) => ({
    supervisorId: 'rel-supervisor', superviseeId: 'rel-supervisee', cosignMode: 'rel-mode-cosign', ruleSet: 'rel-rule-set',
    ruleSetId: 'rel-rule-set', start: 'rel-start', end: 'rel-end', scope: 'rel-scope',
  }[field] || null);

  const submit = async (event) => {
    event.preventDefault();
    const f = state.form;
    state.busy = true;
    state.error = null;
    state.status = '';
    draw();
    try {
      const created = await app.api('POST', `${API}/relationships`, {
        supervisorId: f.supervisorId || null, superviseeId: f.superviseeId || null, cosignMode: f.cosignMode || null,
        ruleSet: f.ruleSetId || null, start: f.start || null, end: f.end || null, scope: f.scope.trim() || null,
        psychotherapyNotes: f.psychotherapyNotes, consentRecorded: f.consentRecorded,
      });
      state.form = newForm(app, shared);
      state.form.ruleSetId = f.ruleSetId;
      markInvalid(host.querySelector('#relationship-form'), []);
      state.status = `Recorded: ${created.supervisorName} supervises ${created.superviseeName} from `
        + `${format.date(created.start)} (${mode(created.cosignMode).label}). Both have been told.`;
      await reload();
      state.busy = false;
      draw();
      focus(host, '#relationship-status');
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      const form = host.querySelector('#relationship-form');
      if (e.status === 422) {
        // Each conflict is read out from the list; the consent box is marked when it is the one missing.
        markInvalid(form, f.consentRecorded ? [] : ['rel-consent']);
        focus(host, '#relationship-refusal');
      } else if (!markInvalid(form, inputFor(e.field))) {
        focus(host, '#relationship-refusal');
      }
    }
  };

  const end = async (event, r) => {
    event.preventDefault();
    const e = state.ending;
    const yes = await app.confirm({
      id: 'end-relationship-dialog',
      title: `End the supervision of ${r.superviseeName} by ${r.supervisorName}?`,
      body: html`<p>The last day is ${format.date(e.lastDay)}. After it, ${r.supervisorName} no longer reads
        ${r.superviseeName}'s records, and new notes no longer wait for them. The log and hours stay.</p>`,
      confirm: 'End the supervision',
      cancel: 'Not now',
      danger: true,
    });
    if (!yes) return;
    e.busy = true;
    e.error = null;
    draw();
    try {
      await app.api('POST', `${API}/relationships/${encodeURIComponent(r.id)}/end`, { lastDay: e.lastDay || null });
      state.ending = null;
      state.status = `The supervision of ${r.superviseeName} by ${r.supervisorName} ends on ${format.date(e.lastDay)}.`;
      await reload();
      draw();
      focus(host, '#relationship-status');
    } catch (err) {
      e.busy = false;
      e.error = err;
      draw();
      if (!markInvalid(host.querySelector(`#end-form-${r.id}`), err.field === 'lastDay' ? `end-day-${r.id}` : null)) {
        focus(host, `#end-error-${r.id}`);
      }
    }
  };

  const period = (r) => (r.end ? `${format.date(r.start)} to ${format.date(r.end)}` : `since ${format.date(r.start)}`);
  const standing = (r) => (r.start > shared.today ? html`<span class="badge supervision-upcoming">Starts later</span>`
    : inForce(r, shared.today) ? html`<span class="badge supervision-active">In force</span>`
      : html`<span class="badge supervision-ended">Ended</span>`);

  const endForm = (r) => {
    const e = state.ending;
    return html`<form class="supervision-inline-form" id="end-form-${r.id}" novalidate @submit=${(ev) => end(ev, r)}>
      <div class="form-row">
        <label for="end-day-${r.id}">Last day of supervision</label>
        <input id="end-day-${r.id}" type="date" required min=${r.start} .value=${e.lastDay}
          @input=${(ev) => { e.lastDay = ev.target.value; }} @change=${(ev) => { e.lastDay = ev.target.value; }}>
      </div>
      ${e.error ? refusal(app, e.error, `end-error-${r.id}`) : ''}
      <div class="actions">
        <button type="submit" class="button danger" id="end-submit-${r.id}" ?disabled=${e.busy}>End the supervision…</button>
        <button type="button" class="button secondary" @click=${() => { state.ending = null; draw(); focus(host, `#end-${r.id}`); }}>
          Cancel</button>
      </div>
    </form>`;
  };

  const item = (r) => {
    const mine = r.supervisorId === app.user.id || r.superviseeId === app.user.id;
    const waiting = state.verify.get(r.superviseeId) || 0;
    const open = !r.end || r.end >= shared.today;
    return html`<li class="supervision-item" data-testid="relationship" data-relationship-id=${r.id}>
      <p class="supervision-item-head">
        <span><strong>${r.supervisorId === app.user.id ? 'You' : r.supervisorName}</strong> supervise${
          r.supervisorId === app.user.id ? '' : 's'} <strong>${r.superviseeId === app.user.id ? 'you' : r.superviseeName}</strong></span>
        <span class="badge supervision-mode" title=${mode(r.cosignMode).text}>${mode(r.cosignMode).label}</span>
        ${standing(r)}
      </p>
      <p class="supervision-item-meta">${ruleSetName(r.ruleSetId)} · ${period(r)} · consent recorded
        ${format.date(r.consentRecordedAt)}${r.psychotherapyNotes ? html` · <strong class="supervision-grant">may read
        psychotherapy notes</strong>` : ''}</p>
      ${r.scope ? html`<p class="supervision-scope"><span class="muted">Scope:</span> ${r.scope}</p>` : ''}
      ${readsLogs && mine ? html`<p class="supervision-links">
        <a href="/supervision/${r.superviseeId}" data-testid="relationship-log">${r.superviseeId === app.user.id
          ? 'Your log and hours' : `Log and hours of ${r.superviseeName}`}</a>
        ${r.supervisorId === app.user.id && waiting ? html`<span class="badge supervision-waiting" data-testid="to-verify">${
          plural(waiting, 'session', 'sessions')} to verify</span>` : ''}
      </p>` : ''}
      ${open && (mine || admin) && state.ending?.id !== r.id ? html`<button type="button" class="link-button" id="end-${r.id}"
        @click=${() => { state.ending = { id: r.id, lastDay: shared.today < r.start ? r.start : shared.today }; draw();
          focus(host, `#end-day-${r.id}`); }}>End this supervision…</button>` : ''}
      ${state.ending?.id === r.id ? endForm(r) : ''}
    </li>`;
  };

  const form = () => {
    const f = state.form;
    const supervisors = withRole(shared.colleagues, 'supervisor');
    const supervisees = withRole(shared.colleagues, 'therapist', 'intern').filter((c) => c.id !== f.supervisorId);
    const chosen = state.ruleSets.find((r) => r.id === f.ruleSetId);
    return html`<form id="relationship-form" class="panel supervision-form" novalidate aria-labelledby="relationship-form-title"
        @submit=${submit}>
      <h3 id="relationship-form-title">Record a supervision relationship</h3>
      <div class="form-grid">
        ${admin ? html`<div class="form-row">
          <label for="rel-supervisor">Supervisor</label>
          <select id="rel-supervisor" required @change=${(e) => { f.supervisorId = e.target.value; draw(); }}>
            <option value="" ?selected=${!f.supervisorId}>Choose…</option>
            ${supervisors.map((c) => html`<option value=${c.id} ?selected=${f.supervisorId === c.id}>${c.displayName}</option>`)}
          </select>
        </div>` : html`<p class="supervision-fixed"><span class="supervision-fixed-label">Supervisor</span>
          You (${app.user.displayName})</p>`}
        <div class="form-row">
          <label for="rel-supervisee">Supervisee</label>
          <select id="rel-supervisee" required aria-describedby="rel-supervisee-help"
            @change=${(e) => { f.superviseeId = e.target.value; }}>
            <option value="" ?selected=${!f.superviseeId}>Choose…</option>
            ${supervisees.map((c) => html`<option value=${c.id} ?selected=${f.superviseeId === c.id}>${c.displayName}</option>`)}
          </select>
          <p class="hint" id="rel-supervisee-help">A therapist or intern of the practice.</p>
        </div>
      </div>

      <fieldset class="supervision-choices" id="rel-mode">
        <legend>What happens to the supervisee's signed progress notes</legend>
        ${MODES.map((m) => html`<div class="form-row inline supervision-choice">
          <input type="radio" name="rel-mode" id="rel-mode-${m.value.toLowerCase()}" value=${m.value}
            .checked=${f.cosignMode === m.value} aria-describedby="rel-mode-${m.value.toLowerCase()}-help"
            @change=${() => { f.cosignMode = m.value; }}>
          <label for="rel-mode-${m.value.toLowerCase()}">${m.label}</label>
          <p class="hint" id="rel-mode-${m.value.toLowerCase()}-help">${m.text}</p>
        </div>`)}
      </fieldset>

      <div class="form-grid">
        <div class="form-row">
          <label for="rel-rule-set">Licensure rule set</label>
          <select id="rel-rule-set" required aria-describedby="rel-rule-set-help"
            @change=${(e) => { f.ruleSetId = e.target.value; draw(); }}>
            ${state.ruleSets.map((r) => html`<option value=${r.id} ?selected=${f.ruleSetId === r.id}>${r.name}</option>`)}
          </select>
          <p class="hint" id="rel-rule-set-help">The board rules the supervisee's hours are checked against${chosen
            && chosen.maxSupervisorsAtOnce !== NO_LIMIT ? `; at most ${plural(chosen.maxSupervisorsAtOnce, 'supervisor',
            'supervisors')} at once` : ''}.</p>
        </div>
        <div class="form-row">
          <label for="rel-start">First day</label>
          <input id="rel-start" type="date" required .value=${f.start}
            @input=${(e) => { f.start = e.target.value; }} @change=${(e) => { f.start = e.target.value; }}>
        </div>
        <div class="form-row">
          <label for="rel-end">Last day <span class="hint">(optional)</span></label>
          <input id="rel-end" type="date" min=${f.start || ''} .value=${f.end} aria-describedby="rel-end-help"
            @input=${(e) => { f.end = e.target.value; }} @change=${(e) => { f.end = e.target.value; }}>
          <p class="hint" id="rel-end-help">Leave empty while it has no planned end.</p>
        </div>
      </div>
      <div class="form-row">
        <label for="rel-scope">Scope <span class="hint">(optional)</span></label>
        <textarea id="rel-scope" rows="2" maxlength="1000" aria-describedby="rel-scope-help" .value=${f.scope}
          @input=${(e) => { f.scope = e.target.value; }}></textarea>
        <p class="hint" id="rel-scope-help">What the supervision covers, for example “all adult clients; couples work
          excluded”.</p>
      </div>

      <div class="form-row inline supervision-check">
        <input type="checkbox" id="rel-psychotherapy" .checked=${f.psychotherapyNotes} aria-describedby="rel-psychotherapy-help"
          @change=${(e) => { f.psychotherapyNotes = e.target.checked; }}>
        <label for="rel-psychotherapy">The supervisor may read the supervisee's psychotherapy notes</label>
      </div>
      <p class="hint supervision-check-help" id="rel-psychotherapy-help">Psychotherapy (process) notes are their author's
        alone. HIPAA allows one exception: a supervisor training the supervisee (45 CFR 164.508(a)(2)(i)(B)). Grant it only
        when the training needs it. Every read is in the audit log.</p>

      <div class="form-row inline supervision-check">
        <input type="checkbox" id="rel-consent" required .checked=${f.consentRecorded} aria-describedby="rel-consent-help"
          @change=${(e) => { f.consentRecorded = e.target.checked; }}>
        <label for="rel-consent">The supervisee's consent to this supervision is recorded</label>
      </div>
      <p class="hint supervision-check-help" id="rel-consent-help">Required. The supervisee has agreed to the supervision,
        its scope and the co-signature mode. Their clients are then told that their therapist is supervised, and by
        whom.</p>

      ${state.error ? refusal(app, state.error, 'relationship-refusal') : ''}
      <button type="submit" class="button" id="relationship-submit" ?disabled=${state.busy}>Record the relationship</button>
    </form>`;
  };

  const draw = () => {
    app.render(html`
      <h2 id="relationships-title">Supervision relationships</h2>
      <p class="hint">${admin ? 'Every supervision relationship of the practice.'
        : 'The supervision you give or receive.'} A supervisee may have several supervisors, within their rule set's
        limit.</p>
      <p role="status" id="relationship-status" tabindex="-1" class="supervision-status-message supervision-done">${
        state.status}</p>
      ${state.loadError ? app.problem(state.loadError) : state.list.length ? html`<ul class="supervision-list"
        id="relationship-list">${state.list.map(item)}</ul>`
        : html`<p class="muted" id="relationship-none">${admin ? 'No supervision relationship is recorded yet.'
          : 'You are in no supervision relationship.'}</p>`}
      ${mayRecord ? form() : ''}`, host);
  };

  draw();
}
