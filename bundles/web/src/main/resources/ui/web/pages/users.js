// Users (admins): the practice's accounts, creating one, and changing roles, details,
// activation or password. The API enforces the rules (password policy, the last admin).
import { values, markInvalid } from '../forms.js';

/** "cbt, EMDR" → ["cbt", "emdr"]; the server checks each id. */
function modalityList(text) {
  return (text || '').split(',').map((m) => m.trim().toLowerCase()).filter(Boolean);
}

export default async function render(container, app) {
  const { html, format } = app;
  let users = [];
  let error = null;
  let createError = null;
  let editing = null;
  let editError = null;
  let showCreate = false;

  const reload = async () => {
    users = await app.api('GET', '/v1/users');
  };

  const roleBoxes = (prefix, selected) => html`<fieldset><legend>Roles</legend>
    ${format.ROLES.map((r) => html`<div class="form-row inline">
      <input type="checkbox" id="${prefix}-role-${r}" name="roles" data-list="true" value=${r} ?checked=${selected.includes(r)}>
      <label for="${prefix}-role-${r}">${format.roleName(r)}</label></div>`)}</fieldset>`;

  const create = async (event) => {
    event.preventDefault();
    const form = event.target;
    const input = values(form);
    try {
      await app.api('POST', '/v1/users', { username: input.username, password: input.password,
        displayName: input.displayName, email: input.email, roles: input.roles, modalities: modalityList(input.modalities),
        licenseNumber: input.licenseNumber });
      createError = null;
      showCreate = false;
      await reload();
    } catch (e) {
      createError = e;
      draw();
      markInvalid(form, e);
      return;
    }
    draw();
  };

  const save = async (event) => {
    event.preventDefault();
    const form = event.target;
    const input = values(form);
    try {
      await app.api('PATCH', `/v1/users/${editing}`, { displayName: input.displayName, email: input.email,
        roles: input.roles, licenseNumber: input.licenseNumber, active: input.active, password: input.password,
        modalities: modalityList(input.modalities) });
      editing = null;
      editError = null;
      await reload();
    } catch (e) {
      editError = e;
      draw();
      markInvalid(form, e);
      return;
    }
    draw();
  };

  const editForm = (u) => html`<tr><td colspan="5">
    <form class="panel" id="user-edit-form" @submit=${save} novalidate>
      <h2>Change ${u.displayName}</h2>
      <div class="form-grid">
        <div class="form-row"><label for="edit-name">Display name</label>
          <input id="edit-name" name="displayName" .value=${u.displayName} required></div>
        <div class="form-row"><label for="edit-email">Email</label>
          <input id="edit-email" name="email" type="email" .value=${u.email || ''}></div>
        <div class="form-row"><label for="edit-license">License number</label>
          <input id="edit-license" name="licenseNumber" .value=${u.licenseNumber || ''}></div>
        <div class="form-row"><label for="edit-modalities">Declared modalities <span class="hint">(ids, comma-separated, such as cbt, emdr)</span></label>
          <input id="edit-modalities" name="modalities" .value=${(u.modalities || []).join(', ')}></div>
        <div class="form-row"><label for="edit-password">New password <span class="hint">(leave empty to keep)</span></label>
          <input id="edit-password" name="password" type="password" autocomplete="new-password"></div>
      </div>
      ${roleBoxes('edit', u.roles)}
      <div class="form-row inline"><input id="edit-active" name="active" type="checkbox" ?checked=${u.active}>
        <label for="edit-active">Active (can sign in)</label></div>
      ${editError ? app.problem(editError) : ''}
      <div class="actions"><button class="button" id="user-save" type="submit">Save</button>
        <button class="button secondary" type="button" @click=${() => { editing = null; draw(); }}>Cancel</button></div>
    </form></td></tr>`;

  const draw = () => app.render(html`
    <h1>Users</h1>
    ${error ? app.problem(error) : ''}
    <div class="toolbar"><button class="button" id="user-new" type="button" aria-expanded=${showCreate ? 'true' : 'false'}
      @click=${() => { showCreate = !showCreate; draw(); }}>Add a user</button></div>
    ${showCreate ? html`
    <form class="panel" id="user-form" @submit=${create} novalidate>
      <h2>Add a user</h2>
      <div class="form-grid">
        <div class="form-row"><label for="user-username">Username</label>
          <input id="user-username" name="username" required autocomplete="off"></div>
        <div class="form-row"><label for="user-display-name">Display name</label>
          <input id="user-display-name" name="displayName" required></div>
        <div class="form-row"><label for="user-email">Email <span class="hint">(optional)</span></label>
          <input id="user-email" name="email" type="email"></div>
        <div class="form-row"><label for="user-license">License number <span class="hint">(optional)</span></label>
          <input id="user-license" name="licenseNumber"></div>
        <div class="form-row"><label for="user-modalities">Declared modalities <span class="hint">(optional: ids such as cbt, emdr)</span></label>
          <input id="user-modalities" name="modalities"></div>
        <div class="form-row"><label for="user-password">Initial password</label>
          <input id="user-password" name="password" type="password" required autocomplete="new-password"></div>
      </div>
      ${roleBoxes('user', [])}
      ${createError ? app.problem(createError) : ''}
      <button class="button" id="user-create" type="submit">Add user</button>
    </form>` : ''}
    <div class="table-scroll"><table aria-label="Users">
      <thead><tr><th scope="col">Name</th><th scope="col">Username</th><th scope="col">Roles</th>
        <th scope="col">Status</th><th scope="col"><span class="muted">Actions</span></th></tr></thead>
      <tbody>${users.map((u) => html`<tr data-testid="user-row" data-username=${u.username}>
          <td>${u.displayName}</td><td>${u.username}</td><td>${format.roleList(u.roles)}</td>
          <td>${u.active ? 'Active' : 'Deactivated'}</td>
          <td><button class="link-button" type="button" @click=${() => { editing = u.id; editError = null; draw(); }}
            aria-label="Change ${u.displayName}">Change…</button></td></tr>
        ${editing === u.id ? editForm(u) : ''}`)}
      </tbody></table></div>`, container);

  try {
    await reload();
  } catch (e) {
    error = e;
  }
  draw();
}
