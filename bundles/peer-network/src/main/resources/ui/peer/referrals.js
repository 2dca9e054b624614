// /peer/referrals: referring a client to a peer, always with the client's consent, and answering
// the referrals made to me. The receiving peer sees who refers and why, but not the client, until
// they accept; accepting opens the client's engagement with them (and, with the Termination module,
// records it as the referral in the ending plan of the referring engagement).

import {
  API, sectionNav, settled, treats, myActiveClients, refusal, markInvalid, focus,
} from './common.js';

const STATUS = { PENDING: 'Waiting for an answer', ACCEPTED: 'Accepted', DECLINED: 'Declined' };

function newForm() {
  return { clientId: '', toPractitionerId: '', reason: '', clientConsent: false };
}

export async function renderReferrals(container, app) {
  const { html, format } = app;
  const me = app.user.id;
  const [list, clients, colleagues] = await Promise.all([
    settled(app.api('GET', `${API}/referrals`)),
    myActiveClients(app),
    settled(app.api('GET', '/v1/users/colleagues')),
  ]);
  const peers = (colleagues.value || []).filter((c) => c.id !== me && treats(c))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  const state = { list: list.value || [], loadError: list.error || null, form: newForm(), busy: false, error: null,
    status: '', answering: null, errors: {} };

  const refer = async (event) => {
    event.preventDefault();
    const f = state.form;
    state.busy = true;
    state.error = null;
    state.status = '';
    draw();
    const form = () => container.querySelector('#referral-form');
    try {
      const made = await app.api('POST', `${API}/referrals`, {
        clientId: f.clientId || null, toPractitionerId: f.toPractitionerId || null, reason: f.reason.trim() || null,
        clientConsent: f.clientConsent,
      });
      state.list = [made, ...state.list];
      state.form = newForm();
      state.status = `Referred to ${made.toName}. They see why, and who the client is only once they accept.`;
      state.busy = false;
      draw();
      markInvalid(form(), [], false);
      focus(container, '#referral-status');
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      if (e.status === 422) {
        markInvalid(form(), f.clientConsent ? [] : ['referral-consent'], false);
        focus(container, '#referral-refusal');
      } else {
        const field = { clientId: 'referral-client', toPractitionerId: 'referral-to', reason: 'referral-reason' }[e.field];
        if (!markInvalid(form(), field)) focus(container, '#referral-refusal');
      }
    }
  };

  const answer = async (r, accept) => {
    const yes = await app.confirm(accept ? {
      id: 'accept-referral-dialog',
      title: `Accept the referral from ${r.fromName}?`,
      body: html`<p>You learn who the client is, and an engagement of the client with you opens. ${r.fromName} is told.</p>`,
      confirm: 'Accept the referral',
      cancel: 'Not now',
    } : {
      id: 'decline-referral-dialog',
      title: `Decline the referral from ${r.fromName}?`,
      body: html`<p>${r.fromName} is told, and can refer the client to someone else. You will not learn who the client is.</p>`,
      confirm: 'Decline',
      cancel: 'Not now',
      danger: true,
    });
    if (!yes) return;
    state.answering = r.id;
    delete state.errors[r.id];
    draw();
    try {
      const updated = await app.api('POST', `${API}/referrals/${encodeURIComponent(r.id)}/${accept ? 'accept' : 'decline'}`);
      state.list = state.list.map((x) => (x.id === updated.id ? updated : x));
      state.status = accept ? `Accepted: ${updated.clientName || 'the client'} is your client now.`
        : `Declined: ${r.fromName} is told.`;
      state.answering = null;
      draw();
      focus(container, '#referral-status');
    } catch (e) {
      state.answering = null;
      state.errors[r.id] = e;
      draw();
      focus(container, `#referral-${r.id}-error`);
    }
  };

  const item = (r) => {
    const incoming = r.toPractitionerId === me;
    return html`<li class="peer-item" data-testid="referral" data-referral-id=${r.id} data-status=${r.status}>
      <p class="peer-item-head"><strong>${incoming ? `From ${r.fromName}` : `To ${r.toName}`}</strong>
        <span>${r.clientName ? r.clientName : 'Client shown once you accept'}</span>
        <span class="badge peer-status-${r.status.toLowerCase()}">${STATUS[r.status] || r.status}</span></p>
      <p class="peer-item-meta">${format.dateTime(r.createdAt)}${r.answeredAt ? ` · answered ${format.dateTime(r.answeredAt)}` : ''}</p>
      <p class="peer-item-line"><span class="muted">Why:</span> ${r.reason}</p>
      ${incoming && r.status === 'PENDING' ? html`<div class="actions peer-actions">
        <button type="button" class="button" id="referral-${r.id}-accept" ?disabled=${state.answering === r.id}
          @click=${() => answer(r, true)}>Accept…</button>
        <button type="button" class="button secondary" id="referral-${r.id}-decline" ?disabled=${state.answering === r.id}
          @click=${() => answer(r, false)}>Decline…</button></div>` : ''}
      ${state.errors[r.id] ? refusal(app, state.errors[r.id], `referral-${r.id}-error`) : ''}
    </li>`;
  };

  const draw = () => {
    const f = state.form;
    const toMe = state.list.filter((r) => r.toPractitionerId === me);
    const mine = state.list.filter((r) => r.fromPractitionerId === me);
    app.render(html`
      <h1>Referrals</h1>
      ${sectionNav(app, '/peer/referrals')}
      <p class="peer-lead">Refer a client to a colleague, with the client's consent. The colleague sees who refers and
        why; they learn who the client is only if they accept, and then the client's engagement with them opens.</p>
      <p role="status" id="referral-status" tabindex="-1" class="peer-status">${state.status}</p>
      ${state.loadError ? app.problem(state.loadError) : html`
        <section class="peer-section" aria-labelledby="referrals-to-me-title">
          <h2 id="referrals-to-me-title">Referred to you</h2>
          ${toMe.length ? html`<ul class="peer-list" id="referrals-to-me">${toMe.map(item)}</ul>`
            : html`<p class="muted">Nobody has referred a client to you.</p>`}
        </section>
        <section class="peer-section" aria-labelledby="referrals-mine-title">
          <h2 id="referrals-mine-title">Referred by you</h2>
          ${mine.length ? html`<ul class="peer-list" id="referrals-mine">${mine.map(item)}</ul>`
            : html`<p class="muted">You have not referred a client.</p>`}
        </section>`}
      <form id="referral-form" class="panel peer-form" novalidate @submit=${refer} aria-labelledby="referral-form-title">
        <h2 id="referral-form-title">Refer a client</h2>
        ${clients.error ? app.problem(clients.error) : ''}
        <div class="form-grid">
          <div class="form-row">
            <label for="referral-client">Client</label>
            <select id="referral-client" required aria-describedby="referral-client-help"
              @change=${(e) => { f.clientId = e.target.value; }}>
              <option value="" ?selected=${!f.clientId}>Choose…</option>
              ${clients.list.map((c) => html`<option value=${c.clientId} ?selected=${f.clientId === c.clientId}>${c.name}</option>`)}
            </select>
            <p class="hint" id="referral-client-help">One of your clients in active treatment. Clients who are
              practitioners themselves are never referred through the peer network.</p>
          </div>
          <div class="form-row">
            <label for="referral-to">Refer to</label>
            <select id="referral-to" required @change=${(e) => { f.toPractitionerId = e.target.value; }}>
              <option value="" ?selected=${!f.toPractitionerId}>Choose a colleague…</option>
              ${peers.map((c) => html`<option value=${c.id} ?selected=${f.toPractitionerId === c.id}>${c.displayName}</option>`)}
            </select>
          </div>
        </div>
        <div class="form-row">
          <label for="referral-reason">Why</label>
          <textarea id="referral-reason" rows="3" maxlength="4000" required aria-describedby="referral-reason-help"
            .value=${f.reason} @input=${(e) => { f.reason = e.target.value; }}></textarea>
          <p class="hint" id="referral-reason-help">Read by the colleague before they know who the client is, and even if
            they decline: say what the client needs that they offer, without naming the client.</p>
        </div>
        <div class="form-row inline peer-check">
          <input type="checkbox" id="referral-consent" required .checked=${f.clientConsent}
            aria-describedby="referral-consent-help" @change=${(e) => { f.clientConsent = e.target.checked; }}>
          <label for="referral-consent">The client agreed to this referral</label>
        </div>
        <p class="hint peer-check-help" id="referral-consent-help">Required: ask the client first, and tell them who you
          refer them to.</p>
        ${state.error ? refusal(app, state.error, 'referral-refusal') : ''}
        <button type="submit" class="button" id="referral-submit" ?disabled=${state.busy}>Refer the client</button>
      </form>`, container);
  };

  draw();
}
