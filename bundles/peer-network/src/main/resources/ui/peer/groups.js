// /peer/groups: the consultation groups the signed-in practitioner belongs to, and a form to
// create one (its creator convenes it: adds members and records attendance). Each group opens
// at /peer/groups/<id>. Members of your consultation groups are never suggested as your therapist.

import { API, sectionNav, settled, practitioners, plural, refusal, markInvalid, focus } from './common.js';

export async function renderGroups(container, app) {
  const { html, format } = app;
  const [groups, colleagues] = await Promise.all([
    settled(app.api('GET', `${API}/groups`)),
    settled(app.api('GET', '/v1/users/colleagues')),
  ]);
  const people = practitioners(colleagues.value || [], app.user.id);
  const names = new Map((colleagues.value || []).map((c) => [c.id, c.displayName]));
  const state = { list: groups.value || [], loadError: groups.error || null,
    form: { name: '', memberIds: new Set() }, busy: false, error: null, status: '' };

  const create = async (event) => {
    event.preventDefault();
    const f = state.form;
    state.busy = true;
    state.error = null;
    draw();
    try {
      const made = await app.api('POST', `${API}/groups`, { name: f.name.trim() || null, memberIds: [...f.memberIds] });
      state.list = [...state.list, made].sort((a, b) => a.name.localeCompare(b.name));
      state.form = { name: '', memberIds: new Set() };
      state.status = `The group ${made.name} is created; you convene it.`;
      state.busy = false;
      draw();
      markInvalid(container.querySelector('#group-form'), [], false);
      focus(container, '#groups-status');
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      const field = { name: 'group-name', memberIds: 'group-members' }[e.field];
      if (!markInvalid(container.querySelector('#group-form'), field)) focus(container, '#group-refusal');
    }
  };

  const next = (g) => g.meetings.filter((m) => Date.parse(m.startsAt) > Date.now())
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];

  const item = (g) => {
    const upcoming = next(g);
    return html`<li class="peer-item" data-testid="group" data-group-id=${g.id}>
      <p class="peer-item-head"><a href="/peer/groups/${g.id}" data-testid="group-link"><strong>${g.name}</strong></a>
        ${g.convenerId === app.user.id ? html`<span class="badge peer-convener">You convene it</span>` : ''}</p>
      <p class="peer-item-meta">${plural(g.members.length, 'member', 'members')} · convened by ${g.convenerId === app.user.id
        ? 'you' : names.get(g.convenerId) || 'a former colleague'}${upcoming ? ` · next meeting ${format.dateTime(upcoming.startsAt)}` : ''}</p>
    </li>`;
  };

  const draw = () => {
    const f = state.form;
    app.render(html`
      <h1>Consultation groups</h1>
      ${sectionNav(app, '/peer/groups')}
      <p class="peer-lead">Peer consultation groups meet regularly; the convener records who attended and the
        continuing-education hours each member earned. Members of your groups are never suggested to you as a
        therapist.</p>
      <p role="status" id="groups-status" tabindex="-1" class="peer-status">${state.status}</p>
      ${state.loadError ? app.problem(state.loadError) : state.list.length
        ? html`<ul class="peer-list" id="groups-list">${state.list.map(item)}</ul>`
        : html`<p class="muted" id="groups-none">You are in no consultation group.</p>`}
      <form id="group-form" class="panel peer-form" novalidate @submit=${create} aria-labelledby="group-form-title">
        <h2 id="group-form-title">Create a group</h2>
        <div class="form-row">
          <label for="group-name">Name</label>
          <input id="group-name" type="text" required maxlength="200" .value=${f.name}
            @input=${(e) => { f.name = e.target.value; }}>
        </div>
        <fieldset class="peer-choices" id="group-members">
          <legend>Members <span class="hint">(you are one)</span></legend>
          <div class="peer-checklist">${people.map((c) => html`<div class="form-row inline">
            <input type="checkbox" id="group-member-${c.id}" .checked=${f.memberIds.has(c.id)}
              @change=${(e) => (e.target.checked ? f.memberIds.add(c.id) : f.memberIds.delete(c.id))}>
            <label for="group-member-${c.id}">${c.displayName}</label>
          </div>`)}</div>
        </fieldset>
        ${colleagues.error ? app.problem(colleagues.error) : ''}
        ${state.error ? refusal(app, state.error, 'group-refusal') : ''}
        <button type="submit" class="button" id="group-create" ?disabled=${state.busy}>Create the group</button>
      </form>`, container);
  };

  draw();
}
