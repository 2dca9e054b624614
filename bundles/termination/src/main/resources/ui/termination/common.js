// What the termination module's scripts share: where the API is, the stylesheet, the words
// for reasons, statuses and checklist items, calendar days in the practice's zone, and showing
// which field the server refused.
//
// Everything reaches the page through lit-html, which escapes it; nothing is written as HTML.

export const API = '/v1/termination';

/** Links the module's stylesheet once (style-src 'self' allows linked files, never inline styles). */
export function linkStyles() {
  if (document.head.querySelector('link[data-termination-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/ui/termination/termination.css';
  link.dataset.terminationCss = 'termination';
  document.head.append(link);
}

/**
 * Why an engagement ends, in the order the form offers them, each with a plain-language
 * explanation. `exception` marks the documented exceptions to the minimum notice
 * (TerminationReason.isNoticeException): a shorter notice is possible, with a second person's approval.
 */
export const REASONS = [
  { value: 'GOALS_MET', label: 'Goals met',
    text: 'The client has reached the goals of the treatment plan, or enough of them to go on without therapy.' },
  { value: 'NOT_BENEFITING', label: 'No longer benefiting',
    text: 'The client no longer needs the service, is not likely to benefit from it, or is being harmed by '
      + 'continuing (APA 10.10(a)).' },
  { value: 'REFERRAL_NEEDED', label: 'Needs care elsewhere',
    text: 'The client needs something you cannot offer (another speciality, a level of care, a language): '
      + 'the ending is a handover to someone who can.' },
  { value: 'THERAPIST_UNAVAILABLE', label: 'You will be unavailable',
    text: 'You are leaving the practice, retiring, or will be away too long to go on; plan the handover early.' },
  { value: 'CLIENT_REQUEST', label: 'The client asked to end', exception: true,
    text: 'The client has decided to stop. Respect the decision and offer a closing session and referrals, '
      + 'even at short notice.' },
  { value: 'THREAT_TO_THERAPIST', label: 'Threat to you', exception: true,
    text: 'You are threatened or endangered by the client or someone close to them (APA 10.10(b)). '
      + 'Your safety comes first; the notice may be short.' },
  { value: 'PREVENTED_BY_CLIENT_OR_PAYER', label: 'Prevented by the client or a payer', exception: true,
    text: 'The client\'s or a payer\'s actions make continuing impossible: the insurer stops paying, the client '
      + 'stops coming or cannot be reached.' },
];

export function reason(value) {
  return REASONS.find((r) => r.value === value) || { value, label: value, text: '' };
}

export const STATUSES = {
  AWAITING_APPROVAL: 'Awaiting approval',
  ACTIVE: 'Under way',
  CLOSED: 'Closed',
};

export function statusBadge(app, plan, id) {
  return app.html`<span class="badge termination-status termination-status-${plan.status.toLowerCase()}"
    id=${id || app.nothing} data-testid="plan-status">${STATUSES[plan.status] || plan.status}</span>`;
}

export const ITEM_STATES = { OPEN: 'To do', DONE: 'Done', NOT_APPLICABLE: 'Does not apply' };

/**
 * What each checklist item asks, and how it gets ticked: by the therapist, or (automatic) by
 * the module from what scheduling and notes record.
 */
export const ITEMS = {
  'pre-termination-counseling': {
    what: 'Talk the ending through with the client: why, when, how they feel about it, and what comes next '
      + '(APA 10.10(c)). Note when you talked and what you agreed.',
  },
  'referrals-offered': {
    what: 'Offer the client other practitioners or services for continuing care (APA 10.10(c)).',
    automatic: 'Ticked as soon as one is recorded under “Referrals offered”.',
  },
  'closure-sessions': {
    what: 'Hold the planned closure sessions, to look back on the work and say goodbye.',
    automatic: 'Ticked when the planned termination sessions in the Calendar have taken place (past and not '
      + 'cancelled or missed).',
    manual: 'The Scheduling module is not installed, so Alliance cannot count them: tick it once they are held.',
  },
  'final-outcome-measure': {
    what: 'Record a last outcome measure (PHQ-9, GAD-7 or your modality\'s), to compare with where therapy started.',
    automatic: 'Ticked when an outcome measure is recorded in Notes after the plan was opened.',
    manual: 'The Notes module is not installed: tick it when you have recorded the measure elsewhere.',
  },
  'discharge-summary': {
    what: 'Write the discharge summary: the course of therapy, the outcome, and recommendations.',
    automatic: 'Ticked when the discharge summary is signed in Notes.',
    manual: 'The Notes module is not installed: tick it when the summary is written.',
  },
};

/** Today's date in the practice's zone, as "2026-11-24". */
export function today(zone) {
  const p = {};
  for (const { type, value } of new Intl.DateTimeFormat('en-US', {
    timeZone: zone || undefined, year: 'numeric', month: '2-digit', day: '2-digit',
  }).formatToParts(new Date())) p[type] = value;
  return `${p.year}-${p.month}-${p.day}`;
}

/** Whole days from one date ("2026-11-24") to another; negative when the second is earlier. */
export function daysBetween(from, to) {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86400000);
}

/** The date n days after a date. */
export function addDays(date, n) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
}

export function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

/** "at least 14 days' notice and 2 closure sessions". */
export function policyText(policy) {
  return `at least ${plural(policy.minimumNoticeDays, 'day\'s', 'days\'')} notice and `
    + `${plural(policy.minimumClosureSessions, 'closure session', 'closure sessions')}`;
}

/** Whether a path segment is a UUID. */
export function isId(value) {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value || '');
}

/** A colleague's name from the list of colleagues, or a fallback. */
export function nameOf(colleagues, id, fallback = 'a colleague') {
  return colleagues.find((c) => c.id === id)?.displayName || fallback;
}

/** Colleagues who treat clients, and so may cover or take a referral. */
export function treating(colleagues) {
  return colleagues.filter((c) => (c.roles || []).some((r) => ['therapist', 'intern'].includes(String(r).toLowerCase())))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/**
 * Marks the fields with the given element ids as refused and focuses the first; clears the
 * others in root. Returns whether there was such a field.
 */
export function markInvalid(root, elementIds) {
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

/** A refusal next to what failed: the server's detail and, for a 422, each unmet rule listed. */
export function refusal(app, error, id) {
  const { html } = app;
  const violations = error?.problem?.violations || [];
  return html`<div class="problem termination-refusal" role="alert" id=${id} tabindex="-1">
    <p class="termination-refusal-detail">${error?.message || String(error)}</p>
    ${violations.length ? html`<ul id="${id}-list">${violations.map((v) => html`<li data-testid="violation">${v}</li>`)}</ul>` : ''}
  </div>`;
}
