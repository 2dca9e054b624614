// /peer/directory: the practitioners who opted in, narrowed by modality, medium and language.
// Holds no client data; anyone signed in may look.

import { API, MEDIA, sectionNav, settled, knownModalities, modalityName, medium, refusal, focus } from './common.js';

export async function renderDirectory(container, app) {
  const { html } = app;
  const [installed, profile] = await Promise.all([knownModalities(app), settled(app.api('GET', `${API}/profiles/me`))]);
  const state = { filters: { modality: '', medium: '', language: '' }, list: [], error: null, busy: false, loaded: false };

  const load = async () => {
    const f = state.filters;
    const query = new URLSearchParams();
    if (f.modality) query.set('modality', f.modality);
    if (f.medium) query.set('medium', f.medium);
    if (f.language.trim()) query.set('language', f.language.trim());
    try {
      state.list = await app.api('GET', `${API}/directory${query.toString() ? `?${query}` : ''}`);
      state.error = null;
    } catch (e) {
      state.error = e;
    }
    state.loaded = true;
  };

  const search = async (event) => {
    event.preventDefault();
    state.busy = true;
    draw();
    await load();
    state.busy = false;
    draw();
    focus(container, state.error ? '#directory-refusal' : '#directory-count');
  };

  const entry = (p) => html`<li class="peer-item" data-testid="directory-entry" data-practitioner-id=${p.practitionerId}>
    <p class="peer-item-head"><strong>${p.displayName}</strong>
      ${p.acceptsClinicianClients ? html`<span class="badge peer-accepts">Accepts colleagues as clients</span>` : ''}</p>
    <p class="peer-item-meta">${p.modalities.map((m) => modalityName(installed, m)).join(', ') || 'No modality given'}
      · ${[...p.media].map(medium).join(' and ')}${p.languages.length ? ` · ${p.languages.join(', ')}` : ''}</p>
    ${p.competencies.length ? html`<p class="peer-item-line"><span class="muted">Competencies:</span> ${p.competencies.join(', ')}</p>` : ''}
    ${p.bio ? html`<p class="peer-bio">${p.bio}</p>` : ''}
  </li>`;

  const draw = () => {
    const f = state.filters;
    app.render(html`
      <h1>Directory</h1>
      ${sectionNav(app, '/peer/directory')}
      <p class="peer-lead">Practitioners who chose to be listed. ${profile.value && !profile.value.listed
        ? html`<span id="directory-not-listed">You are not listed yourself: <a href="/peer/profile">opt in under My
          profile</a>.</span>` : ''}</p>
      <form id="directory-filters" class="panel peer-form peer-filters" novalidate @submit=${search}
        aria-labelledby="directory-filters-title">
        <h2 id="directory-filters-title" class="peer-visually-hidden">Filters</h2>
        <div class="form-grid">
          <div class="form-row">
            <label for="directory-modality">Modality</label>
            <select id="directory-modality" @change=${(e) => { f.modality = e.target.value; }}>
              <option value="" ?selected=${!f.modality}>Any</option>
              ${installed.map((m) => html`<option value=${m.id} ?selected=${f.modality === m.id}>${m.name}</option>`)}
            </select>
          </div>
          <div class="form-row">
            <label for="directory-medium">Medium</label>
            <select id="directory-medium" @change=${(e) => { f.medium = e.target.value; }}>
              <option value="" ?selected=${!f.medium}>In person or video</option>
              ${Object.entries(MEDIA).map(([v, l]) => html`<option value=${v} ?selected=${f.medium === v}>${l}</option>`)}
            </select>
          </div>
          <div class="form-row">
            <label for="directory-language">Language</label>
            <input id="directory-language" type="text" maxlength="40" .value=${f.language} aria-describedby="directory-language-help"
              @input=${(e) => { f.language = e.target.value; }}>
            <p class="hint" id="directory-language-help">For example: en. Empty for any.</p>
          </div>
        </div>
        <button type="submit" class="button" id="directory-search" ?disabled=${state.busy}>Show practitioners</button>
      </form>
      ${state.error ? refusal(app, state.error, 'directory-refusal') : html`
        <p id="directory-count" tabindex="-1" role="status" class="peer-count">${state.loaded
          ? (state.list.length === 1 ? '1 practitioner' : `${state.list.length} practitioners`) : ''}</p>
        ${state.list.length ? html`<ul class="peer-list" id="directory-list">${state.list.map(entry)}</ul>`
          : html`<p class="muted" id="directory-none">Nobody listed matches.</p>`}`}`, container);
  };

  await load();
  draw();
}
