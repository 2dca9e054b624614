// /peer/consultations/<id>: one consultation thread, for its author, the peers addressed and the
// members of the group addressed. The in-app notices of a new consultation or reply link here.
// Replies are checked for identifiers too (any email address, phone number or full date).

import { API, breadcrumb, settled, refusal, markInvalid, focus } from './common.js';

export async function renderThread(container, app, id) {
  const { html, format } = app;
  const [thread, colleagues, groups] = await Promise.all([
    settled(app.api('GET', `${API}/consultations/${encodeURIComponent(id)}`)),
    settled(app.api('GET', '/v1/users/colleagues')),
    settled(app.api('GET', `${API}/groups`)),
  ]);
  if (thread.error) {
    return app.render(html`${breadcrumb(app, '/peer/consultations', 'Consultation')}
      <h1>Consultation</h1>
      <p class="problem" role="alert" id="thread-missing">${thread.error.status === 404
        ? 'There is no consultation here that you may read. It is open to its author and the peers it was addressed to.'
        : thread.error.message}</p>
      <p><a href="/peer/consultations">Back to Consultations</a></p>`, container);
  }
  const names = new Map((colleagues.value || []).map((c) => [c.id, c.displayName]));
  const group = (groups.value || []).find((g) => g.id === thread.value.groupId);
  const state = { c: thread.value, text: '', busy: false, error: null, status: '' };
  const mine = state.c.authorId === app.user.id;

  const reply = async (event) => {
    event.preventDefault();
    state.busy = true;
    state.error = null;
    state.status = '';
    draw();
    try {
      state.c = await app.api('POST', `${API}/consultations/${encodeURIComponent(id)}/replies`, { text: state.text.trim() || null });
      state.text = '';
      state.status = 'Your reply is posted.';
      state.busy = false;
      draw();
      markInvalid(container.querySelector('#reply-form'), [], false);
      focus(container, '#reply-status');
    } catch (e) {
      state.busy = false;
      state.error = e;
      draw();
      markInvalid(container.querySelector('#reply-form'), 'reply-text', false);
      focus(container, '#reply-refusal');
    }
  };

  const draw = () => {
    const c = state.c;
    const to = [...c.peerIds.map((p) => (p === app.user.id ? 'you' : names.get(p) || 'a colleague')),
      ...(c.groupId ? [group ? `the group ${group.name}` : 'a consultation group'] : [])].join(', ');
    app.render(html`${breadcrumb(app, '/peer/consultations', 'Consultation')}
      <h1 id="thread-title">Consultation from ${mine ? 'you' : c.authorName}</h1>
      <p class="peer-item-meta" id="thread-meta">${format.dateTime(c.createdAt)} · to ${to}${c.clientConsent
        ? html` · <strong class="peer-consented">shared with the client's consent</strong>` : ''}</p>
      <dl class="peer-thread-fields" id="thread-fields">
        <dt>Question</dt><dd id="thread-question">${c.question}</dd>
        <dt>Case summary</dt><dd id="thread-summary">${c.caseSummary || html`<span class="muted">None given.</span>`}</dd>
      </dl>
      ${mine ? html`<p class="hint">Only you know which client this is about; the peers do not.</p>` : ''}
      <section class="peer-section" aria-labelledby="replies-title">
        <h2 id="replies-title">Replies</h2>
        ${c.replies.length ? html`<ol class="peer-replies" id="replies">${c.replies.map((r) => html`<li class="peer-item"
          data-testid="reply"><p class="peer-item-head"><strong>${r.authorId === app.user.id ? 'You' : r.authorName}</strong>
          <span class="muted">${format.dateTime(r.createdAt)}</span></p><p class="peer-reply-text">${r.text}</p></li>`)}</ol>`
          : html`<p class="muted" id="replies-none">No reply yet.</p>`}
        <p role="status" id="reply-status" tabindex="-1" class="peer-status">${state.status}</p>
        <form id="reply-form" class="panel peer-form" novalidate @submit=${reply} aria-labelledby="reply-form-title">
          <h3 id="reply-form-title">Reply</h3>
          <div class="form-row">
            <label for="reply-text">Your reply</label>
            <textarea id="reply-text" rows="4" maxlength="4000" required aria-describedby="reply-text-help" .value=${state.text}
              @input=${(e) => { state.text = e.target.value; }}></textarea>
            <p class="hint" id="reply-text-help">No email addresses, phone numbers or full dates.</p>
          </div>
          ${state.error ? refusal(app, state.error, 'reply-refusal') : ''}
          <button type="submit" class="button" id="reply-send" ?disabled=${state.busy}>Post the reply</button>
        </form>
      </section>`, container);
  };

  draw();
}
