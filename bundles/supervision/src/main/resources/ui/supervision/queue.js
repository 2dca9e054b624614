// The supervisor's queue: progress notes a supervisee signed that wait for the signed-in
// supervisor, under a relationship in APPROVE or COSIGN mode. Each shows the client as the note's
// record names them (a sealed client stays a pseudonym), the template, who signed and when. The
// supervisor reads the note here, then co-signs (or approves) it after a confirmation, or
// returns it to its author with comments: it goes back to a draft, and its history keeps both.

import { API, settled, inForce, refusal, markInvalid, focus } from './common.js';

/** The client's name as the engagement's record gives it to this reader, one request per engagement. */
async function clientNames(app, notes) {
  const names = new Map();
  const ids = [...new Set(notes.map((n) => n.engagementId))];
  const found = await Promise.all(ids.map((id) => settled(app.api('GET', `/v1/engagements/${encodeURIComponent(id)}`))));
  ids.forEach((id, i) => names.set(id, found[i].value?.clientName || null));
  return names;
}

export async function mountQueue(host, app, shared) {
  const { html, format } = app;
  const state = { notes: [], names: new Map(), loadError: null, open: new Set(), comments: {}, errors: {}, busy: null,
    status: '' };

  /** Under which mode a supervisee's note waits for me: the words on its button. */
  const modeOf = (note) => shared.relationships.find((r) => r.supervisorId === app.user.id
    && r.superviseeId === note.authorId && inForce(r, shared.today) && r.cosignMode !== 'VIEW')?.cosignMode || 'COSIGN';
  const verb = (note) => (modeOf(note) === 'APPROVE' ? 'Approve' : 'Co-sign');
  const clientOf = (note) => state.names.get(note.engagementId) || 'Client (name not shown to you)';

  const load = async () => {
    try {
      state.notes = await app.api('GET', `${API}/queue`);
      state.names = await clientNames(app, state.notes);
      state.loadError = null;
    } catch (e) {
      state.loadError = e;
    }
  };

  const done = (note, message) => {
    state.notes = state.notes.filter((n) => n.id !== note.id);
    delete state.comments[note.id];
    delete state.errors[note.id];
    state.open.delete(note.id);
    state.status = message;
    state.busy = null;
    draw();
    focus(host, '#queue-status');
  };

  const failed = (note, error, fieldId) => {
    state.busy = null;
    state.errors[note.id] = error;
    draw();
    if (!markInvalid(host.querySelector(`[data-note-id="${note.id}"]`), fieldId)) focus(host, `#queue-${note.id}-error`);
  };

  const cosign = async (note) => {
    const action = verb(note);
    const yes = await app.confirm({
      id: 'cosign-dialog',
      title: `${action} the ${note.template.title} by ${note.authorName}?`,
      body: html`<p>${clientOf(note)}, signed by ${note.authorName} on ${format.dateTime(note.signedAt)}.</p>
        <p>${action === 'Approve' ? 'Your approval' : 'Your co-signature'} is added with your name and the time, and the
          note is then signed for good: it can no longer be returned, only amended by its author with an addendum.</p>`,
      confirm: action,
      cancel: 'Not yet',
    });
    if (!yes) return;
    state.busy = note.id;
    delete state.errors[note.id];
    draw();
    try {
      await app.api('POST', `${API}/queue/${encodeURIComponent(note.id)}/cosign`);
      done(note, `${action === 'Approve' ? 'Approved' : 'Co-signed'}: the ${note.template.title} by ${note.authorName}`
        + ` for ${clientOf(note)}.`);
    } catch (e) {
      failed(note, e, null);
    }
  };

  const giveBack = async (event, note) => {
    event.preventDefault();
    const comments = (state.comments[note.id] || '').trim();
    if (!comments) {
      failed(note, new Error(`Say what ${note.authorName} should revise: the comments are required.`),
        `queue-${note.id}-comments`);
      return;
    }
    state.busy = note.id;
    delete state.errors[note.id];
    draw();
    try {
      await app.api('POST', `${API}/queue/${encodeURIComponent(note.id)}/return`, { comments });
      done(note, `Returned to ${note.authorName} for revision: the ${note.template.title} for ${clientOf(note)} is a draft`
        + ' again, with your comments in its history.');
    } catch (e) {
      failed(note, e, e.field === 'comments' ? `queue-${note.id}-comments` : null);
    }
  };

  const toggle = (note) => {
    if (state.open.has(note.id)) state.open.delete(note.id);
    else state.open.add(note.id);
    draw();
  };

  /** The note read-only: every field of its template, in order. */
  const fields = (note) => html`<dl class="supervision-note-fields" id="queue-${note.id}-fields" data-testid="queue-fields">
    ${note.template.fields.map((f) => html`<dt>${f.label}</dt>
      <dd>${note.fields[f.id] ? note.fields[f.id] : html`<span class="muted">Not filled in</span>`}</dd>`)}
  </dl>`;

  const item = (note) => {
    const open = state.open.has(note.id);
    const busy = state.busy === note.id;
    const action = verb(note);
    return html`<li class="supervision-item" data-testid="queue-note" data-note-id=${note.id}>
      <p class="supervision-item-head">
        <strong class="supervision-client" data-testid="queue-client">${clientOf(note)}</strong>
        <span>${note.template.title}</span>
        <span class="badge supervision-mode">${action === 'Approve' ? 'Approval' : 'Co-signature'}</span>
      </p>
      <p class="muted supervision-item-meta">Signed by ${note.authorName} on ${format.dateTime(note.signedAt)}</p>
      <button type="button" class="link-button" id="queue-${note.id}-read" aria-expanded=${open ? 'true' : 'false'}
        aria-controls="queue-${note.id}-fields" @click=${() => toggle(note)}>${open ? 'Hide the note' : 'Read the note'}</button>
      ${open ? html`${fields(note)}
        <p class="hint"><a href="/notes/${note.engagementId}/${note.id}">Open it in Notes</a> for its history and addenda.</p>` : ''}
      <div class="actions supervision-actions">
        <button type="button" class="button" id="queue-${note.id}-cosign" data-testid="queue-cosign" ?disabled=${busy}
          @click=${() => cosign(note)}>${action}…</button>
      </div>
      <details class="supervision-return" id="queue-${note.id}-return-box">
        <summary>Return for revision</summary>
        <form id="queue-${note.id}-return-form" novalidate @submit=${(e) => giveBack(e, note)}>
          <div class="form-row">
            <label for="queue-${note.id}-comments">What should ${note.authorName} revise?</label>
            <textarea id="queue-${note.id}-comments" rows="3" maxlength="4000" required
              aria-describedby="queue-${note.id}-comments-help" .value=${state.comments[note.id] || ''}
              @input=${(e) => { state.comments[note.id] = e.target.value; }}></textarea>
            <p class="hint" id="queue-${note.id}-comments-help">Required. The note goes back to ${note.authorName} as a
              draft; your comments stay in its history.</p>
          </div>
          <button type="submit" class="button secondary" id="queue-${note.id}-return" data-testid="queue-return"
            ?disabled=${busy}>Return for revision</button>
        </form>
      </details>
      ${state.errors[note.id] ? refusal(app, state.errors[note.id], `queue-${note.id}-error`) : ''}
    </li>`;
  };

  const draw = () => {
    app.render(html`
      <h2 id="queue-title">Awaiting your co-signature</h2>
      <p class="hint">Progress notes your supervisees have signed, under a relationship that asks for your approval or
        co-signature. Read each one, then co-sign it, or return it with what to revise.</p>
      <p role="status" id="queue-status" tabindex="-1" class="supervision-status-message supervision-done">${state.status}</p>
      ${state.loadError ? app.problem(state.loadError) : state.notes.length ? html`<ul class="supervision-list"
        id="queue-list">${state.notes.map(item)}</ul>`
        : html`<p class="muted" id="queue-none">Nothing is waiting for your co-signature.</p>`}`, host);
  };

  await load();
  draw();
}
