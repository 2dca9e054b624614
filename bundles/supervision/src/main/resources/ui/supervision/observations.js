// Live observation (seed: "request another professional to observe a session"): a therapist or
// intern asks a supervisor to observe one of their upcoming client sessions, once the client has
// consented; the supervisor accepts (the session joins their calendar) or declines, and after the
// session has begun records what they observed and any intervention. The upcoming sessions come
// from the Scheduling module, as the Calendar shows them; without it no session can be picked.

import {
  API, OBSERVATION_MODES, OBSERVATION_STATUSES, observationMode, withRole, refusal, markInvalid, focus,
} from './common.js';

const APPOINTMENTS = '/v1/scheduling/appointments';
/** How far ahead the form offers sessions to be observed. */
const DAYS_AHEAD = 60;

/** The element id of a mode's radio button: "observation-mode-may-intervene". */
function modeInput(value) {
  return `observation-mode-${value.toLowerCase().replace(/_/g, '-')}`;
}

function newForm() {
  return { appointmentId: '', observerId: '', mode: 'OBSERVE', clientConsent: false };
}

export async function mountObservations(host, app, shared) {
  const { html, format } = app;
  const treats = format.holds(app.user, 'therapist', 'intern');
  const state = {
    list: [], loadError: null,
    sessions: { available: true, list: [], error: null },
    form: newForm(), error: null, busy: false, status: '',
    records: {}, answering: null, errors: {},
  };

  const load = async () => {
    try {
      state.list = await app.api('GET', `${API}/observations`);
      state.loadError = null;
    } catch (e) {
      state.loadError = e;
    }
  };

  /** The signed-in practitioner's booked client sessions still to come. */
  const loadSessions = async () => {
    const now = new Date();
    const query = new URLSearchParams({
      therapistId: app.user.id, from: now.toISOString(),
      to: new Date(now.getTime() + DAYS_AHEAD * 86400000).toISOString(),
    });
    try {
      const all = await app.api('GET', `${APPOINTMENTS}?${query}`);
      state.sessions = {
        available: true,
        list: all.filter((a) => a.clientId && a.status === 'BOOKED' && Date.parse(a.start) > Date.now())
          .sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
        error: null,
      };
    } catch (e) {
      state.sessions = e.status === 404 ? { available: false, list: [], error: null } : { available: true, list: [], error: e };
    }
  };

  const inputFor = (field) => ({ appointmentId: 'observation-session', observerId: 'observation-observer',
    mode: 'observation-mode-observe' }[field] || null);

  const request = async (event) => {
    event.preventDefault();
    const f = state.form;
    state.busy = true;
    state.error = null;
    state.status = '';
    draw();
    try {
      const made = await app.api('POST', `${API}/observations`, {
        appointmentId: f.appointmentId || null, observerId: f.observerId || null, mode: f.mode || null,
        clientConsent: f.clientConsent,
      });
      state.form = newForm();
      markInvalid(host.querySelector('#observation-form'), []);
      state.status = `${made.observerName} is asked to observe the session on ${format.dateTime(made.start)}`
        + ` (${observationMode(made.mode).label}). You will be told of the answer.`;
      await load();
      state.busy = false;
      draw();
      focus(host, '#observation-status');
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      const form = host.querySelector('#observation-form');
      if (e.status === 422) {
        markInvalid(form, f.clientConsent ? [] : ['observation-consent']);
        focus(host, '#observation-refusal');
      } else if (!markInvalid(form, inputFor(e.field))) {
        focus(host, '#observation-refusal');
      }
    }
  };

  const replace = (updated) => {
    state.list = state.list.map((o) => (o.id === updated.id ? updated : o));
  };

  const answer = async (o, accept) => {
    state.answering = o.id;
    delete state.errors[o.id];
    draw();
    try {
      replace(await app.api('POST', `${API}/observations/${encodeURIComponent(o.id)}/${accept ? 'accept' : 'decline'}`));
      state.status = accept ? `Accepted: you observe ${o.requesterName}'s session on ${format.dateTime(o.start)}; it is in`
        + ' your calendar.' : `Declined: ${o.requesterName} is told.`;
      state.answering = null;
      draw();
      focus(host, '#observation-status');
    } catch (e) {
      state.answering = null;
      state.errors[o.id] = e;
      draw();
      focus(host, `#observation-${o.id}-error`);
    }
  };

  const record = async (event, o) => {
    event.preventDefault();
    const r = state.records[o.id] || (state.records[o.id] = { observations: '', intervention: '' });
    if (!r.observations.trim()) {
      state.errors[o.id] = new Error('Write what you observed.');
      draw();
      markInvalid(host.querySelector(`#observation-${o.id}-form`), `observation-${o.id}-seen`);
      return;
    }
    state.answering = o.id;
    delete state.errors[o.id];
    draw();
    try {
      replace(await app.api('POST', `${API}/observations/${encodeURIComponent(o.id)}/record`, {
        observations: r.observations.trim(), intervention: r.intervention.trim() || null,
      }));
      delete state.records[o.id];
      state.status = `Your observation of ${o.requesterName}'s session is recorded; ${o.requesterName} can read it.`;
      state.answering = null;
      draw();
      focus(host, '#observation-status');
    } catch (e) {
      state.answering = null;
      state.errors[o.id] = e;
      draw();
      const field = { observations: `observation-${o.id}-seen`, intervention: `observation-${o.id}-intervention` }[e.field];
      if (!markInvalid(host.querySelector(`#observation-${o.id}-form`), field)) focus(host, `#observation-${o.id}-error`);
    }
  };

  const recordForm = (o) => {
    const r = state.records[o.id] || (state.records[o.id] = { observations: '', intervention: '' });
    return html`<form class="supervision-inline-form" id="observation-${o.id}-form" novalidate @submit=${(e) => record(e, o)}>
      <div class="form-row">
        <label for="observation-${o.id}-seen">What you observed</label>
        <textarea id="observation-${o.id}-seen" rows="4" maxlength="10000" required .value=${r.observations}
          aria-describedby="observation-${o.id}-seen-help" @input=${(e) => { r.observations = e.target.value; }}></textarea>
        <p class="hint" id="observation-${o.id}-seen-help">Clinical: read by ${o.requesterName} and you only.</p>
      </div>
      ${o.mode === 'MAY_INTERVENE' ? html`<div class="form-row">
        <label for="observation-${o.id}-intervention">Your intervention <span class="hint">(if you stepped in)</span></label>
        <textarea id="observation-${o.id}-intervention" rows="3" maxlength="10000" .value=${r.intervention}
          @input=${(e) => { r.intervention = e.target.value; }}></textarea>
      </div>` : ''}
      <button type="submit" class="button" id="observation-${o.id}-record" ?disabled=${state.answering === o.id}>Record the
        observation</button>
    </form>`;
  };

  const item = (o) => {
    const asked = o.observerId === app.user.id;
    const begun = Date.parse(o.start) <= Date.now();
    const busy = state.answering === o.id;
    return html`<li class="supervision-item" data-testid="observation" data-observation-id=${o.id} data-status=${o.status}>
      <p class="supervision-item-head">
        <strong>${format.dateTime(o.start)}</strong>
        <span>${asked ? `${o.requesterName}'s session` : `Observed by ${o.observerName}`}</span>
        <span class="badge supervision-observation-${o.status.toLowerCase()}">${OBSERVATION_STATUSES[o.status] || o.status}</span>
      </p>
      <p class="supervision-item-meta">${observationMode(o.mode).label} · the client's consent recorded
        ${format.dateTime(o.consentRecordedAt)}</p>
      ${o.observations ? html`<div class="supervision-observed">
        <p><span class="muted">Observed:</span> ${o.observations}</p>
        ${o.intervention ? html`<p><span class="muted">Intervention:</span> ${o.intervention}</p>` : ''}
      </div>` : ''}
      ${asked && o.status === 'REQUESTED' ? html`<div class="actions supervision-actions">
        <button type="button" class="button" id="observation-${o.id}-accept" ?disabled=${busy}
          @click=${() => answer(o, true)}>Accept</button>
        <button type="button" class="button secondary" id="observation-${o.id}-decline" ?disabled=${busy}
          @click=${() => answer(o, false)}>Decline</button>
      </div>` : ''}
      ${asked && o.status === 'ACCEPTED' ? (begun ? recordForm(o)
        : html`<p class="hint">Once the session has begun, record what you observed here.</p>`) : ''}
      ${state.errors[o.id] ? refusal(app, state.errors[o.id], `observation-${o.id}-error`) : ''}
    </li>`;
  };

  const form = () => {
    const f = state.form;
    const s = state.sessions;
    if (!s.available) {
      return html`<p class="notice" id="observation-no-scheduling">The Scheduling module is not installed, so there is no
        session to pick. Ask your admin to enable it to request observations.</p>`;
    }
    const observers = withRole(shared.colleagues, 'supervisor').filter((c) => c.id !== app.user.id);
    return html`<form id="observation-form" class="panel supervision-form" novalidate aria-labelledby="observation-form-title"
        @submit=${request}>
      <h3 id="observation-form-title">Ask a supervisor to observe a session</h3>
      ${s.error ? app.problem(s.error) : ''}
      <div class="form-grid">
        <div class="form-row">
          <label for="observation-session">Session</label>
          <select id="observation-session" required aria-describedby="observation-session-help"
            @change=${(e) => { f.appointmentId = e.target.value; }}>
            <option value="" ?selected=${!f.appointmentId}>Choose…</option>
            ${s.list.map((a) => html`<option value=${a.id} ?selected=${f.appointmentId === a.id}>${
              format.dateTime(a.start)} · ${a.clientName || 'Client'}</option>`)}
          </select>
          <p class="hint" id="observation-session-help">${s.list.length ? `Your booked client sessions in the next`
            + ` ${DAYS_AHEAD} days.` : `You have no booked client session in the next ${DAYS_AHEAD} days.`}</p>
        </div>
        <div class="form-row">
          <label for="observation-observer">Observer</label>
          <select id="observation-observer" required @change=${(e) => { f.observerId = e.target.value; }}>
            <option value="" ?selected=${!f.observerId}>Choose a supervisor…</option>
            ${observers.map((c) => html`<option value=${c.id} ?selected=${f.observerId === c.id}>${c.displayName}</option>`)}
          </select>
        </div>
      </div>
      <fieldset class="supervision-choices">
        <legend>How the supervisor takes part</legend>
        ${OBSERVATION_MODES.map((m) => html`<div class="form-row inline supervision-choice">
          <input type="radio" name="observation-mode" id=${modeInput(m.value)} value=${m.value} .checked=${f.mode === m.value}
            aria-describedby="${modeInput(m.value)}-help" @change=${() => { f.mode = m.value; }}>
          <label for=${modeInput(m.value)}>${m.label}</label>
          <p class="hint" id="${modeInput(m.value)}-help">${m.text}</p>
        </div>`)}
      </fieldset>
      <div class="form-row inline supervision-check">
        <input type="checkbox" id="observation-consent" required .checked=${f.clientConsent}
          aria-describedby="observation-consent-help" @change=${(e) => { f.clientConsent = e.target.checked; }}>
        <label for="observation-consent">The client has consented to being observed</label>
      </div>
      <p class="hint supervision-check-help" id="observation-consent-help">Required: ask the client first, and tell them who
        will observe and how. The request is refused until their consent is recorded.</p>
      ${state.error ? refusal(app, state.error, 'observation-refusal') : ''}
      <button type="submit" class="button" id="observation-submit" ?disabled=${state.busy}>Ask to observe</button>
    </form>`;
  };

  const draw = () => {
    const incoming = state.list.filter((o) => o.observerId === app.user.id);
    const mine = state.list.filter((o) => o.requesterId === app.user.id);
    app.render(html`
      <h2 id="observations-title">Observed sessions</h2>
      <p class="hint">A supervisor observes a session live, may step in, or reviews a recording, always with the client's
        consent. An accepted observation is in the observer's calendar.</p>
      <p role="status" id="observation-status" tabindex="-1" class="supervision-status-message supervision-done">${
        state.status}</p>
      ${state.loadError ? app.problem(state.loadError) : html`
        ${incoming.length || !treats ? html`<h3 id="observations-incoming-title">Asked of you</h3>
          ${incoming.length ? html`<ul class="supervision-list" id="observations-incoming">${incoming.map(item)}</ul>`
            : html`<p class="muted" id="observations-incoming-none">Nobody has asked you to observe a session.</p>`}` : ''}
        ${treats ? html`<h3 id="observations-mine-title">Your requests</h3>
          ${mine.length ? html`<ul class="supervision-list" id="observations-mine">${mine.map(item)}</ul>`
            : html`<p class="muted" id="observations-mine-none">You have not asked anyone to observe a session.</p>`}` : ''}`}
      ${treats ? form() : ''}`, host);
  };

  await Promise.all([load(), treats ? loadSessions() : Promise.resolve()]);
  draw();
}
