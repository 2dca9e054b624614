// Clients: the list, registering a client, and a client's record (/clients/<id>) with its
// engagements. Sealed clinician-clients arrive from the API already reduced to their
// pseudonym for everyone but their treating practitioner; this page only says so clearly and,
// for admins, offers break-the-glass with a reason.
import { values, markInvalid } from '../forms.js';

export default async function render(container, app) {
  const id = app.path.split('/')[2];
  return id ? record(container, app, id) : list(container, app);
}

const REGISTERS = ['admin', 'frontdesk', 'therapist', 'intern'];

async function list(container, app) {
  const { html, format } = app;
  const canRegister = format.holds(app.user, ...REGISTERS);
  let clients = [];
  let colleagues = [];
  let filter = '';
  let error = null;
  let formError = null;
  let showForm = false;

  const name = (c) => (c.identityVisible ? c.displayName : c.pseudonym);

  const register = async (event) => {
    event.preventDefault();
    const form = event.target;
    const input = values(form);
    try {
      const created = await app.api('POST', '/v1/clients', {
        displayName: input.displayName,
        dateOfBirth: input.dateOfBirth,
        email: input.email,
        phone: input.phone,
        address: input.address,
        clinicianClient: input.clinicianClient,
        practitionerId: input.clinicianClient ? input.practitionerId : null,
      });
      app.navigate(`/clients/${created.id}`);
    } catch (e) {
      formError = e;
      draw();
      markInvalid(form, e);
    }
  };

  const draw = () => app.render(html`
    <h1>Clients</h1>
    ${error ? app.problem(error) : ''}
    <div class="toolbar">
      <div class="form-row">
        <label for="client-filter">Find a client</label>
        <input id="client-filter" type="search" .value=${filter} @input=${(e) => { filter = e.target.value; draw(); }}>
      </div>
      ${canRegister ? html`<button class="button" id="client-new" type="button" aria-expanded=${showForm ? 'true' : 'false'}
          @click=${() => { showForm = !showForm; draw(); }}>Register a client</button>` : ''}
    </div>
    ${showForm ? html`
    <form class="panel" id="client-form" @submit=${register} novalidate aria-labelledby="client-form-title">
      <h2 id="client-form-title">Register a client</h2>
      <div class="form-grid">
        <div class="form-row"><label for="client-name">Name</label>
          <input id="client-name" name="displayName" required maxlength="200" autocomplete="off"></div>
        <div class="form-row"><label for="client-dob">Date of birth <span class="hint">(optional)</span></label>
          <input id="client-dob" name="dateOfBirth" type="date"></div>
        <div class="form-row"><label for="client-email">Email <span class="hint">(optional)</span></label>
          <input id="client-email" name="email" type="email" autocomplete="off"></div>
        <div class="form-row"><label for="client-phone">Phone <span class="hint">(optional)</span></label>
          <input id="client-phone" name="phone" type="tel" autocomplete="off"></div>
      </div>
      <div class="form-row"><label for="client-address">Address <span class="hint">(optional)</span></label>
        <textarea id="client-address" name="address" maxlength="500"></textarea></div>
      <div class="form-row inline">
        <input id="client-sealed" name="clinicianClient" type="checkbox" @change=${draw}>
        <label for="client-sealed">Clinician-client: this client is a practitioner; seal the record</label>
      </div>
      <p class="hint">A sealed record shows the client's identity only to their treating practitioner;
        everyone else sees the pseudonym.</p>
      ${container.querySelector('#client-sealed')?.checked ? html`
      <div class="form-row"><label for="client-practitioner">Their account in this practice <span class="hint">(if they work here)</span></label>
        <select id="client-practitioner" name="practitionerId">
          <option value="">Not a member of this practice</option>
          ${colleagues.map((c) => html`<option value=${c.id}>${c.displayName}</option>`)}
        </select></div>` : ''}
      ${formError ? app.problem(formError) : ''}
      <button class="button" id="client-create" type="submit">Register</button>
    </form>` : ''}
    <div class="table-scroll">
    <table aria-label="Clients">
      <thead><tr><th scope="col">Client</th><th scope="col">Date of birth</th><th scope="col">Registered</th></tr></thead>
      <tbody>${clients.filter((c) => name(c).toLowerCase().includes(filter.trim().toLowerCase())).map((c) => html`
        <tr data-testid="client-row" data-client-id=${c.id}>
          <td><a href="/clients/${c.id}">${name(c)}</a>${c.clinicianClient ? html`<span class="badge sealed">Sealed</span>` : ''}</td>
          <td>${format.date(c.dateOfBirth)}</td>
          <td>${format.date(c.createdAt)}</td>
        </tr>`)}
      </tbody>
    </table></div>
    ${clients.length === 0 && !error ? html`<p class="muted">No clients to show.</p>` : ''}`, container);

  try {
    [clients, colleagues] = await Promise.all([app.api('GET', '/v1/clients'),
      canRegister ? app.api('GET', '/v1/users/colleagues') : []]);
  } catch (e) {
    error = e;
  }
  draw();
}

