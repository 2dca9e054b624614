// Cover during an absence (APA 3.12, 10.09): who looks after a therapist's clients while they
// are away. Therapists and interns name their own cover; admins anyone's; supervisors and
// admins see every current and upcoming absence.

import { API, today, treating, markInvalid, focus } from './common.js';

export async function mountCoverage(host, app, { colleagues }) {
  const { html, format } = app;
  const treats = format.holds(app.user, 'therapist', 'intern');
  const admin = format.holds(app.user, 'admin');
  const everyone = format.holds(app.user, 'supervisor', 'admin');
  const canName = treats || admin;
  const practitioners = treating(colleagues);
  const state = {
    list: [], loadError: null, error: null, status: '', busy: false, covering: [],
    form: { therapistId: treats ? app.user.id : '', coveringTherapistId: '', from: '', to: '' },
  };

  const load = async () => {
    try {
      state.list = await app.api('GET', everyone ? `${API}/coverage`
        : `${API}/coverage?therapistId=${encodeURIComponent(app.user.id)}`);
      state.loadError = null;
    } catch (e) {
      state.loadError = e;
    }
    await loadCovering();
  };

  // The caseloads the signed-in practitioner covers today: core shows them their colleague's
  // active engagements for the days of the absence (read-only, every read audited).
  const loadCovering = async () => {
    const day = today(app.practice.timeZone);
    const now = state.list.filter((c) => c.coveringTherapistId === app.user.id && c.from <= day && day <= c.to);
    state.covering = await Promise.all(now.map(async (c) => {
      try {
        const engagements = await app.api('GET', `/v1/engagements?therapistId=${encodeURIComponent(c.therapistId)}`);
        return { cover: c, engagements: engagements.filter((e) => e.status === 'ACTIVE'), error: null };
      } catch (e) {
        return { cover: c, engagements: [], error: e };
      }
    }));
  };

  const covering = () => (state.covering.length ? html`<section class="termination-covering" id="coverage-caseload"
      aria-labelledby="coverage-caseload-title">
    <h3 id="coverage-caseload-title">Clients you cover now</h3>
    <p class="hint">Read their records if a client needs you; the treating therapist keeps the record and plans any
      ending. Every record you open is in the audit log.</p>
    ${state.covering.map(({ cover, engagements, error }) => html`<h4>For ${cover.therapistName},
      until ${format.date(cover.to)}</h4>
      ${error ? app.problem(error) : engagements.length ? html`<ul class="termination-list">
        ${engagements.map((e) => html`<li data-testid="covered-engagement" data-engagement-id=${e.id}>
          <a href="/notes/${e.id}">${e.clientName}</a></li>`)}</ul>`
        : html`<p class="muted">No active engagements.</p>`}`)}
  </section>` : '');

  const inputFor = (field) => ({ therapistId: 'coverage-therapist', coveringTherapistId: 'coverage-cover',
    from: 'coverage-from', to: 'coverage-to' }[field] || null);

  const submit = async (event) => {
    event.preventDefault();
    const f = state.form;
    state.busy = true;
    state.error = null;
    state.status = '';
    draw();
    try {
      const added = await app.api('POST', `${API}/coverage`, {
        therapistId: f.therapistId || null, coveringTherapistId: f.coveringTherapistId || null,
        from: f.from || null, to: f.to || null,
      });
      state.form = { ...f, coveringTherapistId: '', from: '', to: '' };
      state.status = `${added.coveringTherapistName} covers ${added.therapistId === app.user.id ? 'your' : `${added.therapistName}'s`}`
        + ` clients from ${format.date(added.from)} to ${format.date(added.to)}.`;
      await load();
      state.busy = false;
      draw();
      focus(host, '#coverage-status');
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      if (!markInvalid(host.querySelector('#coverage-form'), inputFor(e.field))) focus(host, '#coverage-error');
    }
  };

  const day = today(app.practice.timeZone);
  const row = (c) => html`<tr data-testid="coverage">
    ${everyone ? html`<td>${c.therapistName}</td>` : ''}
    <td>${c.coveringTherapistName}</td>
    <td>${format.date(c.from)} to ${format.date(c.to)}</td>
    <td>${c.from <= day ? html`<span class="badge termination-now">Now</span>` : 'Upcoming'}</td>
  </tr>`;

  const options = (list, selected, exclude) => list.filter((c) => c.id !== exclude).map((c) => html`<option value=${c.id}
    ?selected=${selected === c.id}>${c.displayName}</option>`);

  const form = () => {
    const f = state.form;
    return html`<form id="coverage-form" class="panel termination-form" novalidate @submit=${submit}
      aria-labelledby="coverage-form-title">
      <h3 id="coverage-form-title">Name a cover for an absence</h3>
      <div class="form-grid">
        ${admin && !treats ? html`<div class="form-row">
          <label for="coverage-therapist">Therapist who is away</label>
          <select id="coverage-therapist" required @change=${(e) => { f.therapistId = e.target.value; draw(); }}>
            <option value="" ?selected=${!f.therapistId}>Choose…</option>
            ${options(practitioners, f.therapistId)}
          </select>
        </div>` : ''}
        <div class="form-row">
          <label for="coverage-cover">Covering colleague</label>
          <select id="coverage-cover" required @change=${(e) => { f.coveringTherapistId = e.target.value; }}>
            <option value="" ?selected=${!f.coveringTherapistId}>Choose…</option>
            ${options(practitioners, f.coveringTherapistId, f.therapistId)}
          </select>
        </div>
        <div class="form-row">
          <label for="coverage-from">First day away</label>
          <input id="coverage-from" type="date" required min=${day} .value=${f.from}
            @input=${(e) => { f.from = e.target.value; }} @change=${(e) => { f.from = e.target.value; }}>
        </div>
        <div class="form-row">
          <label for="coverage-to">Last day away</label>
          <input id="coverage-to" type="date" required min=${f.from || day} .value=${f.to}
            @input=${(e) => { f.to = e.target.value; }} @change=${(e) => { f.to = e.target.value; }}>
        </div>
      </div>
      ${state.error ? html`<div id="coverage-error" tabindex="-1">${app.problem(state.error)}</div>` : ''}
      <button type="submit" class="button" id="coverage-submit" ?disabled=${state.busy}>Name the cover</button>
    </form>`;
  };

  const draw = () => {
    app.render(html`
      <h2 id="coverage-title">Cover during an absence</h2>
      <p class="hint">Before a holiday, leave or training, name a colleague who looks after your clients in a crisis
        and answers them while you are away.</p>
      ${state.loadError ? app.problem(state.loadError) : state.list.length ? html`<div class="table-scroll">
        <table class="termination-table" id="coverage-list">
          <caption class="termination-visually-hidden">Current and upcoming absences</caption>
          <thead><tr>${everyone ? html`<th scope="col">Away</th>` : ''}<th scope="col">Covered by</th>
            <th scope="col">Dates</th><th scope="col">When</th></tr></thead>
          <tbody>${state.list.map(row)}</tbody>
        </table></div>` : html`<p class="muted" id="coverage-none">No current or upcoming absence.</p>`}
      ${covering()}
      <p role="status" id="coverage-status" tabindex="-1" class="termination-status-message">${state.status}</p>
      ${canName ? form() : ''}`, host);
  };

  await load();
  draw();
}
