// /peer/therapist: finding a therapist for yourself, confidentially. The page says first who
// learns what, and when; then the request (modality, medium, language), the matches, asking one
// practitioner at a time, and where each request stands. Who was left out of the matches, and
// why, is never known to the page: the server answers only the matches.

import { API, MEDIA, sectionNav, settled, knownModalities, modalityName, medium, refusal, markInvalid, focus } from './common.js';

const STATUS = {
  OPEN: 'Nobody asked yet',
  ASKED: 'Waiting for an answer',
  DECLINED: 'Declined',
  ACCEPTED: 'Accepted',
};

/** Who learns what, and when: the promise the page makes before anything is typed. */
function whoLearnsWhat(app) {
  const { html } = app;
  return html`<section class="peer-section peer-privacy" id="therapist-privacy" aria-labelledby="therapist-privacy-title">
    <h2 id="therapist-privacy-title">Who learns what, and when</h2>
    <ul>
      <li><strong>Your matches</strong> leave out everyone with a conflict of interest: your supervisors and
        supervisees, past or present; practice admins; your own clients, past or present; members of your consultation
        groups; colleagues of this practice unless both of you are open to it; and whoever treats or treated someone on
        your private list of people close to you. <strong>Who was left out, and why, is never shown</strong> to you or to
        anyone else.</li>
      <li><strong>You ask one practitioner at a time.</strong> Until they accept, they see only the modality, medium and
        language you asked for and when you asked: not your name.</li>
      <li><strong>If they decline,</strong> you are told only “declined”, and may ask another match. They never learn who
        asked.</li>
      <li><strong>If they accept,</strong> they learn who you are, and you become their client with a sealed record:
        only they (and their supervisor, if supervision covers your case) see your name. Everyone else, the front desk
        and admins included, sees a pseudonym (an admin's emergency access is flagged in the audit log). You never appear as a client anywhere in the peer network.</li>
      <li>The request is not written to the practice's audit log, and no one else is notified: the entry itself would
        say that you are looking for a therapist.</li>
    </ul>
  </section>`;
}

