// /peer/requests: colleagues' confidential requests for a therapist, asked of the signed-in
// practitioner. Before accepting they see only what the colleague is looking for (modality,
// medium, language) and when they were asked; accepting reveals who asked and makes them a client
// with a sealed record; declining tells the colleague only "declined".

import { API, sectionNav, settled, modalities, modalityName, medium, refusal, focus } from './common.js';

const STATUS = { ASKED: 'Waiting for your answer', ACCEPTED: 'You accepted', DECLINED: 'You declined' };

export async function renderRequests(container, app) {
  const { html, format } = app;
  const [installed, incoming] = await Promise.all([modalities(app), settled(app.api('GET', `${API}/therapist-requests/incoming`))]);
  const state = { list: incoming.value || [], loadError: incoming.error || null, answering: null, errors: {}, status: '' };

  const looking = (r) => `${modalityName(installed, r.modality)}, ${medium(r.medium).toLowerCase()}${
    r.language ? `, in ${r.language}` : ''}`;

  const answer = async (r, accept) => {
    const yes = await app.confirm(accept ? {
      id: 'accept-request-dialog',
      title: 'Accept this colleague as your client?',
      body: html`<p>You will learn who asked. They become your client with a sealed record: only you (and your
        supervisor, if supervision covers the case) see their name; everyone else sees a pseudonym. An engagement in
        ${modalityName(installed, r.modality)} opens with you.</p>
        <p>Accept only if you know of no conflict of interest with them once you see their name.</p>`,
      confirm: 'Accept',
      cancel: 'Not now',
    } : {
      id: 'decline-request-dialog',
      title: 'Decline this request?',
      body: html`<p>The colleague is told only “declined”, nothing more, and may ask someone else. You will not learn
        who asked.</p>`,
      confirm: 'Decline',
      cancel: 'Not now',
      danger: true,
    });
    if (!yes) return;
    state.answering = r.id;
    delete state.errors[r.id];
    draw();
    try {
      const updated = await app.api('POST', `${API}/therapist-requests/${encodeURIComponent(r.id)}/${accept ? 'accept' : 'decline'}`);
      state.list = state.list.map((x) => (x.id === updated.id ? updated : x));
      state.status = accept ? `Accepted: ${updated.askerName} is now your client, with a sealed record.`
        : 'Declined. The colleague is told only that.';
      state.answering = null;
      draw();
      focus(container, '#requests-status');
    } catch (e) {
      state.answering = null;
      state.errors[r.id] = e;
      draw();
      focus(container, `#incoming-${r.id}-error`);
    }
  };

  const item = (r) => html`<li class="peer-item" data-testid="incoming-request" data-request-id=${r.id} data-status=${r.status}>
    <p class="peer-item-head"><strong>${r.status === 'ACCEPTED' ? r.askerName : 'A colleague'}</strong>
      <span>looks for ${looking(r)}</span>
      <span class="badge peer-status-${r.status.toLowerCase()}">${STATUS[r.status] || r.status}</span></p>
    <p class="peer-item-meta">Asked ${format.dateTime(r.askedAt)}${r.answeredAt ? ` · answered ${format.dateTime(r.answeredAt)}` : ''}</p>
    ${r.status === 'ACCEPTED' ? html`<p class="peer-item-line">${r.askerName} is your client now; find their sealed record under
      <a href="/clients">Clients</a>.</p>` : ''}
    ${r.status === 'ASKED' ? html`<div class="actions peer-actions">
      <button type="button" class="button" id="incoming-${r.id}-accept" ?disabled=${state.answering === r.id}
        @click=${() => answer(r, true)}>Accept…</button>
      <button type="button" class="button secondary" id="incoming-${r.id}-decline" ?disabled=${state.answering === r.id}
        @click=${() => answer(r, false)}>Decline…</button>
    </div>` : ''}
    ${state.errors[r.id] ? refusal(app, state.errors[r.id], `incoming-${r.id}-error`) : ''}
  </li>`;

  const draw = () => {
    app.render(html`
      <h1>Requests to me</h1>
      ${sectionNav(app, '/peer/requests')}
      <section class="peer-section peer-privacy" id="requests-privacy" aria-labelledby="requests-privacy-title">
        <h2 id="requests-privacy-title">What you see, and when</h2>
        <p>A colleague looking for a therapist for themself was matched with you and chose to ask you. Until you accept,
          you see only what they are looking for and when they asked, never who they are. If you accept, you learn their
          name and they become your client with a sealed record. If you decline, they are told only “declined”, and
          you never learn who asked.</p>
      </section>
      <p role="status" id="requests-status" tabindex="-1" class="peer-status">${state.status}</p>
      ${state.loadError ? app.problem(state.loadError) : state.list.length
        ? html`<ul class="peer-list" id="incoming-requests">${state.list.map(item)}</ul>`
        : html`<p class="muted" id="incoming-none">Nobody has asked you.</p>`}`, container);
  };

  draw();
}
