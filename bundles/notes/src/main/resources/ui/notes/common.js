// What the notes module's scripts share: where the API is, the stylesheet, the words for
// statuses, kinds and history entries, and showing which field the server refused.
//
// Clinical text goes into the page through lit-html (which escapes it) or textContent, never
// as HTML.

export const API = '/v1/notes';

/** Links the module's stylesheet once (style-src 'self' allows linked files, never inline styles). */
export function linkStyles() {
  stylesheet('/ui/notes/notes.css', 'notes');
}

export function stylesheet(href, name) {
  if (document.head.querySelector(`link[data-notes-css="${name}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  link.dataset.notesCss = name;
  document.head.append(link);
}

export const KINDS = { PROGRESS: 'Progress note', PSYCHOTHERAPY: 'Psychotherapy note' };

export const PRIVATE_NOTICE = 'Private process notes: only you can read them; never part of the record or its export.';

export const HISTORY = {
  CREATED: 'Started',
  SIGNED: 'Signed',
  COSIGNED: 'Co-signed',
  RETURNED: 'Returned for revision',
  AMENDED: 'Addendum added',
};

export const GOAL_STATUSES = { OPEN: 'Open', MET: 'Met', DISCONTINUED: 'Discontinued' };

/** The status in words: "Draft", "Awaiting co-signature by Dr. X", "Signed". */
export function statusText(note) {
  switch (note.status) {
    case 'DRAFT': return 'Draft';
    case 'AWAITING_COSIGNATURE': return `Awaiting co-signature by ${note.cosignerName || 'the co-signer'}`;
    case 'SIGNED': return 'Signed';
    default: return note.status;
  }
}

export function statusBadge(app, note, id) {
  return app.html`<span class="badge note-status status-${note.status.toLowerCase()}" data-testid="note-status"
    id=${id || app.nothing}>${statusText(note)}</span>`;
}

/** Whether a path segment is a UUID (an engagement's or a note's id). */
export function isId(value) {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value || '');
}

/** The engagement, or null when the user may not see it (a co-signer opening a supervisee's note). */
export async function engagementOrNull(app, engagementId) {
  try {
    return await app.api('GET', `/v1/engagements/${encodeURIComponent(engagementId)}`);
  } catch (e) {
    return null;
  }
}

/** "Notes › Client" above a page of one engagement. */
export function breadcrumb(app, engagement, engagementId, current) {
  const { html } = app;
  return html`<nav class="notes-breadcrumb" aria-label="Breadcrumb"><ol>
    <li><a href="/notes">Notes</a></li>
    ${current ? html`<li><a href="/notes/${engagementId}" id="back-to-record">${engagement?.clientName || 'Clinical record'}</a></li>
      <li aria-current="page">${current}</li>`
      : html`<li aria-current="page">${engagement?.clientName || 'Clinical record'}</li>`}
  </ol></nav>`;
}

/**
 * Marks the field with the given element id as refused and focuses it; clears the others in
 * root. Returns whether there was such a field.
 */
export function markInvalid(root, elementIds) {
  root.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  const ids = (Array.isArray(elementIds) ? elementIds : [elementIds]).filter(Boolean);
  let first = null;
  for (const id of ids) {
    const field = root.querySelector(`#${CSS.escape(id)}`);
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      first = first || field;
    }
  }
  first?.focus();
  return first !== null;
}

/** Focuses the first element matching the selector under root, if any (after a redraw). */
export function focus(root, selector) {
  const element = root.querySelector(selector);
  if (element) element.focus();
  return element;
}
