// Dashboard card (admins): the installed modules and whether each is ready.

export default async function render(container, app) {
  const { html } = app;
  const modules = await app.api('GET', '/v1/modules');
  app.render(html`
    <ul>${modules.map((m) => html`<li>${m.name} <span class="muted">${m.version}</span>
      ${m.ready ? '' : html`<span class="badge flagged">${m.problem || 'not ready'}</span>`}</li>`)}</ul>
    <p><a href="/system/console/alliance-modules">Manage modules in the web console</a></p>`, container);
}
