// Audit log search (admins): by user, client and any time range, newest first, page by page.
// The client filter comes from the client's record ("Audit log of this client", /audit?clientId=):
// listing every client here would itself write an audit entry per client on every visit.
// The API pages with a cursor (nextBefore); the page keeps the cursors it has passed so that
// "Newer" goes back exactly one page.

const PAGE_SIZE = 50;

export default async function render(container, app) {
  const { html, format } = app;
  let users = [];
  const askedClientId = new URLSearchParams(location.search).get('clientId') || '';
  let client = null; // the client of the filter, as the admin may see them
  let filters = {};
  let page = null;
  let cursors = [];
  let error = null;
  let searching = false;

  const query = (before) => {
    const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
    for (const [key, value] of Object.entries(filters)) {
      if (value) params.set(key, value);
    }
    if (before !== undefined && before !== null) params.set('before', String(before));
    return `/v1/audit?${params}`;
  };

  const fetchPage = async (before) => {
    searching = true;
    draw();
    try {
      page = await app.api('GET', query(before));
      error = null;
    } catch (e) {
      error = e;
      page = null;
    }
    searching = false;
    draw();
  };

  const search = (event) => {
    event.preventDefault();
    const form = event.target;
    const instant = (value) => (value ? new Date(value).toISOString() : null);
    filters = { userId: form.userId.value, clientId: form.clientId.value,
      from: instant(form.from.value), to: instant(form.to.value), flagged: form.flagged.checked ? 'true' : null };
    cursors = [];
    fetchPage(null);
  };

  const older = () => {
    cursors.push(page.entries[0] ? page.entries[0].sequence + 1 : null);
    fetchPage(page.nextBefore);
  };

  const newer = () => {
    fetchPage(cursors.pop());
  };

  const draw = () => app.render(html`
    <h1>Audit log</h1>
    <form class="panel" id="audit-form" @submit=${search}>
      <div class="form-grid">
        <div class="form-row"><label for="audit-from">From <span class="hint">(your local time)</span></label>
          <input id="audit-from" name="from" type="datetime-local"></div>
        <div class="form-row"><label for="audit-to">Until</label>
          <input id="audit-to" name="to" type="datetime-local"></div>
        <div class="form-row"><label for="audit-user">User</label>
          <select id="audit-user" name="userId"><option value="">Anyone</option>
            ${users.map((u) => html`<option value=${u.id}>${u.displayName} (${u.username})</option>`)}</select></div>
        <div class="form-row"><label for="audit-client">Client <span class="hint">(open from a client's record)</span></label>
          <select id="audit-client" name="clientId"><option value="">Any client</option>
            ${client ? html`<option value=${client.id} selected>${client.identityVisible ? client.displayName
              : client.pseudonym}</option>` : ''}</select></div>
      </div>
      <div class="form-row inline"><input id="audit-flagged" name="flagged" type="checkbox">
        <label for="audit-flagged">Only entries flagged for review (emergency access)</label></div>
      <button class="button" id="audit-search" type="submit" ?disabled=${searching}>Search</button>
    </form>
    ${error ? app.problem(error) : ''}
    ${page ? html`
      <p class="muted" role="status" id="audit-status">${page.entries.length === 0 ? 'No entries match.'
        : `Showing ${page.entries.length} entr${page.entries.length === 1 ? 'y' : 'ies'}, newest first.`}</p>
      ${page.entries.length ? html`<div class="table-scroll"><table aria-label="Audit entries">
        <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th>
          <th scope="col">Record</th><th scope="col">Outcome</th><th scope="col">Reason</th></tr></thead>
        <tbody>${page.entries.map((e) => html`<tr data-testid="audit-row" data-sequence=${e.sequence} class=${e.flagged ? 'flagged' : ''}>
          <td>${format.dateTime(e.at)}</td><td>${e.actorName || '—'}</td>
          <td>${e.action} ${e.flagged ? html`<span class="badge flagged">Flagged</span>` : ''}</td>
          <td>${e.subjectType || ''}${e.clientId ? html`<br><a href="/clients/${e.clientId}" class="muted">client record</a>` : ''}</td>
          <td>${e.outcome}</td><td>${e.reason || ''}</td></tr>`)}</tbody></table></div>` : ''}
      <div class="actions">
        <button class="button secondary" id="audit-newer" type="button" ?disabled=${cursors.length === 0 || searching}
          @click=${newer}>← Newer</button>
        <button class="button secondary" id="audit-older" type="button" ?disabled=${page.nextBefore === null || searching}
          @click=${older}>Older →</button>
      </div>` : html`<p class="muted">Choose filters and search; leave them empty to see the latest entries.</p>`}`,
  container);

  draw();
  try {
    [users, client] = await Promise.all([app.api('GET', '/v1/users'),
      askedClientId ? app.api('GET', `/v1/clients/${encodeURIComponent(askedClientId)}`) : null]);
  } catch (e) {
    error = e;
  }
  draw();
}
