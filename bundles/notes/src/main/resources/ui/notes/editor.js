// The editor of a draft: the template's fields (fields.js), Save draft and Sign. A new note
// is created on its first save, and the address then becomes the note's own, so a reload or
// a bookmark finds it. Signing asks first, because it locks the note for good; the server
// refuses a signature while a required field is empty and names the fields, which are then
// marked here.

import { API, KINDS, PRIVATE_NOTICE, breadcrumb, statusBadge, markInvalid, focus } from './common.js';
import { answers, fieldRow, missingRequired, refusedControls } from './fields.js';
import { mountView } from './note-view.js';

/** context: engagement (or null), engagementId, note (null for a new one), template, kind. */
export function mountEditor(container, app, context) {
  const { html, format } = app;
  const { engagement, engagementId, template, kind } = context;
  const state = {
    note: context.note,
    values: { ...(context.note?.fields || {}) },
    dirty: false,
    error: null,
    status: '',
    busy: false,
  };
  const returned = [...(state.note?.history || [])].reverse().find((h) => h.action !== 'CREATED');

  const onInput = (fieldId, value) => {
    state.values[fieldId] = value;
    if (!state.dirty) {
      state.dirty = true;
      state.status = 'Unsaved changes.';
      draw();
    }
  };

  /** Creates the draft or saves its answers; resolves to the note, or throws the server's problem. */
  const save = async () => {
    const fields = answers(template, state.values);
    if (!state.note) {
      state.note = await app.api('POST', API, { engagementId, templateId: template.id, kind, fields });
      if (location.pathname.endsWith('/new')) history.replaceState(null, '', `/notes/${engagementId}/${state.note.id}`);
    } else {
      state.note = await app.api('PUT', `${API}/${encodeURIComponent(state.note.id)}`, { fields });
    }
    state.dirty = false;
    return state.note;
  };

  const fail = (error) => {
    state.error = error;
    state.busy = false;
    state.status = '';
    draw();
    const form = container.querySelector('#note-form');
    if (!markInvalid(form, refusedControls(template, state.values, error.field))) focus(container, '#note-error');
  };

  const saveDraft = async (event) => {
    event.preventDefault();
    if (state.busy) return;
    state.busy = true;
    state.error = null;
    draw();
    try {
      await save();
      state.busy = false;
      state.status = `Draft saved at ${new Date(state.note.updatedAt).toLocaleTimeString(undefined,
        { timeZone: app.practice.timeZone, hour: 'numeric', minute: '2-digit' })}.`;
      draw();
      markInvalid(container.querySelector('#note-form'), []);
    } catch (e) {
      fail(e);
    }
  };

  const sign = async () => {
    if (state.busy) return;
    const missing = missingRequired(template, state.values);
    if (missing.length) {
      fail(Object.assign(new Error(`Fill in before signing: ${missing.map((f) => f.label).join(', ')}.`),
        { field: 'fields' }));
      return;
    }
    state.busy = true;
    state.error = null;
    draw();
    try {
      if (state.dirty || !state.note) await save();
    } catch (e) {
      fail(e);
      return;
    }
    state.busy = false;
    state.status = 'Draft saved.';
    draw();
    const confirmed = await app.confirm({
      id: 'sign-dialog',
      title: 'Sign this note?',
      body: html`<p>Signing locks the note: after that nobody can change it, you included. Corrections and later
        information go in an addendum, with a reason.</p>
        <p class="hint">If your notes need a supervisor's co-signature, it then waits for theirs.</p>`,
      confirm: 'Sign and lock',
      cancel: 'Keep editing',
    });
    if (!confirmed) return;
    state.busy = true;
    draw();
    try {
      const signed = await app.api('POST', `${API}/${encodeURIComponent(state.note.id)}/sign`);
      mountView(container, app, { ...context, note: signed, justSigned: true });
    } catch (e) {
      fail(e);
    }
  };

  // Unsaved text is not lost by a slip: leaving the page, or following a link inside the app,
  // asks first. (The browser's Back button inside the app is not caught.)
  const leaving = (event) => {
    if (!container.isConnected) {
      window.removeEventListener('beforeunload', leaving);
      document.removeEventListener('click', leaving, true);
      return;
    }
    if (!state.dirty) return;
    if (event.type === 'beforeunload') {
      event.preventDefault();
      event.returnValue = '';
      return;
    }
    const link = event.target.closest?.('a[href]');
    if (!link || link.hasAttribute('download') || event.button !== 0) return;
    if (!window.confirm('This note has changes that are not saved. Leave without saving them?')) {
      event.preventDefault();
      event.stopPropagation();
    } else {
      state.dirty = false;
    }
  };
  window.addEventListener('beforeunload', leaving);
  document.addEventListener('click', leaving, true);

  const draw = () => app.render(html`
    ${breadcrumb(app, engagement, engagementId, template.title)}
    <h1 id="note-title" tabindex="-1">${template.title}
      ${state.note ? statusBadge(app, state.note) : html`<span class="badge note-status status-draft"
        data-testid="note-status">New draft</span>`}</h1>
    <p class="note-meta" id="note-meta">${KINDS[kind]}${engagement ? ` · ${engagement.clientName}` : ''}${state.note
      ? ` · started ${format.dateTime(state.note.createdAt)}` : ''}</p>
    ${kind === 'PSYCHOTHERAPY' ? html`<p class="private-notice" id="note-private">${PRIVATE_NOTICE}</p>` : ''}
    ${returned?.action === 'RETURNED' ? html`<div class="warning" id="note-returned">
      <strong>Returned for revision by ${returned.byName}</strong>, ${format.dateTime(returned.at)}${returned.comment
        ? html`: <span class="returned-comments">${returned.comment}</span>` : ''}</div>` : ''}
    ${template.description ? html`<p class="muted template-description">${template.description}</p>` : ''}
    <form id="note-form" class="panel note-form" novalidate @submit=${saveDraft} aria-describedby="note-required-hint">
      <p class="hint" id="note-required-hint">A draft may be saved at any time. Fields marked
        <span class="required-mark">*</span> are needed to sign.</p>
      ${template.fields.map((f) => fieldRow(app, f, state.values[f.id], onInput))}
      ${state.error ? html`<div id="note-error" tabindex="-1">${app.problem(state.error)}</div>` : ''}
      <p role="status" id="note-status-message" class="status-message ${state.dirty ? 'unsaved' : ''}">${state.status}</p>
      <div class="actions">
        <button type="submit" class="button secondary" id="note-save" ?disabled=${state.busy}>Save draft</button>
        <button type="button" class="button" id="note-sign" ?disabled=${state.busy} @click=${sign}>Sign…</button>
      </div>
    </form>`, container);

  draw();
}
