// The web app shell: signs the user in, draws the layout and the navigation from what the
// installed modules contribute (GET /api/v1/web/navigation), and hands each path to the page
// that answers it. Pages and dashboard cards are ES modules of their modules:
//   export default async function render(container, app) { ... }
// with `app` as built in context() below (documented in the plugin guide).
import { html, render, nothing } from './lit.js';
import { api, setCsrfToken, onActivity, onSignedOut } from './api.js';
import { IdleWatch } from './idle.js';
import { confirmDialog } from './confirm.js';
import { showLogin } from './login.js';
import * as format from './format.js';

const root = document.getElementById('app');
root.replaceChildren(); // the static "Loading…" text; lit renders next to what it did not draw
const state = { session: null, navigation: null, menuOpen: false, idle: null };
const idle = new IdleWatch(drawIdleWarning, () => signOut(timeoutMessage()));

onActivity(() => idle.activity());
onSignedOut(() => {
  if (state.session) signOut('Your session has ended. Sign in again to continue.');
});
window.addEventListener('popstate', () => route());
window.addEventListener('unhandledrejection', (event) => showError(event.reason));
document.addEventListener('click', followLink);

start();

async function start() {
  try {
    const session = await api('GET', '/v1/auth/session', undefined, { keepIdle: true, anonymous: true });
    await signedIn(session);
  } catch (e) {
    if (e.status === 401) {
      showLogin(root, null, signedIn);
    } else {
      render(html`<main class="login"><h1>Alliance</h1>
        <p class="problem" role="alert">${e.message}</p></main>`, root);
    }
  }
}

async function signedIn(session) {
  state.session = session;
  setCsrfToken(session.csrfToken);
  idle.start(session);
  if (location.pathname === '/login') history.replaceState(null, '', '/');
  await route();
}

async function signOut(message) {
  const wasSignedIn = state.session !== null;
  idle.stop();
  state.session = null;
  state.navigation = null;
  if (wasSignedIn && !message) {
    try {
      await api('POST', '/v1/auth/logout', undefined, { anonymous: true });
    } catch (e) {
      // Signed out locally either way; the server forgets idle sessions on its own.
    }
  }
  setCsrfToken(null);
  showLogin(root, message || 'You have signed out.', signedIn);
}

function timeoutMessage() {
  const minutes = Math.round((state.session?.idleTimeoutSeconds || 0) / 60);
  return `You were signed out after ${minutes} minute${minutes === 1 ? '' : 's'} without activity, `
    + 'to protect client records. Sign in again to continue.';
}

export function navigate(path) {
  if (path !== location.pathname + location.search) history.pushState(null, '', path);
  route();
}

/** Same-origin links to application paths stay in the app instead of reloading the page. */
function followLink(event) {
  const link = event.target.closest?.('a[href]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
      || event.shiftKey || event.altKey || link.target || link.hasAttribute('download')) return;
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || /^\/(api|ui|system|setup)(\/|$)/.test(url.pathname)) return;
  event.preventDefault();
  state.menuOpen = false;
  navigate(url.pathname + url.search);
}

