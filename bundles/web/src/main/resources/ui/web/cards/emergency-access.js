// Dashboard card (admins): break-the-glass and other flagged audit entries of the last 30
// days, so that every emergency access is reviewed.

export default async function render(container, app) {
  const { html, format } = app;
  const from = new Date(Date.now() - 30 * 24 * 3600 * 1000).toISOString();
  const page = await app.api('GET', `/v1/audit?flagged=true&limit=100&from=${encodeURIComponent(from)}`);
  const flagged = page.entries;
  app.render(html`
    ${flagged.length === 0 ? html`<p>None.</p>` : html`
    <ul>${flagged.slice(0, 5).map((e) => html`<li>${format.dateTime(e.at)}: ${e.actorName}, ${e.action}
      ${e.reason ? html`<span class="muted">(${e.reason})</span>` : ''}</li>`)}</ul>
    <p>${page.nextBefore === null ? `${flagged.length} in total.` : `More than ${flagged.length}.`} <a href="/audit">Review in the audit log</a></p>`}`, container);
}
