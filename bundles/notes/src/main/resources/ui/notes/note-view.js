// A note read-only: a signed (locked) note with its addenda and the form to add one, a note
// waiting for a co-signature (with Co-sign and Return for revision for the co-signer it waits
// for), and its history. Addenda never change the note: each one is kept with its author,
// time and reason.

import { API, HISTORY, KINDS, PRIVATE_NOTICE, breadcrumb, statusBadge, markInvalid, focus } from './common.js';
import { fieldList } from './fields.js';

/** context: engagement (or null), engagementId, note, justSigned. */
export function mountView(container, app, context) {
  const { html, format } = app;
  const { engagement, engagementId } = context;
  const state = {
    note: context.note,
    addendumError: null,
    addendumStatus: '',
    reviewError: null,
    reviewStatus: context.justSigned ? signedMessage(context.note) : '',
    busy: false,
  };
  const mine = () => state.note.authorId === app.user.id;
  const cosigner = () => state.note.status === 'AWAITING_COSIGNATURE' && state.note.cosignerId === app.user.id;

  const addAddendum = async (event) => {
    event.preventDefault();
    const form = event.target;
    const reason = form.elements.reason.value.trim();
    const text = form.elements.text.value.trim();
    const missing = [!reason && 'addendum-reason', !text && 'addendum-text'].filter(Boolean);
    if (missing.length) {
      state.addendumError = new Error(!reason && !text ? 'Write the addendum and give its reason.'
        : !reason ? 'Give the reason for the addendum.' : 'Write the addendum.');
      draw();
      markInvalid(form, missing);
      return;
    }
    state.busy = true;
    state.addendumError = null;
    draw();
    try {
      state.note = await app.api('POST', `${API}/${encodeURIComponent(state.note.id)}/addenda`, { text, reason });
      state.addendumStatus = 'Addendum added.';
      form.reset();
      state.busy = false;
      draw();
      markInvalid(form, []);
      focus(container, '#addendum-status');
    } catch (e) {
      state.busy = false;
      state.addendumError = e;
      draw();
      if (!markInvalid(form, { text: 'addendum-text', reason: 'addendum-reason' }[e.field])) {
        focus(container, '#addendum-error');
      }
    }
  };

  const cosign = async () => {
    state.busy = true;
    state.reviewError = null;
    draw();
    try {
      state.note = await app.api('POST', `${API}/${encodeURIComponent(state.note.id)}/cosign`);
      state.reviewStatus = 'Co-signed: the note is now signed.';
    } catch (e) {
      state.reviewError = e;
    }
    state.busy = false;
    draw();
    focus(container, state.reviewError ? '#review-error' : '#note-title');
  };

  const giveBack = async (event) => {
    event.preventDefault();
    const form = event.target;
    const comments = form.elements.comments.value.trim();
    if (!comments) {
      state.reviewError = new Error('Say what the author should revise.');
      draw();
      markInvalid(form, 'return-comments');
      return;
    }
    state.busy = true;
    state.reviewError = null;
    draw();
    try {
      state.note = await app.api('POST', `${API}/${encodeURIComponent(state.note.id)}/return`, { comments });
      state.reviewStatus = `Returned to ${state.note.authorName} for revision.`;
    } catch (e) {
      state.reviewError = e;
    }
    state.busy = false;
    draw();
    focus(container, state.reviewError ? '#review-error' : '#note-title');
  };

  const addenda = () => html`<section class="addenda" id="addenda" aria-labelledby="addenda-title">
    <h2 id="addenda-title">Addenda</h2>
    ${state.note.addenda.length ? html`<ol class="addendum-list" id="addendum-list">${state.note.addenda.map((a) => html`
      <li class="addendum" data-testid="addendum">
        <p class="addendum-head"><strong>${a.authorName}</strong>, <time datetime=${a.at}>${format.dateTime(a.at)}</time></p>
        <p class="addendum-reason"><span class="label">Reason:</span> ${a.reason}</p>
        <p class="addendum-text long-text">${a.text}</p>
      </li>`)}</ol>` : html`<p class="muted" id="no-addenda">No addenda.</p>`}
    ${mine() && state.note.status !== 'DRAFT' ? html`<form id="addendum-form" class="panel" novalidate @submit=${addAddendum}>
      <h3>Add an addendum</h3>
      <p class="hint" id="addendum-hint">For a correction or information that came later. The note itself stays as
        signed; the addendum is kept beside it with your name, the time and the reason.</p>
      <div class="form-row">
        <label for="addendum-reason">Reason</label>
        <input id="addendum-reason" name="reason" type="text" maxlength="500" required aria-describedby="addendum-hint">
      </div>
      <div class="form-row">
        <label for="addendum-text">Addendum</label>
        <textarea id="addendum-text" name="text" rows="4" required></textarea>
      </div>
      ${state.addendumError ? html`<div id="addendum-error" tabindex="-1">${app.problem(state.addendumError)}</div>` : ''}
      <p role="status" id="addendum-status" tabindex="-1" class="status-message">${state.addendumStatus}</p>
      <div class="actions"><button type="submit" class="button" id="addendum-submit" ?disabled=${state.busy}>Add addendum</button></div>
    </form>` : ''}
  </section>`;

  const review = () => html`<section class="panel cosign-review" id="cosign-panel" aria-labelledby="cosign-title">
    <h2 id="cosign-title">Your co-signature</h2>
    <p>${state.note.authorName} signed this note on ${format.dateTime(state.note.signedAt)}; it waits for your co-signature.</p>
    <div class="actions"><button type="button" class="button" id="note-cosign" ?disabled=${state.busy}
      @click=${cosign}>Co-sign</button></div>
    <form id="return-form" novalidate @submit=${giveBack}>
      <div class="form-row">
        <label for="return-comments">Or return it for revision, saying what to change</label>
        <textarea id="return-comments" name="comments" rows="3" required></textarea>
      </div>
      <button type="submit" class="button secondary" id="note-return" ?disabled=${state.busy}>Return for revision</button>
    </form>
    ${state.reviewError ? html`<div id="review-error" tabindex="-1">${app.problem(state.reviewError)}</div>` : ''}
  </section>`;

  const lockedNotice = () => {
    const n = state.note;
    if (n.status === 'DRAFT') {
      return html`<p class="notice" id="note-locked">A draft by ${n.authorName}: only its author can change it.</p>`;
    }
    return html`<p class="notice locked" id="note-locked"><strong>Signed and locked</strong> on
      ${format.dateTime(n.signedAt)}${n.status === 'SIGNED' && n.cosignedAt
        ? `, co-signed by ${n.cosignerName} on ${format.dateTime(n.cosignedAt)}` : ''}.
      It cannot be changed${mine() ? ': add an addendum below for a correction or later information' : ''}.</p>`;
  };

  const draw = () => {
    const n = state.note;
    app.render(html`
      ${breadcrumb(app, engagement, engagementId, n.template.title)}
      <h1 id="note-title" tabindex="-1">${n.template.title} ${statusBadge(app, n)}</h1>
      <p class="note-meta" id="note-meta">${KINDS[n.kind]}${engagement ? ` · ${engagement.clientName}` : ''}
        · written by ${n.authorName} · started ${format.dateTime(n.createdAt)}</p>
      ${n.kind === 'PSYCHOTHERAPY' ? html`<p class="private-notice" id="note-private">${PRIVATE_NOTICE}</p>` : ''}
      <p role="status" id="note-status-message" class="status-message">${state.reviewStatus}</p>
      ${lockedNotice()}
      ${fieldList(app, n.template, n.fields)}
      ${cosigner() ? review() : ''}
      ${addenda()}
      <section class="note-history" aria-labelledby="history-title">
        <h2 id="history-title">History</h2>
        <ol class="note-history-list" id="note-history">${n.history.map((h) => html`<li data-testid="history-entry">
          ${HISTORY[h.action] || h.action} by ${h.byName || 'someone no longer listed'},
          <time datetime=${h.at}>${format.dateTime(h.at)}</time>${h.comment ? html`: <q>${h.comment}</q>` : ''}</li>`)}</ol>
      </section>
      <p><a href="/notes/${n.engagementId}" id="note-back">Back to the clinical record</a></p>`, container);
  };

  draw();
  if (context.justSigned) focus(container, '#note-title');
}

function signedMessage(note) {
  return note.status === 'AWAITING_COSIGNATURE'
    ? `Signed and locked. It now waits for ${note.cosignerName || 'the co-signer'}'s co-signature.`
    : 'Signed and locked.';
}