/** The page answering a path: the longest page path equal to it or above it. */
function pageFor(path) {
  return (state.navigation?.pages || [])
    .filter((p) => path === p.path || path.startsWith(`${p.path}/`))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

let routing = 0;

async function route() {
  if (!state.session) return;
  const ticket = ++routing;
  try {
    // Asked again on every page change, so a module disabled a moment ago leaves the menu now.
    state.navigation = await api('GET', '/v1/web/navigation');
    format.setTimeZone(state.navigation.timeZone);
  } catch (e) {
    if (!state.session) return;
    state.navigation = state.navigation || { practiceName: '', pages: [], cards: [] };
    drawLayout(null);
    showError(e);
    return;
  }
  if (ticket !== routing || !state.session) return;
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const page = path === '/' ? null : pageFor(path);
  drawLayout(page);
  const host = root.querySelector('#page');
  const container = document.createElement('div');
  host.replaceChildren(container);
  if (path === '/') {
    document.title = `Home · ${titleSuffix()}`;
    await drawDashboard(container);
  } else if (!page) {
    document.title = `Not available · ${titleSuffix()}`;
    render(html`<h1>This page is not available</h1>
      <p class="problem" role="alert" id="missing-page">No installed module provides the page <code>${path}</code>.
        The module may have been disabled or removed${format.holds(state.session.user, 'admin')
          ? html`; you can enable modules in the web console under <a href="/system/console/alliance-modules">Practice Modules</a>`
          : ', or your role does not include it; ask your practice administrator'}.</p>
      <p><a href="/">Back to the home page</a></p>`, container);
  } else {
    document.title = `${page.title} · ${titleSuffix()}`;
    await load(page, container, path);
  }
  root.querySelector('#main')?.focus({ preventScroll: true });
}

function titleSuffix() {
  return state.navigation?.practiceName ? `${state.navigation.practiceName} · Alliance` : 'Alliance';
}

async function load(contribution, container, path) {
  try {
    const module = await import(contribution.script);
    await module.default(container, context(contribution, path));
  } catch (e) {
    render(html`<p class="problem" role="alert">“${contribution.title}” could not be shown: ${e.message}</p>`,
      container);
  }
}

/** What a page or card script receives. */
function context(contribution, path) {
  return Object.freeze({
    api, html, render, nothing, format, navigate, showError, problem, confirm: confirmDialog,
    session: state.session,
    user: state.session.user,
    path,
    contribution,
    practice: { name: state.navigation.practiceName, timeZone: state.navigation.timeZone },
  });
}

async function drawDashboard(container) {
  const user = state.session.user;
  const cards = state.navigation.cards;
  render(html`<h1>Welcome, ${user.displayName}</h1>
    ${cards.length === 0 ? html`<p class="muted">Nothing to show here yet.</p>` : nothing}
    <div class="cards">${cards.map((c) => html`
      <section class="card" aria-labelledby="card-${c.id}" data-card=${c.id}>
        <h2 id="card-${c.id}">${c.title}</h2><div class="card-body"></div>
      </section>`)}</div>`, container);
  const bodies = container.querySelectorAll('.card-body');
  await Promise.all(cards.map((c, i) => load(c, bodies[i], '/')));
}

function drawLayout(current) {
  const user = state.session.user;
  const nav = state.navigation.pages.filter((p) => p.navigation);
  render(html`
    <a class="skip-link" href="#main">Skip to content</a>
    <header class="topbar">
      <button class="menu-toggle" type="button" aria-controls="nav" aria-expanded=${state.menuOpen ? 'true' : 'false'}
        @click=${() => { state.menuOpen = !state.menuOpen; drawLayout(current); }}>Menu</button>
      <a class="brand" href="/">Alliance${state.navigation.practiceName ? html` · ${state.navigation.practiceName}` : nothing}</a>
      <span class="who" id="who">${user.displayName} <span class="muted">(${format.roleList(user.roles)})</span></span>
      <button class="button secondary" id="sign-out" type="button" @click=${() => signOut(null)}>Sign out</button>
    </header>
    <div class="layout">
      <nav id="nav" aria-label="Main" class=${state.menuOpen ? 'open' : ''}>
        <ul>
          <li><a href="/" aria-current=${current === null && location.pathname === '/' ? 'page' : 'false'}>Home</a></li>
          ${nav.map((p) => html`<li><a href=${p.path} data-page=${p.id}
            aria-current=${current && current.id === p.id ? 'page' : 'false'}>${p.title}</a></li>`)}
        </ul>
      </nav>
      <main id="main" tabindex="-1">
        <div id="banner"></div>
        <div id="page"></div>
      </main>
    </div>
    <div id="idle-warning"></div>`, root);
  render(nothing, root.querySelector('#banner'));
}

/** Shows an error at the top of the page, with the server's explanation; showError(null) clears it. */
export function showError(error) {
  const banner = root.querySelector('#banner');
  if (!banner) return;
  render(error ? problem(error) : nothing, banner);
  if (error) banner.scrollIntoView({ block: 'nearest' });
}

/** An error as a template, for pages that show it next to what failed. */
export function problem(error) {
  return html`<p class="problem" role="alert">${error?.message || String(error)}</p>`;
}

function drawIdleWarning({ warning, secondsLeft }) {
  const host = root.querySelector('#idle-warning');
  if (!host) return;
  if (!warning) {
    render(nothing, host);
    return;
  }
  const minutes = Math.floor(secondsLeft / 60);
  const seconds = String(secondsLeft % 60).padStart(2, '0');
  const firstShown = !host.querySelector('[role=alertdialog]');
  render(html`<div class="overlay">
    <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text">
      <h2 id="idle-title">Are you still there?</h2>
      <p id="idle-text">To protect client records you will be signed out in
        <strong id="idle-countdown">${minutes}:${seconds}</strong> unless you continue.</p>
      <div class="actions">
        <button class="button" id="stay-signed-in" type="button" @click=${staySignedIn}>Stay signed in</button>
        <button class="button secondary" type="button" @click=${() => signOut(null)}>Sign out now</button>
      </div>
    </div></div>`, host);
  if (firstShown) host.querySelector('#stay-signed-in').focus();
}

async function staySignedIn() {
  try {
    await api('GET', '/v1/users/me'); // any signed-in request restarts the server's idle clock
    drawIdleWarning({ warning: false });
  } catch (e) {
    showError(e);
  }
}
