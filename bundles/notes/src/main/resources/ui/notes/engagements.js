// /notes: the engagements whose record the signed-in practitioner keeps, active ones first;
// ended ones stay readable (and drafts in them can still be signed). For a supervisor, the
// notes of supervisees waiting for their co-signature as well.

import { API } from './common.js';

export async function renderEngagements(container, app) {
  const { html, format } = app;
  const state = { engagements: [], awaiting: [], error: null, filter: '' };

  const [engagements, awaiting] = await Promise.allSettled([
    app.api('GET', `/v1/engagements?therapistId=${encodeURIComponent(app.user.id)}`),
    app.api('GET', `${API}/awaiting-cosignature`),
  ]);
  if (engagements.status === 'fulfilled') state.engagements = engagements.value;
  else state.error = engagements.reason;
  if (awaiting.status === 'fulfilled') state.awaiting = awaiting.value;

  const byName = (a, b) => (a.clientName || '').localeCompare(b.clientName || '');
  const matches = (e) => !state.filter || (e.clientName || '').toLowerCase().includes(state.filter.toLowerCase());
  const active = () => state.engagements.filter((e) => e.status === 'ACTIVE' && matches(e)).sort(byName);
  const ended = () => state.engagements.filter((e) => e.status !== 'ACTIVE' && matches(e))
    .sort((a, b) => Date.parse(b.endedAt || 0) - Date.parse(a.endedAt || 0));

  const item = (e) => html`<li data-testid="engagement" data-engagement-id=${e.id}>
    <a href="/notes/${e.id}" class="engagement-link">${e.clientName}</a>
    <span class="muted">${e.modality ? html` · ${e.modality}` : ''}
      · ${e.status === 'ACTIVE' ? `since ${format.date(e.startedAt)}` : `ended ${format.date(e.endedAt)}`}</span>
  </li>`;

  const draw = () => {
    const a = active();
    const b = ended();
    app.render(html`
      <h1>Notes</h1>
      <p class="notes-lead">Choose a client to read and write their clinical record: notes, treatment plan and outcome measures.</p>
      ${state.error ? app.problem(state.error) : ''}
      ${state.awaiting.length ? html`<section class="panel" aria-labelledby="awaiting-title">
        <h2 id="awaiting-title">Awaiting your co-signature</h2>
        <ul class="note-list">${state.awaiting.map((n) => html`<li data-testid="awaiting-note">
          <a href="/notes/${n.engagementId}/${n.id}">${n.template.title}</a>
          <span class="muted">by ${n.authorName}, signed ${format.dateTime(n.signedAt)}</span></li>`)}</ul>
      </section>` : ''}
      ${state.engagements.length > 8 ? html`<div class="form-row notes-filter">
        <label for="engagement-filter">Find a client</label>
        <input id="engagement-filter" type="search" autocomplete="off" .value=${state.filter}
          @input=${(e) => { state.filter = e.target.value; draw(); }}>
      </div>` : ''}
      <section aria-labelledby="active-title">
        <h2 id="active-title">Active engagements</h2>
        ${a.length ? html`<ul class="engagement-list" id="active-engagements">${a.map(item)}</ul>`
          : html`<p class="muted" id="no-active">${state.engagements.length === 0 && !state.error
            ? 'You have no engagements of your own: notes are written by the client\'s treating practitioner.'
            : 'No active engagement matches.'}</p>`}
      </section>
      ${b.length ? html`<section aria-labelledby="ended-title">
        <h2 id="ended-title">Ended engagements</h2>
        <p class="hint">Their records stay readable; drafts can still be signed and signed notes amended.</p>
        <ul class="engagement-list ended" id="ended-engagements">${b.map(item)}</ul>
      </section>` : ''}`, container);
  };
  draw();
}
