// /peer/consultations: asking peers, or a consultation group, about a case, de-identified
// (APA 4.06). The client is picked from the practitioner's own active engagements and is never
// shown to the peers. A question or summary that identifies the client is refused (422) with every
// kind of identifier found listed; the form keeps everything typed so it can be edited and sent
// again. Below: the consultations I asked and those addressed to me, each opening its thread.

import {
  API, sectionNav, settled, practitioners, myActiveClients, plural, refusal, markInvalid, focus,
} from './common.js';

function newForm() {
  return { clientId: '', question: '', caseSummary: '', peerIds: new Set(), groupId: '', clientConsent: false };
}

const FIELDS = { clientId: 'consult-client', question: 'consult-question', caseSummary: 'consult-summary',
  peerIds: 'consult-peers', groupId: 'consult-group' };

export async function renderConsultations(container, app) {
  const { html, format } = app;
  const [list, clients, colleagues, groups] = await Promise.all([
    settled(app.api('GET', `${API}/consultations`)),
    myActiveClients(app),
    settled(app.api('GET', '/v1/users/colleagues')),
    settled(app.api('GET', `${API}/groups`)),
  ]);
  const peers = practitioners(colleagues.value || [], app.user.id);
  const names = new Map((colleagues.value || []).map((c) => [c.id, c.displayName]));
  const groupNames = new Map((groups.value || []).map((g) => [g.id, g.name]));
  const state = {
    list: list.value || [], loadError: list.error || null,
    form: newForm(), busy: false, error: null, status: '',
  };

  const send = async (event) => {
    event.preventDefault();
    const f = state.form;
    state.busy = true;
    state.error = null;
    state.status = '';
    draw();
    const form = () => container.querySelector('#consult-form');
    try {
      const made = await app.api('POST', `${API}/consultations`, {
        clientId: f.clientId || null, question: f.question.trim() || null, caseSummary: f.caseSummary.trim() || null,
        peerIds: [...f.peerIds], groupId: f.groupId || null, clientConsent: f.clientConsent,
      });
      state.list = [made, ...state.list];
      state.form = newForm();
      state.status = 'Sent. The peers you chose are told in the app, without the client.';
      state.busy = false;
      draw();
      markInvalid(form(), [], false);
      focus(container, '#consult-status');
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      if (e.status === 422) {
        // What was found may be in the question or the summary: both are marked, the list read out.
        markInvalid(form(), f.caseSummary.trim() ? ['consult-summary', 'consult-question'] : ['consult-question'], false);
        focus(container, '#consult-refusal');
      } else if (!markInvalid(form(), FIELDS[e.field])) {
        focus(container, '#consult-refusal');
      }
    }
  };

  const addressed = (c) => [
    ...c.peerIds.filter((id) => id !== app.user.id).map((id) => names.get(id) || 'a colleague'),
    ...(c.groupId ? [`the group ${groupNames.get(c.groupId) || ''}`.trim()] : []),
  ].join(', ');

  const item = (c) => {
    const mine = c.authorId === app.user.id;
    return html`<li class="peer-item" data-testid="consultation" data-consultation-id=${c.id}>
      <p class="peer-item-head"><a href="/peer/consultations/${c.id}" data-testid="consultation-link">${c.question}</a></p>
      <p class="peer-item-meta">${mine ? `To ${addressed(c) || 'nobody else'}` : `From ${c.authorName}`}
        · ${format.dateTime(c.createdAt)} · ${plural(c.replies.length, 'reply', 'replies')}</p>
    </li>`;
  };

  const formView = () => {
    const f = state.form;
    const myGroups = groups.value || [];
    return html`<form id="consult-form" class="panel peer-form" novalidate @submit=${send} aria-labelledby="consult-form-title">
      <h2 id="consult-form-title">Ask for consultation</h2>
      <p class="hint">Share only what the consultation needs. The client's name, date of birth, email, phone and address
        from their record, and any email address, phone number or full date, are refused unless the client consented.</p>
      ${clients.error ? app.problem(clients.error) : ''}
      <div class="form-row">
        <label for="consult-client">Client</label>
        <select id="consult-client" required aria-describedby="consult-client-help"
          @change=${(e) => { f.clientId = e.target.value; }}>
          <option value="" ?selected=${!f.clientId}>Choose…</option>
          ${clients.list.map((c) => html`<option value=${c.clientId} ?selected=${f.clientId === c.clientId}>${c.name}</option>`)}
        </select>
        <p class="hint" id="consult-client-help">One of your clients in active treatment. Never shown to the peers: it is
          used to check the text for what would identify them. Clients who are practitioners themselves are not offered;
          their case is never shared here.</p>
      </div>
      <div class="form-row">
        <label for="consult-question">Your question</label>
        <textarea id="consult-question" rows="3" maxlength="4000" required .value=${f.question}
          @input=${(e) => { f.question = e.target.value; }}></textarea>
      </div>
      <div class="form-row">
        <label for="consult-summary">Case summary <span class="hint">(de-identified)</span></label>
        <textarea id="consult-summary" rows="6" maxlength="20000" aria-describedby="consult-summary-help" .value=${f.caseSummary}
          @input=${(e) => { f.caseSummary = e.target.value; }}></textarea>
        <p class="hint" id="consult-summary-help">Age range, presenting problem, what was tried. Write “the client”, not
          their name; a year or “spring 2024” rather than a date.</p>
      </div>
      <fieldset class="peer-choices" id="consult-peers" aria-describedby="consult-peers-help">
        <legend>Peers to ask</legend>
        <div class="peer-checklist">${peers.map((c) => html`<div class="form-row inline">
          <input type="checkbox" id="consult-peer-${c.id}" .checked=${f.peerIds.has(c.id)}
            @change=${(e) => (e.target.checked ? f.peerIds.add(c.id) : f.peerIds.delete(c.id))}>
          <label for="consult-peer-${c.id}">${c.displayName}</label>
        </div>`)}</div>
        <p class="hint" id="consult-peers-help">Choose peers, a group, or both.</p>
      </fieldset>
      <div class="form-row">
        <label for="consult-group">Consultation group <span class="hint">(optional)</span></label>
        <select id="consult-group" @change=${(e) => { f.groupId = e.target.value; }}>
          <option value="" ?selected=${!f.groupId}>No group</option>
          ${myGroups.map((g) => html`<option value=${g.id} ?selected=${f.groupId === g.id}>${g.name}</option>`)}
        </select>
      </div>
      <div class="form-row inline peer-check">
        <input type="checkbox" id="consult-consent" .checked=${f.clientConsent} aria-describedby="consult-consent-help"
          @change=${(e) => { f.clientConsent = e.target.checked; }}>
        <label for="consult-consent">The client consented to sharing identifying details with these peers</label>
      </div>
      <p class="hint peer-check-help" id="consult-consent-help">Leave it unticked for a de-identified consultation. Tick
        it only when the client agreed: identifying details then go through, and the audit log flags the consultation
        with what was shared.</p>
      ${state.error ? refusal(app, state.error, 'consult-refusal') : ''}
      <button type="submit" class="button" id="consult-send" ?disabled=${state.busy}>Send the consultation</button>
    </form>`;
  };

  const draw = () => {
    const mine = state.list.filter((c) => c.authorId === app.user.id);
    const toMe = state.list.filter((c) => c.authorId !== app.user.id);
    app.render(html`
      <h1>Consultations</h1>
      ${sectionNav(app, '/peer/consultations')}
      <p class="peer-lead">Ask colleagues about a case without telling them who the client is. Replies thread under the
        question; every reading of a consultation is in the audit log.</p>
      ${colleagues.error ? app.problem(colleagues.error) : ''}
      ${formView()}
      <p role="status" id="consult-status" tabindex="-1" class="peer-status">${state.status}</p>
      ${state.loadError ? app.problem(state.loadError) : html`
        <section class="peer-section" aria-labelledby="consult-to-me-title">
          <h2 id="consult-to-me-title">Addressed to you</h2>
          ${toMe.length ? html`<ul class="peer-list" id="consultations-to-me">${toMe.map(item)}</ul>`
            : html`<p class="muted">No colleague has asked you.</p>`}
        </section>
        <section class="peer-section" aria-labelledby="consult-mine-title">
          <h2 id="consult-mine-title">Asked by you</h2>
          ${mine.length ? html`<ul class="peer-list" id="consultations-mine">${mine.map(item)}</ul>`
            : html`<p class="muted">You have not asked for consultation.</p>`}
        </section>`}`, container);
  };

  draw();
}
