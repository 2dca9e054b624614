// /peer: what the peer network is for, its privacy guarantees in one paragraph, and what waits
// for the signed-in practitioner: colleagues' requests for a therapist asked of them, referrals to
// answer, and consultations addressed to them that they have not replied to. Your own search for a
// therapist is deliberately not summed up here: it stays on its own page.

import { API, sectionNav, settled, plural } from './common.js';

export async function renderOverview(container, app) {
  const { html } = app;
  const [profile, incoming, referrals, consultations] = await Promise.all([
    settled(app.api('GET', `${API}/profiles/me`)),
    settled(app.api('GET', `${API}/therapist-requests/incoming`)),
    settled(app.api('GET', `${API}/referrals`)),
    settled(app.api('GET', `${API}/consultations`)),
  ]);
  const me = app.user.id;
  const asked = (incoming.value || []).filter((r) => r.status === 'ASKED').length;
  const toAnswer = (referrals.value || []).filter((r) => r.toPractitionerId === me && r.status === 'PENDING').length;
  const toReply = (consultations.value || []).filter((c) => c.authorId !== me
    && !c.replies.some((r) => r.authorId === me)).length;
  const errors = [profile, incoming, referrals, consultations].map((r) => r.error).filter(Boolean);
  const waiting = [
    asked && html`<li data-testid="waiting-requests"><a href="/peer/requests">${plural(asked,
      'request for a therapist waits', 'requests for a therapist wait')} for your answer</a></li>`,
    toAnswer && html`<li data-testid="waiting-referrals"><a href="/peer/referrals">${plural(toAnswer,
      'referral waits', 'referrals wait')} for your answer</a></li>`,
    toReply && html`<li data-testid="waiting-consultations"><a href="/peer/consultations">${plural(toReply,
      'consultation addressed to you has', 'consultations addressed to you have')} no reply from you yet</a></li>`,
  ].filter(Boolean);

  app.render(html`
    <h1>Peer network</h1>
    ${sectionNav(app, '/peer')}
    <p class="peer-lead">Colleagues helping colleagues: an opt-in directory, a confidential way to find a therapist for
      yourself, de-identified consultation, consultation groups with continuing-education hours, and referrals with
      the client's consent. A practitioner who is someone's client never appears here as a client.</p>
    ${errors.map((e) => app.problem(e))}
    <section class="peer-section" aria-labelledby="waiting-title">
      <h2 id="waiting-title">Waiting for you</h2>
      ${waiting.length ? html`<ul class="peer-waiting" id="peer-waiting">${waiting}</ul>`
        : html`<p class="muted" id="peer-nothing-waiting">Nothing waits for your answer.</p>`}
    </section>
    <section class="peer-section" aria-labelledby="listing-title">
      <h2 id="listing-title">Your listing</h2>
      <p id="peer-listing">${profile.value?.listed
        ? 'You are listed in the directory: colleagues can find you, and you can be suggested to a colleague looking for a therapist.'
        : 'You are not listed in the directory: nobody finds you there, and you are never suggested as a therapist.'}
        <a href="/peer/profile">${profile.value?.listed ? 'Change your profile' : 'Opt in under My profile'}</a>.</p>
    </section>`, container);
}
