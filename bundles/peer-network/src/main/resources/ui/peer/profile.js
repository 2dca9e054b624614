// /peer/profile: the practitioner's own directory profile. Nothing is listed until they opt in.
// Below it, the private list of people close to them: whoever treats or treated one of them is
// never suggested to them as a therapist. That list is shown to nobody else, ever.

import {
  API, MEDIA, sectionNav, settled, modalities, practitioners, entries, refusal, markInvalid, focus,
} from './common.js';

const FIELDS = {
  modalities: 'profile-modalities-other', competencies: 'profile-competencies', languages: 'profile-languages',
  media: 'profile-medium-in_person', bio: 'profile-bio', closePersons: 'profile-close',
};

function formOf(profile, installed) {
  const known = new Set(installed.map((m) => m.id));
  return {
    listed: profile.listed,
    modalities: new Set(profile.modalities.filter((m) => known.has(m))),
    otherModalities: profile.modalities.filter((m) => !known.has(m)).join(', '),
    competencies: profile.competencies.join(', '),
    languages: profile.languages.join(', '),
    media: new Set(profile.media),
    acceptsClinicianClients: profile.acceptsClinicianClients,
    openToSamePractice: profile.openToSamePractice,
    bio: profile.bio || '',
    closePersons: new Set(profile.closePersons),
  };
}

