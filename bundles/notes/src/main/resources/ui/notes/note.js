// One note: /notes/<engagement id>/new starts one (a template, grouped built-in and by
// modality, and the kind), /notes/<engagement id>/<note id> opens one. A draft of the user's own
// opens in the editor (editor.js); anything else read-only, with its addenda (note-view.js).

import { API, KINDS, PRIVATE_NOTICE, breadcrumb, engagementOrNull, markInvalid } from './common.js';
import { mountEditor } from './editor.js';
import { mountView } from './note-view.js';

export async function renderNote(container, app, engagementId, noteId) {
  const [note, engagement] = await Promise.all([
    app.api('GET', `${API}/${encodeURIComponent(noteId)}`).catch((e) => e),
    engagementOrNull(app, engagementId),
  ]);
  if (note instanceof Error) {
    app.render(app.html`${breadcrumb(app, engagement, engagementId, 'Note')}
      <h1>Note</h1>
      ${app.problem(note)}
      <p><a href="/notes/${engagementId}">Back to the clinical record</a></p>`, container);
    return;
  }
  const context = { engagement, engagementId: note.engagementId, note, template: note.template, kind: note.kind };
  if (note.status === 'DRAFT' && note.authorId === app.user.id) mountEditor(container, app, context);
  else mountView(container, app, context);
}

export async function renderNewNote(container, app, engagementId) {
  const { html } = app;
  const [engagement, templates, modalities] = await Promise.all([
    app.api('GET', `/v1/engagements/${encodeURIComponent(engagementId)}`).catch((e) => e),
    app.api('GET', `${API}/templates`).catch((e) => e),
    app.api('GET', '/v1/modalities').catch(() => []),
  ]);
  const failed = [engagement, templates].find((r) => r instanceof Error);
  if (failed || engagement.status !== 'ACTIVE') {
    app.render(html`${breadcrumb(app, failed ? null : engagement, engagementId, 'New note')}
      <h1>New note</h1>
      ${failed ? app.problem(failed) : html`<p class="problem" role="alert">This engagement has ended: no new notes can
        be written in it. Drafts can still be signed, and signed notes amended.</p>`}
      <p><a href="/notes/${engagementId}">Back to the clinical record</a></p>`, container);
    return;
  }

  const groups = templateGroups(templates, modalities, engagement.modality);
  const state = { templateId: '', kind: 'PROGRESS', error: null };
  const chosen = () => templates.find((t) => t.id === state.templateId);

  const start = (event) => {
    event.preventDefault();
    const template = chosen();
    if (!template) {
      state.error = new Error('Choose the template to write the note on.');
      draw();
      markInvalid(container, 'note-template');
      return;
    }
    mountEditor(container, app, { engagement, engagementId, note: null, template, kind: state.kind });
  };

  const kindOption = (kind, id, hint) => html`<div class="kind-option">
    <div class="form-row inline">
      <input type="radio" name="kind" id=${id} value=${kind} .checked=${state.kind === kind}
        aria-describedby="${id}-hint" @change=${() => { state.kind = kind; draw(); }}>
      <label for=${id}>${KINDS[kind]}</label>
    </div>
    <p class="hint" id="${id}-hint">${hint}</p>
  </div>`;

  const draw = () => {
    const template = chosen();
    app.render(html`
      ${breadcrumb(app, engagement, engagementId, 'New note')}
      <h1>New note</h1>
      <form id="new-note-form" class="panel" novalidate @submit=${start}>
        <div class="form-row">
          <label for="note-template">Template</label>
          <select id="note-template" aria-describedby="note-template-help"
            @change=${(e) => { state.templateId = e.target.value; state.error = null; draw(); }}>
            <option value="" ?selected=${!state.templateId}>Choose a template…</option>
            ${groups.map((g) => html`<optgroup label=${g.label}>${g.templates.map((t) => html`
              <option value=${t.id} ?selected=${state.templateId === t.id}>${t.title}</option>`)}</optgroup>`)}
          </select>
          <p class="hint" id="note-template-help">${template ? template.description
            : 'The built-in formats, and those of the modality plugins your practice has installed.'}</p>
        </div>
        <fieldset class="kind-choice">
          <legend>Kind of note</legend>
          ${kindOption('PROGRESS', 'kind-progress', 'Part of the clinical record: included in the record export, and '
            + 'what the client, a payer or a court may see.')}
          ${kindOption('PSYCHOTHERAPY', 'kind-psychotherapy', `${PRIVATE_NOTICE} For your own process notes: `
            + 'impressions, hypotheses, what to explore; not what the record needs.')}
        </fieldset>
        ${state.error ? app.problem(state.error) : ''}
        <div class="actions">
          <button type="submit" class="button" id="note-start">Start writing</button>
          <a class="button secondary" href="/notes/${engagementId}">Cancel</a>
        </div>
      </form>`, container);
  };
  draw();
}

/** Built-in templates first, then the engagement's own modality's, then the other modalities' by name. */
function templateGroups(templates, modalities, engagementModality) {
  const name = (id) => modalities.find((m) => m.id === id)?.name || id.toUpperCase();
  const builtIn = templates.filter((t) => !t.modality);
  const byModality = new Map();
  templates.filter((t) => t.modality).forEach((t) => {
    if (!byModality.has(t.modality)) byModality.set(t.modality, []);
    byModality.get(t.modality).push(t);
  });
  const plugged = [...byModality.entries()].map(([id, list]) => ({ id, label: name(id), templates: list }))
    .sort((a, b) => (a.id === engagementModality ? -1 : b.id === engagementModality ? 1 : a.label.localeCompare(b.label)));
  return [...(builtIn.length ? [{ id: '', label: 'Built-in', templates: builtIn }] : []), ...plugged];
}
