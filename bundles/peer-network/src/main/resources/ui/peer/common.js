// What the peer network's scripts share: where the API is, the stylesheet, the sections and their
// navigation, words for the API's upper-case values, and showing a refusal next to what failed.
//
// Everything reaches the page through lit-html, which escapes it; nothing is written as HTML.

export const API = '/v1/peer';

/** Links the module's stylesheet once (style-src 'self' allows linked files, never inline styles). */
export function linkStyles() {
  if (document.head.querySelector('link[data-peer-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/ui/peer/peer.css';
  link.dataset.peerCss = 'peer';
  document.head.append(link);
}

/**
 * The parts of the page, each at its own address so it can be bookmarked. Finding one's own
 * therapist has a page of its own, apart from the requests others make of you, so that nobody
 * glancing at your screen while you answer a colleague sees that you are looking.
 */
export const SECTIONS = [
  { path: '/peer', label: 'Overview' },
  { path: '/peer/profile', label: 'My profile' },
  { path: '/peer/directory', label: 'Directory' },
  { path: '/peer/therapist', label: 'Find a therapist for me' },
  { path: '/peer/requests', label: 'Requests to me' },
  { path: '/peer/consultations', label: 'Consultations' },
  { path: '/peer/groups', label: 'Groups' },
  { path: '/peer/referrals', label: 'Referrals' },
];

/** The section navigation, with the current section marked (also on the pages below it). */
export function sectionNav(app, current) {
  const { html } = app;
  return html`<nav class="peer-sections" aria-label="Peer network"><ul>
    ${SECTIONS.map((s) => html`<li><a href=${s.path} data-section=${s.path.split('/')[2] || 'overview'}
      aria-current=${s.path === current ? 'page' : 'false'}>${s.label}</a></li>`)}
  </ul></nav>`;
}

/** A breadcrumb back to a section, for the pages of one consultation or group. */
export function breadcrumb(app, section, current) {
  const { html } = app;
  const s = SECTIONS.find((x) => x.path === section);
  return html`<nav class="peer-breadcrumb" aria-label="Breadcrumb"><ol>
    <li><a href="/peer">Peer network</a></li>
    <li><a href=${s.path}>${s.label}</a></li>
    <li aria-current="page">${current}</li>
  </ol></nav>`;
}

export const MEDIA = { IN_PERSON: 'In person', VIDEO: 'Video' };

export function medium(value) {
  return MEDIA[value] || value || '';
}

/** Installed modalities (id and name) for the words shown instead of ids; none when the call fails. */
export async function modalities(app) {
  try {
    return await app.api('GET', '/v1/modalities');
  } catch (e) {
    return [];
  }
}

/**
 * The modalities one can look for: the installed ones, and those listed practitioners offer (a
 * modality needs no plugin to be practised, only to have its own note templates). By name.
 */
export async function knownModalities(app) {
  const [installed, directory] = await Promise.all([modalities(app), settled(app.api('GET', `${API}/directory`))]);
  const known = new Map(installed.map((m) => [m.id, m]));
  for (const entry of directory.value || []) {
    for (const id of entry.modalities) if (!known.has(id)) known.set(id, { id, name: id });
  }
  return [...known.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A modality id in words, from the installed ones ("cbt" → "Cognitive Behavioural Therapy"). */
export function modalityName(list, id) {
  return list.find((m) => m.id === id)?.name || id;
}

/** Colleagues who may take part in the peer network (practitioners), by name, without me. */
export function practitioners(colleagues, me) {
  return colleagues
    .filter((c) => c.id !== me && (c.roles || []).some((r) => ['therapist', 'intern', 'supervisor'].includes(String(r).toLowerCase())))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Whether a colleague holds a role that treats clients. */
export function treats(colleague) {
  return (colleague.roles || []).some((r) => ['therapist', 'intern'].includes(String(r).toLowerCase()));
}

/** "a, b ,c" → ["a", "b", "c"]: the comma-separated entries of a text field. */
export function entries(text) {
  return String(text || '').split(',').map((s) => s.trim()).filter(Boolean);
}

export function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Whether a path segment is a UUID. */
export function isId(value) {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value || '');
}

/** Settles a promise into {value} or {error}, so that one failed read does not hide the rest of a page. */
export function settled(promise) {
  return promise.then((value) => ({ value }), (error) => ({ error }));
}

/**
 * Marks the fields with the given element ids as refused and focuses the first; clears the
 * others in root. Returns whether there was such a field.
 */
export function markInvalid(root, elementIds, focusIt = true) {
  if (!root) return false;
  root.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  let first = null;
  for (const id of (Array.isArray(elementIds) ? elementIds : [elementIds]).filter(Boolean)) {
    const field = root.querySelector(`#${CSS.escape(id)}`);
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      first = first || field;
    }
  }
  if (focusIt) first?.focus();
  return first !== null;
}

/** Focuses the first element matching the selector under root, if any (after a redraw). */
export function focus(root, selector) {
  const element = root.querySelector(selector);
  if (element) element.focus();
  return element;
}

/**
 * A refusal next to what failed: the server's detail and, for a 422, everything it found, one per
 * line. The detail of a 422 often runs the findings together ("… it contains the client's name, an
 * email address. Remove these …"); the list says them one by one, so it is the list screen readers
 * and tests rely on.
 */
export function refusal(app, error, id) {
  const { html } = app;
  const violations = error?.problem?.violations || [];
  return html`<div class="problem peer-refusal" role="alert" id=${id} tabindex="-1">
    <p>${error?.message || String(error)}</p>
    ${violations.length ? html`<ul id="${id}-list">${violations.map((v) => html`<li data-testid="violation">${v}</li>`)}</ul>` : ''}
  </div>`;
}

/**
 * The clients I may consult or refer about: those of my own active engagements, by name, leaving
 * out clinician-clients, whose case the peer network never shares (the server refuses them too).
 * Answers {list, error}.
 */
export async function myActiveClients(app) {
  const [engagements, clients] = await Promise.all([
    settled(app.api('GET', `/v1/engagements?therapistId=${encodeURIComponent(app.user.id)}`)),
    settled(app.api('GET', '/v1/clients')),
  ]);
  if (engagements.error) return { list: [], error: engagements.error };
  const sealed = new Set((clients.value || []).filter((c) => c.clinicianClient).map((c) => c.id));
  const seen = new Set();
  const list = [];
  for (const e of engagements.value) {
    if (e.status !== 'ACTIVE' || e.therapistId !== app.user.id || sealed.has(e.clientId) || seen.has(e.clientId)) continue;
    seen.add(e.clientId);
    list.push({ clientId: e.clientId, name: e.clientName, modality: e.modality });
  }
  list.sort((a, b) => a.name.localeCompare(b.name));
  return { list, error: null };
}