export async function renderProfile(container, app) {
  const { html, format } = app;
  const [profile, installed, colleagues] = await Promise.all([
    settled(app.api('GET', `${API}/profiles/me`)),
    modalities(app),
    settled(app.api('GET', '/v1/users/colleagues')),
  ]);
  if (profile.error) {
    return app.render(html`<h1>My peer profile</h1>${sectionNav(app, '/peer/profile')}${app.problem(profile.error)}`,
      container);
  }
  const people = practitioners(colleagues.value || [], app.user.id);
  const state = { saved: profile.value, form: formOf(profile.value, installed), busy: false, error: null, status: '' };

  const save = async (event) => {
    event.preventDefault();
    const f = state.form;
    state.busy = true;
    state.error = null;
    state.status = '';
    draw();
    try {
      state.saved = await app.api('PUT', `${API}/profiles/me`, {
        listed: f.listed,
        modalities: [...f.modalities, ...entries(f.otherModalities)],
        competencies: entries(f.competencies),
        languages: entries(f.languages),
        media: [...f.media],
        acceptsClinicianClients: f.acceptsClinicianClients,
        openToSamePractice: f.openToSamePractice,
        bio: f.bio.trim() || null,
        closePersons: [...f.closePersons],
      });
      state.form = formOf(state.saved, installed);
      state.status = state.saved.listed ? 'Saved. You are listed in the directory.'
        : 'Saved. You are not listed: nobody finds you in the directory.';
      state.busy = false;
      draw();
      markInvalid(container.querySelector('#profile-form'), [], false);
      focus(container, '#profile-status');
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      if (!markInvalid(container.querySelector('#profile-form'), FIELDS[e.field])) focus(container, '#profile-refusal');
    }
  };

  const toggle = (set, value, on) => (on ? set.add(value) : set.delete(value));

  const draw = () => {
    const f = state.form;
    app.render(html`
      <h1>My peer profile</h1>
      ${sectionNav(app, '/peer/profile')}
      <p class="peer-lead">What colleagues see of you in the directory, and what a colleague looking for a therapist is
        matched against. ${state.saved.updatedAt ? `Last saved ${format.dateTime(state.saved.updatedAt)}.` : 'Not saved yet.'}</p>
      <p role="status" id="profile-status" tabindex="-1" class="peer-status">${state.status}</p>
      <form id="profile-form" class="panel peer-form" novalidate @submit=${save} aria-labelledby="profile-form-title">
        <h2 id="profile-form-title">Directory profile</h2>
        <div class="form-row inline peer-check">
          <input type="checkbox" id="profile-listed" .checked=${f.listed} aria-describedby="profile-listed-help"
            @change=${(e) => { f.listed = e.target.checked; }}>
          <label for="profile-listed">List me in the directory</label>
        </div>
        <p class="hint peer-check-help" id="profile-listed-help">Opt in. While you are not listed, nobody sees your
          profile and you are never suggested to a colleague looking for a therapist.</p>

        <fieldset class="peer-choices" aria-describedby="profile-modalities-help">
          <legend>Modalities you offer</legend>
          ${installed.map((m) => html`<div class="form-row inline">
            <input type="checkbox" id="profile-modality-${m.id}" .checked=${f.modalities.has(m.id)}
              @change=${(e) => toggle(f.modalities, m.id, e.target.checked)}>
            <label for="profile-modality-${m.id}">${m.name}</label>
          </div>`)}
          <div class="form-row">
            <label for="profile-modalities-other">${installed.length ? 'Other modalities' : 'Modalities'} <span class="hint">(optional, separated by commas)</span></label>
            <input id="profile-modalities-other" type="text" maxlength="600" .value=${f.otherModalities}
              @input=${(e) => { f.otherModalities = e.target.value; }}>
          </div>
          <p class="hint" id="profile-modalities-help">In the short words colleagues will look for, for example cbt, emdr,
            schema. A colleague looking for a therapist chooses among the modalities offered here.</p>
        </fieldset>

        <div class="form-row">
          <label for="profile-competencies">Competencies <span class="hint">(separated by commas)</span></label>
          <input id="profile-competencies" type="text" maxlength="1800" .value=${f.competencies}
            aria-describedby="profile-competencies-help" @input=${(e) => { f.competencies = e.target.value; }}>
          <p class="hint" id="profile-competencies-help">For example: trauma, couples, grief, burnout.</p>
        </div>
        <div class="form-row">
          <label for="profile-languages">Languages you work in <span class="hint">(separated by commas)</span></label>
          <input id="profile-languages" type="text" maxlength="600" .value=${f.languages}
            aria-describedby="profile-languages-help" @input=${(e) => { f.languages = e.target.value; }}>
          <p class="hint" id="profile-languages-help">For example: en, de, spanish. Matched as you write them.</p>
        </div>
        <fieldset class="peer-choices">
          <legend>How you see clients</legend>
          ${Object.entries(MEDIA).map(([value, label]) => html`<div class="form-row inline">
            <input type="checkbox" id="profile-medium-${value.toLowerCase()}" .checked=${f.media.has(value)}
              @change=${(e) => toggle(f.media, value, e.target.checked)}>
            <label for="profile-medium-${value.toLowerCase()}">${label}</label>
          </div>`)}
          <p class="hint">A listed profile needs at least one.</p>
        </fieldset>
        <div class="form-row inline peer-check">
          <input type="checkbox" id="profile-clinician-clients" .checked=${f.acceptsClinicianClients}
            aria-describedby="profile-clinician-clients-help" @change=${(e) => { f.acceptsClinicianClients = e.target.checked; }}>
          <label for="profile-clinician-clients">I accept colleagues as clients</label>
        </div>
        <p class="hint peer-check-help" id="profile-clinician-clients-help">Only then can a colleague looking for a
          therapist be matched with you. Their record with you is sealed: only you see who they are.</p>
        <div class="form-row inline peer-check">
          <input type="checkbox" id="profile-same-practice" .checked=${f.openToSamePractice}
            aria-describedby="profile-same-practice-help" @change=${(e) => { f.openToSamePractice = e.target.checked; }}>
          <label for="profile-same-practice">I am open to treating, or being treated by, a colleague of this practice</label>
        </div>
        <p class="hint peer-check-help" id="profile-same-practice-help">Colleagues of the same practice are matched
          only when both of you say so.</p>
        <div class="form-row">
          <label for="profile-bio">Short bio <span class="hint">(optional, public)</span></label>
          <textarea id="profile-bio" rows="4" maxlength="2000" aria-describedby="profile-bio-help" .value=${f.bio}
            @input=${(e) => { f.bio = e.target.value; }}></textarea>
          <p class="hint" id="profile-bio-help">Seen by every colleague while you are listed. Not clinical.</p>
        </div>

        <fieldset class="peer-choices peer-private" id="profile-close" aria-describedby="profile-close-help">
          <legend>People close to me <span class="badge peer-private-badge">Private</span></legend>
          <p class="hint" id="profile-close-help">Your partner, family or friends among the colleagues here. Whoever
            treats or treated one of them is never suggested to you as a therapist. This list is never shown to anyone,
            not even to them, and nobody is told why someone was left out.</p>
          ${people.length ? html`<div class="peer-checklist">${people.map((c) => html`<div class="form-row inline">
            <input type="checkbox" id="profile-close-${c.id}" .checked=${f.closePersons.has(c.id)}
              @change=${(e) => toggle(f.closePersons, c.id, e.target.checked)}>
            <label for="profile-close-${c.id}">${c.displayName}</label>
          </div>`)}</div>` : html`<p class="muted">No colleague to name.</p>`}
          ${colleagues.error ? app.problem(colleagues.error) : ''}
        </fieldset>

        ${state.error ? refusal(app, state.error, 'profile-refusal') : ''}
        <button type="submit" class="button" id="profile-save" ?disabled=${state.busy}>Save my profile</button>
      </form>`, container);
  };

  draw();
}
