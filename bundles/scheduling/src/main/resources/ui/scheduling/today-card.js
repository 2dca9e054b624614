// Dashboard card "Today": the signed-in practitioner's appointments of the day in the
// practice's time zone, or every therapist's for front desk and admins who do not treat.
// Client names exactly as the API gives them (a sealed client's pseudonym stays one).

import { STATUSES, KINDS, appointmentTitle, cancelled, defaultTherapists, nameOf } from './labels.js';
import { stylesheet } from './widget.js';
import * as times from './times.js';

export default async function render(container, app) {
  const { html } = app;
  stylesheet('/ui/scheduling/scheduling.css', 'scheduling');
  const zone = app.practice.timeZone;
  const [from, to] = times.dayRange(times.now(zone), zone);
  const colleagues = await app.api('GET', '/v1/users/colleagues').catch(() => []);
  const ids = defaultTherapists(app.user, colleagues);
  const many = ids.length > 1 || !ids.includes(app.user.id);
  const query = (id) => `/v1/scheduling/appointments?therapistId=${encodeURIComponent(id)}`
    + `&from=${encodeURIComponent(new Date(from).toISOString())}&to=${encodeURIComponent(new Date(to).toISOString())}`;
  const results = await Promise.allSettled(ids.map((id) => app.api('GET', query(id))));
  const byId = new Map();
  const errors = [];
  results.forEach((r) => (r.status === 'fulfilled' ? r.value.forEach((a) => byId.set(a.id, a)) : errors.push(r.reason)));
  const appointments = [...byId.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const booked = appointments.filter((a) => !cancelled(a));

  app.render(html`
    ${errors.length ? app.problem(errors[0]) : ''}
    <p><strong id="today-count">${booked.length}</strong> ${booked.length === 1 ? 'appointment' : 'appointments'}
      today${many ? ' in the practice' : ''}</p>
    ${appointments.length ? html`<ul class="today-list" id="today-list">${appointments.map((a) => html`
      <li data-testid="today-appointment" data-appointment-id=${a.id} class=${cancelled(a) ? 'is-cancelled' : ''}>
        <span class="today-time">${times.formatTime(a.start, zone)}</span>
        <span class="today-title">${appointmentTitle(a)}</span>
        ${a.clientName ? '' : html`<span class="muted"> · ${KINDS[a.kind]}</span>`}
        ${many ? html`<span class="muted"> · ${nameOf(colleagues, a.therapistId)}</span>` : ''}
        ${a.status !== 'BOOKED' ? html`<span class="badge status-${a.status.toLowerCase()}">${STATUSES[a.status]}</span>` : ''}
      </li>`)}</ul>` : html`<p class="muted">Nothing booked today.</p>`}
    <p><a href="/scheduling" id="today-calendar-link">Open the calendar</a></p>`, container);
}