export async function renderTherapist(container, app) {
  const { html, format } = app;
  const [installed, mine] = await Promise.all([knownModalities(app), settled(app.api('GET', `${API}/therapist-requests`))]);
  const state = {
    list: mine.value || [], loadError: mine.error || null,
    form: { modality: installed[0]?.id || '', medium: 'VIDEO', language: '' },
    busy: false, error: null, status: '', errors: {}, asking: null,
  };

  const replace = (updated) => {
    state.list = [updated, ...state.list.filter((r) => r.id !== updated.id)];
  };

  const open = async (event) => {
    event.preventDefault();
    const f = state.form;
    state.busy = true;
    state.error = null;
    state.status = '';
    draw();
    try {
      const made = await app.api('POST', `${API}/therapist-requests`, {
        modality: f.modality || null, medium: f.medium || null, language: f.language.trim() || null,
      });
      replace(made);
      state.status = made.matches.length === 1 ? '1 practitioner matches. Ask them below when you are ready.'
        : `${made.matches.length} practitioners match.${made.matches.length ? ' Ask one of them below when you are ready.' : ''}`;
      state.busy = false;
      draw();
      markInvalid(container.querySelector('#therapist-form'), [], false);
      focus(container, '#therapist-status');
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      const field = { modality: 'therapist-modality', medium: 'therapist-medium', language: 'therapist-language' }[e.field];
      if (!markInvalid(container.querySelector('#therapist-form'), field)) focus(container, '#therapist-refusal');
    }
  };

  const ask = async (request, match) => {
    const yes = await app.confirm({
      id: 'ask-dialog',
      title: `Ask ${match.displayName}?`,
      body: html`<p>${match.displayName} will see that a colleague is looking for a therapist for
        ${modalityName(installed, request.modality)}, ${medium(request.medium).toLowerCase()}${request.language
          ? `, in ${request.language}` : ''}, and when you asked. Not your name, unless they accept.</p>
        <p>You can ask someone else only after they answer.</p>`,
      confirm: `Ask ${match.displayName}`,
      cancel: 'Not now',
    });
    if (!yes) return;
    state.asking = request.id;
    delete state.errors[request.id];
    draw();
    try {
      replace(await app.api('POST', `${API}/therapist-requests/${encodeURIComponent(request.id)}/ask`,
        { practitionerId: match.practitionerId }));
      state.status = `${match.displayName} is asked. You will be told their answer.`;
      state.asking = null;
      draw();
      focus(container, '#therapist-status');
    } catch (e) {
      state.asking = null;
      state.errors[request.id] = e;
      draw();
      focus(container, `#request-${request.id}-error`);
    }
  };

  const where = (r) => {
    if (r.status === 'ASKED') return `${r.askedName} is asked and has not answered yet.`;
    if (r.status === 'DECLINED') return `${r.askedName} declined.`;
    if (r.status === 'ACCEPTED') return `${r.askedName} accepted: you are their client, with a sealed record.`;
    return 'You have not asked anyone yet.';
  };

  const item = (r) => {
    const canAsk = r.status === 'OPEN' || r.status === 'DECLINED';
    return html`<li class="peer-item" data-testid="therapist-request" data-request-id=${r.id} data-status=${r.status}>
      <p class="peer-item-head"><strong>${modalityName(installed, r.modality)}</strong>
        <span>${medium(r.medium)}${r.language ? ` · ${r.language}` : ''}</span>
        <span class="badge peer-status-${r.status.toLowerCase()}">${STATUS[r.status] || r.status}</span></p>
      <p class="peer-item-meta">Opened ${format.dateTime(r.createdAt)}. <span data-testid="request-where">${where(r)}</span></p>
      ${r.status === 'ASKED' && !r.matches.length ? html`<p class="hint">You can ask someone else if ${r.askedName} declines.</p>`
        : ''}
      ${r.status !== 'ACCEPTED' && (r.status !== 'ASKED' || r.matches.length) ? html`
        <h3 class="peer-subhead" id="request-${r.id}-matches-title">${r.status === 'ASKED' ? 'Other matches' : 'Matches'}</h3>
        ${r.matches.length ? html`<ul class="peer-matches" aria-labelledby="request-${r.id}-matches-title">
          ${r.matches.map((m) => html`<li data-testid="match" data-practitioner-id=${m.practitionerId}>
            <span><strong>${m.displayName}</strong> <span class="muted">${m.modalities.map((x) => modalityName(installed, x))
              .join(', ')}</span></span>
            ${canAsk ? html`<button type="button" class="button secondary" data-testid="match-ask"
              id="ask-${r.id}-${m.practitionerId}" ?disabled=${state.asking === r.id}
              @click=${() => ask(r, m)}>Ask</button>` : ''}
          </li>`)}</ul>`
          : html`<p class="muted" data-testid="no-match">No practitioner matches now. Try another medium or
            language, or look again later.</p>`}
        ${r.status === 'ASKED' ? html`<p class="hint">You can ask another match once ${r.askedName} has answered.</p>` : ''}`
        : ''}
      ${state.errors[r.id] ? refusal(app, state.errors[r.id], `request-${r.id}-error`) : ''}
    </li>`;
  };

  const draw = () => {
    const f = state.form;
    app.render(html`
      <h1>Find a therapist for me</h1>
      ${sectionNav(app, '/peer/therapist')}
      <p class="peer-lead">Looking for a therapist for yourself is yours alone to know. This page is how to do it
        without anyone at the practice learning of it, except the one practitioner you choose, and only once they
        accept.</p>
      ${whoLearnsWhat(app)}
      <form id="therapist-form" class="panel peer-form" novalidate @submit=${open} aria-labelledby="therapist-form-title">
        <h2 id="therapist-form-title">What you are looking for</h2>
        <div class="form-grid">
          <div class="form-row">
            <label for="therapist-modality">Modality</label>
            <select id="therapist-modality" required aria-describedby="therapist-modality-help"
              @change=${(e) => { f.modality = e.target.value; }}>
              ${installed.map((m) => html`<option value=${m.id} ?selected=${f.modality === m.id}>${m.name}</option>`)}
            </select>
            <p class="hint" id="therapist-modality-help">${installed.length ? 'The modalities installed here or offered in'
              + ' the directory.' : 'Nobody in the directory offers a modality yet.'}</p>
          </div>
          <div class="form-row">
            <label for="therapist-medium">Medium</label>
            <select id="therapist-medium" required @change=${(e) => { f.medium = e.target.value; }}>
              ${Object.entries(MEDIA).map(([v, l]) => html`<option value=${v} ?selected=${f.medium === v}>${l}</option>`)}
            </select>
          </div>
          <div class="form-row">
            <label for="therapist-language">Language <span class="hint">(optional)</span></label>
            <input id="therapist-language" type="text" maxlength="40" .value=${f.language}
              aria-describedby="therapist-language-help" @input=${(e) => { f.language = e.target.value; }}>
            <p class="hint" id="therapist-language-help">For example: en. Empty for any.</p>
          </div>
        </div>
        ${state.error ? refusal(app, state.error, 'therapist-refusal') : ''}
        <button type="submit" class="button" id="therapist-submit" ?disabled=${state.busy}>Show my matches</button>
      </form>
      <p role="status" id="therapist-status" tabindex="-1" class="peer-status">${state.status}</p>
      <section class="peer-section" aria-labelledby="therapist-mine-title">
        <h2 id="therapist-mine-title">Your requests</h2>
        ${state.loadError ? app.problem(state.loadError) : state.list.length
          ? html`<ul class="peer-list" id="therapist-requests">${state.list.map(item)}</ul>`
          : html`<p class="muted" id="therapist-none">You have no request.</p>`}
      </section>`, container);
  };

  draw();
}
