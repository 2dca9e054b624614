// /notes/<engagement id>: one engagement's clinical record. Progress notes and psychotherapy
// notes are listed in separate sections, the second marked as private; then the treatment plan
// (plan.js) and the outcome measures with their trend (measures.js); and the export of the
// record as a PDF, which leaves psychotherapy notes and drafts out.

import { API, KINDS, PRIVATE_NOTICE, breadcrumb, statusBadge } from './common.js';
import { mountPlan } from './plan.js';
import { mountMeasures } from './measures.js';

export async function renderRecord(container, app, engagementId) {
  const { html, format } = app;
  const [engagementResult, notesResult, modalitiesResult, disclosuresResult] = await Promise.allSettled([
    app.api('GET', `/v1/engagements/${encodeURIComponent(engagementId)}`),
    app.api('GET', `${API}?engagementId=${encodeURIComponent(engagementId)}`),
    app.api('GET', '/v1/modalities'),
    app.api('GET', `/v1/engagements/${encodeURIComponent(engagementId)}/disclosures`),
  ]);
  if (engagementResult.status === 'rejected' || notesResult.status === 'rejected') {
    const error = engagementResult.status === 'rejected' ? engagementResult.reason : notesResult.reason;
    app.render(html`${breadcrumb(app, null, engagementId)}
      <h1>Clinical record</h1>
      ${app.problem(error)}
      <p><a href="/notes">Choose one of your engagements</a></p>`, container);
    return;
  }
  const engagement = engagementResult.value;
  const notes = notesResult.value;
  const modalities = modalitiesResult.status === 'fulfilled' ? modalitiesResult.value : [];
  const modalityName = engagement.modality
    ? (modalities.find((m) => m.id === engagement.modality)?.name || engagement.modality) : null;
  const active = engagement.status === 'ACTIVE';
  // What the client must be told about the therapist's practice, e.g. supervision (ACA F.5.c).
  const disclosures = disclosuresResult.status === 'fulfilled' ? disclosuresResult.value.statements : [];
  const progress = notes.filter((n) => n.kind === 'PROGRESS');
  const processNotes = notes.filter((n) => n.kind === 'PSYCHOTHERAPY');

  const noteItem = (n) => html`<li data-testid="note-item" data-note-id=${n.id} class="note-item">
    <a href="/notes/${engagementId}/${n.id}" class="note-link">${n.template.title}</a>
    ${statusBadge(app, n)}
    ${n.addenda.length ? html`<span class="badge">${n.addenda.length} ${n.addenda.length === 1 ? 'addendum' : 'addenda'}</span>` : ''}
    <span class="note-item-meta muted">${n.status === 'DRAFT' ? `last saved ${format.dateTime(n.updatedAt)}`
      : `signed ${format.dateTime(n.signedAt)}`}${n.authorId === app.user.id ? '' : ` · by ${n.authorName}`}</span>
  </li>`;

  app.render(html`
    ${breadcrumb(app, engagement, engagementId)}
    <h1 id="record-title">${engagement.clientName}</h1>
    <p class="record-meta" id="record-meta">${modalityName ? html`${modalityName} · ` : ''}${active
      ? `Active since ${format.date(engagement.startedAt)}`
      : `Ended ${format.date(engagement.endedAt)}${engagement.endReason ? `: ${engagement.endReason}` : ''}`}</p>
    ${disclosures.length ? html`<div class="notice" id="record-disclosures">
      <p><strong>The client is told:</strong></p>
      ${disclosures.map((statement) => html`<p data-testid="disclosure">${statement}</p>`)}</div>` : ''}
    ${active ? '' : html`<p class="notice" id="record-ended">This engagement has ended: no new notes, plans or measures.
      Drafts can still be signed, and signed notes amended.</p>`}
    <div class="actions record-actions">
      ${active ? html`<a class="button" href="/notes/${engagementId}/new" id="new-note">New note</a>` : ''}
      <a class="button secondary" id="export-record" download
        href="/api/v1/notes/engagements/${engagementId}/record.pdf">Export record (PDF)</a>
    </div>
    <p class="hint" id="export-hint">The export holds the signed progress notes with their addenda, the treatment plans
      and the outcome measures. It never holds psychotherapy notes, nor drafts.</p>

    <section class="record-section" id="progress-notes" aria-labelledby="progress-title">
      <h2 id="progress-title">Progress notes</h2>
      ${progress.length ? html`<ul class="note-list" id="progress-list">${progress.map(noteItem)}</ul>`
        : html`<p class="muted">No progress notes yet.</p>`}
    </section>

    <section class="record-section private-notes" id="psychotherapy-notes" aria-labelledby="psychotherapy-title"
      aria-describedby="psychotherapy-notice">
      <h2 id="psychotherapy-title">Psychotherapy notes <span class="badge private">Private</span></h2>
      <p class="private-notice" id="psychotherapy-notice">${PRIVATE_NOTICE}</p>
      ${processNotes.length ? html`<ul class="note-list" id="psychotherapy-list">${processNotes.map(noteItem)}</ul>`
        : html`<p class="muted">No psychotherapy notes. Write one with <em>New note</em> and the kind
          “${KINDS.PSYCHOTHERAPY}”.</p>`}
    </section>

    <section class="record-section" id="treatment-plan" aria-labelledby="plan-title"></section>
    <section class="record-section" id="outcome-measures" aria-labelledby="measures-title"></section>`, container);

  await Promise.all([
    mountPlan(container.querySelector('#treatment-plan'), app, engagement),
    mountMeasures(container.querySelector('#outcome-measures'), app, engagement),
  ]);
}
