// Dashboard card "Asked to be someone's therapist": how many colleagues' confidential requests
// for a therapist wait for the signed-in practitioner's answer. It names nobody (nobody is named
// before acceptance) and keeps out of sight while nothing waits.

import { API, linkStyles, plural } from './common.js';

export default async function render(container, app) {
  const { html } = app;
  linkStyles();
  const frame = container.closest('.card') || container;
  const incoming = await app.api('GET', `${API}/therapist-requests/incoming`);
  const waiting = incoming.filter((r) => r.status === 'ASKED').length;
  frame.hidden = waiting === 0;
  if (!waiting) {
    app.render(app.nothing, container);
    return;
  }
  app.render(html`
    <p id="peer-card-waiting"><strong>${plural(waiting, 'colleague is', 'colleagues are')}</strong> waiting for your
      answer.</p>
    <p class="muted">You see who asked only if you accept.</p>
    <p><a href="/peer/requests" id="peer-card-link">Answer the requests</a></p>`, container);
}
