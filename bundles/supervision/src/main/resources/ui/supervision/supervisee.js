// /supervision/<supervisee id>: one supervisee's supervision log and licensure hours, for the
// supervisee and their supervisors. Verifying a session redraws the hours, since only verified
// supervision counts toward the licence.

import { API, settled, today } from './common.js';
import { mountLog } from './log.js';
import { mountHours } from './hours.js';

function breadcrumb(app, current) {
  const { html } = app;
  return html`<nav class="supervision-breadcrumb" aria-label="Breadcrumb"><ol>
    <li><a href="/supervision">Supervision</a></li>
    <li aria-current="page">${current}</li>
  </ol></nav>`;
}

export async function renderSupervisee(container, app, superviseeId) {
  const { html, format } = app;
  const self = superviseeId === app.user.id;
  const [relationships, policy] = await Promise.all([
    settled(app.api('GET', `${API}/relationships?superviseeId=${encodeURIComponent(superviseeId)}`)),
    settled(app.api('GET', `${API}/policy`)),
  ]);
  const list = relationships.value || [];
  const name = self ? 'you' : list[0]?.superviseeName || 'this supervisee';
  const title = self ? 'Your supervision log and hours' : `Supervision of ${name}`;
  const party = self || list.some((r) => r.supervisorId === app.user.id);

  if (relationships.error || !party) {
    // An admin manages relationships, not the log; anyone else is not in this supervision.
    return app.render(html`${breadcrumb(app, 'Log and hours')}
      <h1>${title}</h1>
      ${relationships.error ? app.problem(relationships.error) : html`<p class="notice" id="supervisee-not-party">The
        supervision log and hours are for the supervisee and their supervisors${format.holds(app.user, 'admin')
          ? '; as an admin you manage the relationships' : ''}.</p>`}
      <p><a href="/supervision">Back to Supervision</a></p>`, container);
  }

  const ctx = {
    app,
    superviseeId,
    superviseeName: self ? app.user.displayName : name,
    self,
    relationships: list,
    policy: policy.value || null,
    today: today(app.practice.timeZone),
    hoursChanged: () => {},
  };

  app.render(html`${breadcrumb(app, self ? 'Your log and hours' : name)}
    <h1 id="supervisee-title">${title}</h1>
    <section class="supervision-section" id="supervision-log" aria-labelledby="log-title"></section>
    <section class="supervision-section" id="supervision-hours" aria-labelledby="hours-title"></section>`, container);

  const [hours] = await Promise.all([
    mountHours(container.querySelector('#supervision-hours'), ctx),
    mountLog(container.querySelector('#supervision-log'), ctx),
  ]);
  ctx.hoursChanged = hours.reload;
}