async function record(container, app, id) {
  const { html, format } = app;
  let client = null;
  let engagements = [];
  let colleagues = [];
  let modalities = []; // installed modality plugins, by name; the form offers them before free text
  let otherModality = false; // "Other…" chosen: the free-text id field is shown
  let error = null;
  let glassError = null;
  let engagementError = null;
  let competenceWarning = null; // shown once; submitting again with the same choice confirms it
  let warnedFor = null;

  const load = async () => {
    try {
      client = await app.api('GET', `/v1/clients/${encodeURIComponent(id)}`);
      [engagements, colleagues, modalities] = await Promise.all([
        app.api('GET', `/v1/engagements?clientId=${encodeURIComponent(id)}`),
        app.api('GET', '/v1/users/colleagues'),
        // Without the list the form still works with the free-text id.
        app.api('GET', '/v1/modalities').catch(() => [])]);
    } catch (e) {
      error = e;
    }
  };

  const breakGlass = async (event) => {
    event.preventDefault();
    try {
      client = await app.api('POST', `/v1/clients/${encodeURIComponent(id)}/break-glass`,
        { reason: event.target.reason.value });
      glassError = null;
    } catch (e) {
      glassError = e;
    }
    draw();
  };

  const startEngagement = async (event) => {
    event.preventDefault();
    const form = event.target;
    const input = values(form);
    // The select sends an installed plugin's id; "Other…" (an empty value) leaves it to the text field.
    const modality = input.modalityChoice || input.modality || null;
    try {
      const choice = `${input.therapistId}/${modality}`;
      if (warnedFor !== choice) {
        const check = await app.api('GET', `/v1/engagements/competence?therapistId=${encodeURIComponent(input.therapistId || '')}`
          + `&modality=${encodeURIComponent(modality || '')}`);
        if (check.warning) {
          competenceWarning = check.warning;
          warnedFor = choice;
          engagementError = null;
          draw();
          return;
        }
      }
      await app.api('POST', '/v1/engagements', { clientId: id, therapistId: input.therapistId, modality });
      competenceWarning = null;
      warnedFor = null;
      otherModality = false;
      engagementError = null;
      engagements = await app.api('GET', `/v1/engagements?clientId=${encodeURIComponent(id)}`);
      form.reset();
    } catch (e) {
      engagementError = e;
      markInvalid(form, e);
    }
    draw();
  };

  const therapistName = (therapistId) => colleagues.find((c) => c.id === therapistId)?.displayName || '—';
  const draw = () => {
    if (!client) {
      app.render(html`<h1>Client</h1>${app.problem(error)}<p><a href="/clients">All clients</a></p>`, container);
      return;
    }
    const sealedHidden = client.clinicianClient && !client.identityVisible;
    const treating = colleagues.filter((c) => c.roles.includes('therapist') || c.roles.includes('intern'));
    app.render(html`
      <p><a href="/clients">← All clients</a></p>
      <h1 id="client-heading">${client.identityVisible ? client.displayName : client.pseudonym}
        ${client.clinicianClient ? html`<span class="badge sealed">Sealed</span>` : ''}</h1>
      ${client.breakGlass ? html`<p class="warning" role="status" id="break-glass-banner">Emergency access: you are
        reading a sealed record. Every view is recorded in the audit log and flagged for review.</p>` : ''}
      ${sealedHidden ? html`<p class="notice" id="sealed-notice">This is a sealed clinician-client record. Only the
        treating practitioner sees who the client is; you see the pseudonym <strong>${client.pseudonym}</strong>.</p>` : ''}
      <dl class="record">
        ${client.identityVisible ? html`
          <dt>Name</dt><dd id="client-display-name">${client.displayName}</dd>
          <dt>Pseudonym</dt><dd>${client.pseudonym}</dd>
          <dt>Date of birth</dt><dd>${format.date(client.dateOfBirth) || '—'}</dd>
          <dt>Email</dt><dd>${client.email || '—'}</dd>
          <dt>Phone</dt><dd>${client.phone || '—'}</dd>
          <dt>Address</dt><dd>${client.address || '—'}</dd>` : html`
          <dt>Pseudonym</dt><dd>${client.pseudonym}</dd>`}
        <dt>Registered</dt><dd>${format.dateTime(client.createdAt)}</dd>
      </dl>
      ${format.holds(app.user, 'admin') ? html`<p><a id="client-audit-link" href="/audit?clientId=${client.id}">Audit log of this
        client</a></p>` : ''}
      ${sealedHidden && format.holds(app.user, 'admin') ? html`
      <form class="panel" id="break-glass-form" @submit=${breakGlass}>
        <h2>Emergency access (break the glass)</h2>
        <p>Only in an emergency, such as a risk to someone's safety. Your reason, and every view while access
          lasts, is recorded in the audit log and flagged for review.</p>
        <div class="form-row"><label for="break-glass-reason">Reason</label>
          <textarea id="break-glass-reason" name="reason" required minlength="10"></textarea></div>
        ${glassError ? app.problem(glassError) : ''}
        <button class="button danger" id="break-glass" type="submit">Open the sealed record</button>
      </form>` : ''}
      <h2>Engagements</h2>
      ${engagements.length === 0 ? html`<p class="muted">No engagements.</p>` : html`
      <div class="table-scroll"><table aria-label="Engagements of this client">
        <thead><tr><th scope="col">Therapist</th><th scope="col">Modality</th><th scope="col">Status</th>
          <th scope="col">Started</th><th scope="col">Ended</th></tr></thead>
        <tbody>${engagements.map((e) => html`<tr data-testid="engagement-row">
          <td>${therapistName(e.therapistId)}</td><td>${e.modality || '—'}</td><td>${e.status}</td>
          <td>${format.date(e.startedAt)}</td><td>${format.date(e.endedAt)}${e.endReason ? html` — ${e.endReason}` : ''}</td>
        </tr>`)}</tbody></table></div>`}
      ${format.holds(app.user, 'admin', 'frontdesk', 'therapist', 'intern') ? html`
      <form class="panel" id="engagement-form" @submit=${startEngagement} novalidate>
        <h2>Start an engagement</h2>
        <div class="form-grid">
          <div class="form-row"><label for="engagement-therapist">Therapist</label>
            <select id="engagement-therapist" name="therapistId" required>
              ${treating.map((c) => html`<option value=${c.id} ?selected=${c.id === app.user.id}>${c.displayName}</option>`)}
            </select></div>
          ${modalities.length > 0 ? html`
          <div class="form-row"><label for="engagement-modality-select">Modality</label>
            <select id="engagement-modality-select" name="modalityChoice" required
                @change=${(e) => { otherModality = e.target.value === ''; draw(); }}>
              ${modalities.map((m, i) => html`<option value=${m.id} ?selected=${!otherModality && i === 0}>${m.name}</option>`)}
              <option value="" ?selected=${otherModality}>Other…</option>
            </select></div>` : ''}
          ${modalities.length === 0 || otherModality ? html`
          <div class="form-row"><label for="engagement-modality">${modalities.length > 0 ? 'Other modality' : 'Modality'}
              <span class="hint">(its id, such as ${modalities.length > 0 ? 'emdr' : 'cbt'})</span></label>
            <input id="engagement-modality" name="modality" required maxlength="100" autocomplete="off"></div>` : ''}
        </div>
        ${competenceWarning ? html`<p class="warning" role="alert" id="competence-warning">${competenceWarning}
          Start the engagement anyway only if you are sure; it will be flagged in the audit log.</p>` : ''}
        ${engagementError ? app.problem(engagementError) : ''}
        <button class="button" id="engagement-start" type="submit">${competenceWarning ? 'Start anyway' : 'Start engagement'}</button>
      </form>` : ''}`, container);
  };

  await load();
  draw();
}
