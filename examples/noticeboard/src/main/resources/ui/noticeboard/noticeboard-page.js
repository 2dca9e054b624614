// The Noticeboard page (/noticeboard): the current notices, a form to post one for those who
// may, and an Archive button where the server says the user may archive.
//
// The web shell imports this module and calls render(container, app); see the plugin guide
// (docs/plugin-guide.md) for what `app` offers. The page uses only `app`: never the shell's
// own files, which are not a contract. Values go into the page through lit-html, which
// escapes them. Styling comes from the shell's classes and noticeboard.css: the shell's
// Content-Security-Policy refuses inline styles.

import { formatDay, formatInstant, today } from './noticeboard-format.js';

const NOTICES = '/v1/noticeboard/notices';
// Mirrors the server's rule, only to decide whether to show the form: the server decides.
const AUTHOR_ROLES = ['admin', 'frontdesk', 'therapist'];

export default async function render(container, app) {
  const { html } = app;
  const user = app.session.user;
  const timeZone = app.practice?.timeZone; // absent from older shells: then the browser's zone
  const mayPost = AUTHOR_ROLES.some((role) => (user.roles || []).includes(role));
  let notices = [];
  let status = '';
  let formError = null; // shown next to the form, where the user is looking
  let busy = false;

  async function reload() {
    notices = await app.api('GET', NOTICES);
    draw();
  }

  async function post(event) {
    event.preventDefault();
    const form = event.target;
    form.querySelectorAll('[aria-invalid]').forEach((field) => field.removeAttribute('aria-invalid'));
    const notice = {
      title: form.elements.title.value,
      body: form.elements.body.value,
      pinned: form.elements.pinned.checked,
      expiresOn: form.elements.expiresOn.value || null,
    };
    busy = true;
    formError = null;
    draw();
    try {
      await app.api('POST', NOTICES, notice);
      form.reset();
      status = 'Your notice is on the board.';
      await reload();
      form.elements.title.focus();
    } catch (err) {
      status = '';
      formError = err;
      // The server names the field it refused (title, body, expiresOn): take the user there.
      const field = err.field && form.elements[err.field];
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        field.focus();
      }
    } finally {
      busy = false;
      draw();
    }
  }

  async function archive(notice) {
    try {
      await app.api('POST', `${NOTICES}/${encodeURIComponent(notice.id)}/archive`);
      status = `"${notice.title}" was archived.`;
      await reload();
      // The button the user pressed is gone: keep keyboard focus on the list, not on <body>.
      container.querySelector('#notices-heading')?.focus();
    } catch (err) {
      app.showError(err);
    }
  }

  const form = () => html`
    <section class="card" aria-labelledby="notice-form-heading">
      <h2 id="notice-form-heading">Post a notice</h2>
      <p class="muted" id="notice-hint">
        Everyone on the staff reads the noticeboard. Never name or describe a client here.
      </p>
      <form id="notice-form" @submit=${post}>
        <div class="form-row">
          <label for="notice-title">Title</label>
          <input id="notice-title" name="title" type="text" required maxlength="120" autocomplete="off"
                 aria-describedby="notice-hint">
        </div>
        <div class="form-row">
          <label for="notice-body">Details <span class="muted">(optional)</span></label>
          <textarea id="notice-body" name="body" rows="4" maxlength="4000" aria-describedby="notice-hint"></textarea>
        </div>
        <div class="form-row inline">
          <input id="notice-pinned" name="pinned" type="checkbox">
          <label for="notice-pinned">Pin it above the other notices</label>
        </div>
        <div class="form-row">
          <label for="notice-expires">Show until <span class="muted">(optional, the last day it is shown)</span></label>
          <input id="notice-expires" name="expiresOn" type="date" min=${today()}>
        </div>
        ${formError ? html`<p class="problem" role="alert" id="notice-error">${formError.message}</p>` : ''}
        <div class="form-row">
          <button id="notice-post" class="button" type="submit" ?disabled=${busy}>Post notice</button>
        </div>
      </form>
    </section>`;

  const item = (n) => html`
    <li class="card" data-testid="notice" data-notice-id=${n.id}>
      <h3>${n.title}${n.pinned ? html` <span class="badge" data-testid="notice-pinned">Pinned</span>` : ''}</h3>
      ${(n.body || '').split(/\n+/).filter((p) => p.trim()).map((p) => html`<p>${p}</p>`)}
      <p class="muted">
        Posted by ${n.authorName} on ${formatInstant(n.createdAt, timeZone)}${n.expiresOn
          ? html`, shown until ${formatDay(n.expiresOn)}` : ''}
      </p>
      ${n.archivable ? html`
        <button class="button" type="button" data-testid="notice-archive" aria-label=${`Archive "${n.title}"`}
                @click=${() => archive(n)}>Archive</button>` : ''}
    </li>`;

  function draw() {
    app.render(html`
      <link rel="stylesheet" href="/ui/noticeboard/noticeboard.css">
      <h1>Noticeboard</h1>
      ${mayPost ? form() : ''}
      <section aria-labelledby="notices-heading">
        <h2 id="notices-heading" tabindex="-1">Current notices</h2>
        <p role="status" id="notice-status">${status}</p>
        ${notices.length === 0
          ? html`<p class="muted" data-testid="notices-empty">There are no notices right now.</p>`
          : html`<ul id="notice-list" class="noticeboard-list">${notices.map(item)}</ul>`}
      </section>`, container);
  }

  draw();
  try {
    await reload();
  } catch (err) {
    app.showError(err);
  }
}
