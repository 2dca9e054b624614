// Dashboard card: the user's active engagements (all of them for front desk and admins).

export default async function render(container, app) {
  const { html } = app;
  const engagements = (await app.api('GET', '/v1/engagements')).filter((e) => e.status === 'ACTIVE');
  app.render(html`
    <p><strong id="active-engagement-count">${engagements.length}</strong> active</p>
    <ul>${engagements.slice(0, 5).map((e) => html`<li><a href="/clients/${e.clientId}">${e.clientName}</a>
      ${e.modality ? html`<span class="muted">· ${e.modality}</span>` : ''}</li>`)}</ul>
    <p><a href="/engagements">All engagements</a></p>`, container);
}
