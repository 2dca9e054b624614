// /supervision: what waits for the signed-in practitioner. Supervisors first see the notes
// waiting for their co-signature or approval; then everyone sees their supervision
// relationships (admins every relationship, and the form to record one), and observation
// requests. Each section draws itself, so that one that fails to load leaves the others.

import { API, settled, today } from './common.js';
import { mountQueue } from './queue.js';
import { mountRelationships } from './relationships.js';
import { mountObservations } from './observations.js';

export async function renderOverview(container, app) {
  const { html, format } = app;
  const admin = format.holds(app.user, 'admin');
  const supervises = format.holds(app.user, 'supervisor');
  const treats = format.holds(app.user, 'therapist', 'intern');

  const [colleagues, relationships] = await Promise.all([
    settled(app.api('GET', '/v1/users/colleagues')),
    settled(app.api('GET', `${API}/relationships`)),
  ]);
  const shared = {
    colleagues: colleagues.value || [],
    relationships: relationships.value || [],
    relationshipsError: relationships.error || null,
    today: today(app.practice.timeZone),
  };
  const supervised = shared.relationships.some((r) => r.superviseeId === app.user.id);

  app.render(html`
    <h1>Supervision</h1>
    <p class="supervision-lead">Clinical supervision with consent and a clear scope: notes your supervisees sign wait
      here for your co-signature or approval, the supervision log is verified by the supervisor, and the hours are
      checked against the licensing board's rules.</p>
    ${supervised ? html`<p class="notice supervision-own" id="supervision-own-link">
      <a href="/supervision/${app.user.id}" id="supervision-own-hours">Your supervision log and hours</a>:
      the sessions you had, their verification, and where you stand on your licence.</p>` : ''}
    ${colleagues.error ? app.problem(colleagues.error) : ''}
    ${supervises ? html`<section class="supervision-section" id="supervision-queue" aria-labelledby="queue-title"></section>` : ''}
    <section class="supervision-section" id="supervision-relationships" aria-labelledby="relationships-title"></section>
    ${admin && !supervises && !treats ? '' : html`<section class="supervision-section" id="supervision-observations"
      aria-labelledby="observations-title"></section>`}`, container);

  const jobs = [mountRelationships(container.querySelector('#supervision-relationships'), app, shared)];
  const queue = container.querySelector('#supervision-queue');
  if (queue) jobs.push(mountQueue(queue, app, shared));
  const observations = container.querySelector('#supervision-observations');
  if (observations) jobs.push(mountObservations(observations, app, shared));
  await Promise.all(jobs);
}
