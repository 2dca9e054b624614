// Engagements: the treatment relationships the user may see (their own, or all for the front
// desk and admins), and closing one with a reason. Where a termination workflow module is
// installed the API refuses a plain close and says why; the page shows that answer.

export default async function render(container, app) {
  const { html, format } = app;
  let engagements = [];
  let colleagues = [];
  let error = null;
  let closing = null;
  let closeError = null;
  let showEnded = false;

  const canClose = format.holds(app.user, 'admin', 'therapist', 'intern');
  const therapistName = (id) => colleagues.find((c) => c.id === id)?.displayName || '—';

  const close = async (event) => {
    event.preventDefault();
    try {
      await app.api('POST', `/v1/engagements/${closing}/close`, { reason: event.target.reason.value });
      closing = null;
      closeError = null;
      engagements = await app.api('GET', '/v1/engagements');
    } catch (e) {
      closeError = e;
    }
    draw();
  };

  const draw = () => {
    const shown = engagements.filter((e) => showEnded || e.status === 'ACTIVE');
    app.render(html`
      <h1>Engagements</h1>
      ${error ? app.problem(error) : ''}
      <p class="muted">To start an engagement, open the client's record.</p>
      <div class="form-row inline">
        <input id="show-ended" type="checkbox" .checked=${showEnded} @change=${(e) => { showEnded = e.target.checked; draw(); }}>
        <label for="show-ended">Show ended engagements</label>
      </div>
      <div class="table-scroll"><table aria-label="Engagements">
        <thead><tr><th scope="col">Client</th><th scope="col">Therapist</th><th scope="col">Modality</th>
          <th scope="col">Status</th><th scope="col">Started</th><th scope="col">Ended</th>
          ${canClose ? html`<th scope="col"><span class="muted">Actions</span></th>` : ''}</tr></thead>
        <tbody>${shown.map((e) => html`<tr data-testid="engagement-row" data-engagement-id=${e.id}>
          <td><a href="/clients/${e.clientId}">${e.clientName}</a></td>
          <td>${therapistName(e.therapistId)}</td><td>${e.modality || '—'}</td><td>${e.status}</td>
          <td>${format.date(e.startedAt)}</td>
          <td>${format.date(e.endedAt)}${e.endReason ? html` — ${e.endReason}` : ''}</td>
          ${canClose ? html`<td>${e.status === 'ACTIVE' ? html`<button class="link-button" type="button"
              @click=${() => { closing = e.id; closeError = null; draw(); }}>Close…</button>` : ''}</td>` : ''}
        </tr>`)}</tbody></table></div>
      ${shown.length === 0 && !error ? html`<p class="muted">No engagements to show.</p>` : ''}
      ${closing ? html`
      <form class="panel" id="close-form" @submit=${close}>
        <h2>Close the engagement with ${engagements.find((e) => e.id === closing)?.clientName}</h2>
        <p>Ending therapy is a clinical decision: plan it with the client, with notice and a referral where needed.</p>
        <div class="form-row"><label for="close-reason">Reason</label>
          <textarea id="close-reason" name="reason" required></textarea></div>
        ${closeError ? app.problem(closeError) : ''}
        <div class="actions">
          <button class="button" id="close-confirm" type="submit">Close engagement</button>
          <button class="button secondary" type="button" @click=${() => { closing = null; draw(); }}>Cancel</button>
        </div>
      </form>` : ''}`, container);
  };

  try {
    [engagements, colleagues] = await Promise.all([app.api('GET', '/v1/engagements'),
      app.api('GET', '/v1/users/colleagues')]);
  } catch (e) {
    error = e;
  }
  draw();
}
