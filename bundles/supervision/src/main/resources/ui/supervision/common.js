// What the supervision module's scripts share: where the API is, the stylesheet, the words for
// the API's upper-case values, calendar days in the practice's zone, hours from minutes, and
// showing which field the server refused.
//
// Everything reaches the page through lit-html, which escapes it; nothing is written as HTML.

export const API = '/v1/supervision';

/** Links the module's stylesheet once (style-src 'self' allows linked files, never inline styles). */
export function linkStyles() {
  if (document.head.querySelector('link[data-supervision-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/ui/supervision/supervision.css';
  link.dataset.supervisionCss = 'supervision';
  document.head.append(link);
}

/** What a supervisor does with a supervisee's signed notes (CosignMode), in the order the form offers them. */
export const MODES = [
  { value: 'VIEW', label: 'View only',
    text: 'You may read the supervisee\'s progress notes. Their signature is enough: nothing waits for you.' },
  { value: 'APPROVE', label: 'Approve',
    text: 'Each progress note the supervisee signs waits in your queue until you approve it, or return it with '
      + 'comments for revision.' },
  { value: 'COSIGN', label: 'Co-sign',
    text: 'Each progress note the supervisee signs waits for your co-signature beside theirs, or your return with '
      + 'comments for revision. Most licensing boards ask this of interns and associates.' },
];

export function mode(value) {
  return MODES.find((m) => m.value === value) || { value, label: value, text: '' };
}

export const FORMATS = { INDIVIDUAL: 'Individual', TRIADIC: 'Triadic', GROUP: 'Group' };
export const MEDIA = { IN_PERSON: 'In person', VIDEO: 'Video' };

/** Where a supervisee stands on a licensure rule (RuleStatus), worst first. */
export const RULE_STATUSES = {
  VIOLATED: { label: 'Violated', rank: 0 },
  NOT_YET_MET: { label: 'Not yet met', rank: 1 },
  MET: { label: 'Met', rank: 2 },
};

export function ruleBadge(app, status, id) {
  const words = RULE_STATUSES[status] || { label: status };
  return app.html`<span class="badge supervision-rule-${String(status).toLowerCase()}" id=${id || app.nothing}
    data-testid="rule-status">${words.label}</span>`;
}

/** How an observer takes part (ObservationMode), each explained. */
export const OBSERVATION_MODES = [
  { value: 'OBSERVE', label: 'Observe only', text: 'The supervisor watches the session without taking part.' },
  { value: 'MAY_INTERVENE', label: 'May intervene',
    text: 'The supervisor watches and may step in, for example when the client is at risk; they record what they did.' },
  { value: 'RECORDING_REVIEW', label: 'Review a recording',
    text: 'The supervisor reviews a recording of the session afterwards instead of being there.' },
];

export function observationMode(value) {
  return OBSERVATION_MODES.find((m) => m.value === value) || { value, label: value, text: '' };
}

export const OBSERVATION_STATUSES = {
  REQUESTED: 'Waiting for an answer',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  RECORDED: 'Recorded',
  CANCELLED: 'Cancelled with the session',
};

/** Today's date in the practice's zone, as "2026-11-24". */
export function today(zone) {
  const p = {};
  for (const { type, value } of new Intl.DateTimeFormat('en-US', {
    timeZone: zone || undefined, year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(new Date())) p[type] = value;
  return `${p.year}-${p.month}-${p.day}`;
}

export function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A count as people read it: "3,000". */
export function number(n) {
  return numbers.format(n);
}

/** Minutes as hours, to a tenth: "12.5 hours", "1 hour". */
export function hours(minutes) {
  const h = Math.round((minutes || 0) / 6) / 10;
  return `${numbers.format(h)} ${h === 1 ? 'hour' : 'hours'}`;
}

/** A session's length: "50 minutes", "1 h 30 min". */
export function duration(minutes) {
  if (minutes < 60) return plural(minutes, 'minute', 'minutes');
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${rest} min` : ''}`;
}

/** Whether a path segment is a UUID. */
export function isId(value) {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value || '');
}

/** Whether a colleague (from /v1/users/colleagues) holds one of the roles. */
export function colleagueHolds(colleague, ...roles) {
  return (colleague.roles || []).some((r) => roles.includes(String(r).toLowerCase()));
}

/** Colleagues holding one of the roles, by name. */
export function withRole(colleagues, ...roles) {
  return colleagues.filter((c) => colleagueHolds(c, ...roles)).sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Whether a relationship is in force on a day ("2026-11-24"). */
export function inForce(relationship, day) {
  return relationship.start <= day && (!relationship.end || relationship.end >= day);
}

/**
 * Marks the fields with the given element ids as refused and focuses the first; clears the
 * others in root. Returns whether there was such a field.
 */
export function markInvalid(root, elementIds) {
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
  first?.focus();
  return first !== null;
}

/** Focuses the first element matching the selector under root, if any (after a redraw). */
export function focus(root, selector) {
  const element = root.querySelector(selector);
  if (element) element.focus();
  return element;
}

/**
 * A refusal next to what failed: the server's detail and, for a 422, every conflict listed. The
 * detail of a 422 is its lead followed by the conflicts run together ("This supervision cannot be
 * recorded: A. B."), so only the lead is kept above the list.
 */
export function refusal(app, error, id) {
  const { html } = app;
  const violations = error?.problem?.violations || [];
  const message = error?.message || String(error);
  const at = violations.length ? message.indexOf(violations[0]) : -1;
  const lead = at > 0 ? message.slice(0, at).trim() : message;
  return html`<div class="problem supervision-refusal" role="alert" id=${id} tabindex="-1">
    <p class="supervision-refusal-detail">${lead}</p>
    ${violations.length ? html`<ul id="${id}-list">${violations.map((v) => html`<li data-testid="violation">${v}</li>`)}</ul>` : ''}
  </div>`;
}

/** Settles a promise into {value} or {error}, so that one failed read does not hide the rest of a page. */
export function settled(promise) {
  return promise.then((value) => ({ value }), (error) => ({ error }));
}
