// The way to the last day: a timeline from the plan's opening through today to the planned end,
// with the closure sessions on it. Where the Scheduling module is installed they are its
// termination sessions for the engagement, and a form books the next one; without it the page
// says so, and the therapist ticks the closure-sessions item themself.

import { addDays, daysBetween, plural, markInvalid, focus } from './common.js';
import { withOffset, dateIn, formatInstant } from './times.js';

const APPOINTMENTS = '/v1/scheduling/appointments';

const SESSION_STATES = {
  BOOKED: 'Booked', ATTENDED: 'Held', NO_SHOW: 'Missed', CANCELLED: 'Cancelled', LATE_CANCELLED: 'Cancelled',
};

/** Held, as the checklist counts it: marked attended, or booked and over (nobody marked it missed). */
function held(session) {
  return session.status === 'ATTENDED' || (session.status === 'BOOKED' && Date.parse(session.end) < Date.now());
}

/** The session's state in words and as a class name: a booked session that is over counts as held. */
function sessionState(session) {
  return held(session) ? 'attended' : session.status.toLowerCase();
}

/**
 * Reads the engagement's termination sessions into ctx.sessions: {available, list, error}.
 * available is false when the Scheduling module is not installed (the API answers 404).
 */
export async function loadSessions(ctx) {
  const { app, plan } = ctx;
  const zone = app.practice.timeZone;
  const end = addDays(plan.plannedEndDate, 2);
  let start = addDays(dateIn(plan.createdAt, zone), -1);
  if (daysBetween(start, end) > 365) start = addDays(end, -365);
  const query = new URLSearchParams({
    therapistId: plan.therapistId, clientId: plan.clientId, from: `${start}T00:00:00Z`, to: `${end}T00:00:00Z`,
  });
  try {
    const all = await app.api('GET', `${APPOINTMENTS}?${query}`);
    ctx.sessions = {
      available: true,
      list: all.filter((a) => a.engagementId === plan.engagementId && a.kind === 'TERMINATION_SESSION'),
      error: null,
    };
  } catch (e) {
    ctx.sessions = e.status === 404 ? { available: false, list: [], error: null }
      : { available: e.status !== 403, list: [], error: e.status === 403 ? null : e };
  }
}

export function newBookingForm(ctx) {
  return { start: '', minutes: String(ctx.sessionMinutes || 50), error: null, busy: false, status: '' };
}

async function book(event, ctx) {
  event.preventDefault();
  const { app, host } = ctx;
  const f = ctx.booking;
  const start = withOffset(f.start, app.practice.timeZone);
  f.busy = true;
  f.error = null;
  f.status = '';
  ctx.draw();
  try {
    const booking = await app.api('POST', APPOINTMENTS, {
      engagementId: ctx.plan.engagementId, start, durationMinutes: f.minutes === '' ? null : Number(f.minutes),
      kind: 'TERMINATION_SESSION',
    });
    const at = formatInstant(booking.appointment.start, app.practice.timeZone);
    ctx.booking = { ...newBookingForm(ctx), status: `Closure session booked for ${at}.` };
    ctx.sessions.list = [...ctx.sessions.list, booking.appointment];
    ctx.draw();
    focus(host, '#closure-status');
  } catch (e) {
    f.busy = false;
    if (e.status === 404 && !e.field && !e.problem?.detail) {
      // Scheduling was switched off while the page was open.
      ctx.sessions = { available: false, list: [], error: null };
      ctx.draw();
      return;
    }
    f.error = e;
    ctx.draw();
    const input = { start: 'closure-start', durationMinutes: 'closure-minutes' }[e.field] || (start ? null : 'closure-start');
    if (!markInvalid(host.querySelector('#closure-form'), input)) focus(host, '#closure-error');
  }
}

/** The events of the timeline, in date order. */
function events(ctx) {
  const { plan, app } = ctx;
  const zone = app.practice.timeZone;
  const list = [];
  list.push({ date: dateIn(plan.createdAt, zone), kind: 'opened', label: 'Plan opened', order: -2 });
  const sessions = [...ctx.sessions.list].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const s of sessions) {
    list.push({ date: dateIn(s.start, zone), kind: 'session', session: s, label: 'Closure session' });
  }
  const counted = sessions.filter((s) => s.status === 'BOOKED' || s.status === 'ATTENDED').length;
  const done = ctx.sessions.available ? counted : (plan.heldClosureSessions ?? 0);
  for (let i = done; plan.status !== 'CLOSED' && i < plan.closureSessions; i += 1) {
    list.push({ date: plan.plannedEndDate, kind: 'unbooked', label: `Closure session ${i + 1} of ${plan.closureSessions}`, order: 1 });
  }
  const end = plan.endedOn || plan.plannedEndDate;
  list.push({ date: end, kind: 'end', label: plan.endedOn ? 'Engagement ended' : 'Planned last day', order: 2 });
  if (plan.status !== 'CLOSED') list.push({ date: ctx.today, kind: 'today', label: 'Today', order: -1 });
  const rank = (e) => e.order ?? 0;
  return list.sort((a, b) => a.date.localeCompare(b.date) || rank(a) - rank(b)
    || (a.session && b.session ? Date.parse(a.session.start) - Date.parse(b.session.start) : 0));
}

function eventView(ctx, e) {
  const { app } = ctx;
  const { html, format } = app;
  const zone = app.practice.timeZone;
  const when = e.session ? formatInstant(e.session.start, zone) : format.date(e.date);
  const past = e.date < ctx.today && e.kind !== 'today';
  return html`<li class="termination-event termination-event-${e.kind}${past ? ' termination-event-past' : ''}"
      data-testid=${e.kind === 'session' ? 'closure-session' : `timeline-${e.kind}`}
      data-status=${e.session ? e.session.status : app.nothing}>
    <span class="termination-event-when">${e.kind === 'unbooked' ? 'Not booked yet' : when}</span>
    <span class="termination-event-what">${e.label}${e.session ? html` <span class="badge termination-session-${
      sessionState(e.session)}">${held(e.session) ? 'Held' : SESSION_STATES[e.session.status] || e.session.status}</span>` : ''}</span>
  </li>`;
}

function bookingForm(ctx) {
  const { app } = ctx;
  const { html } = app;
  const f = ctx.booking;
  const zone = app.practice.timeZone;
  return html`<form id="closure-form" class="panel termination-form" novalidate aria-labelledby="closure-form-title"
      @submit=${(e) => book(e, ctx)}>
    <h3 id="closure-form-title">Book a closure session</h3>
    <div class="form-grid">
      <div class="form-row">
        <label for="closure-start">Date and time</label>
        <input id="closure-start" type="datetime-local" required min="${ctx.today}T00:00" max="${ctx.plan.plannedEndDate}T23:59"
          aria-describedby="closure-help" .value=${f.start}
          @input=${(e) => { f.start = e.target.value; }} @change=${(e) => { f.start = e.target.value; }}>
      </div>
      <div class="form-row">
        <label for="closure-minutes">Minutes</label>
        <input id="closure-minutes" type="number" inputmode="numeric" min="5" max="480" required class="termination-short"
          .value=${f.minutes} @input=${(e) => { f.minutes = e.target.value; }}>
      </div>
    </div>
    <p class="hint" id="closure-help">In the practice's time (${zone}), on or before the planned last day. It is booked in
      the Calendar as a termination session, and the client is told as for any appointment.</p>
    ${f.error ? html`<div id="closure-error" tabindex="-1">${app.problem(f.error)}</div>` : ''}
    <button type="submit" class="button secondary" id="closure-book" ?disabled=${f.busy}>Book a closure session</button>
  </form>`;
}

export function timeline(ctx) {
  const { app, plan } = ctx;
  const { html } = app;
  const s = ctx.sessions;
  const closed = plan.status === 'CLOSED';
  const left = daysBetween(ctx.today, plan.plannedEndDate);
  const total = Math.max(1, daysBetween(dateIn(plan.createdAt, app.practice.timeZone), plan.plannedEndDate));
  const booked = s.list.filter((x) => x.status === 'BOOKED' && !held(x)).length;
  const heldCount = s.available ? s.list.filter(held).length : plan.heldClosureSessions;

  return html`<section class="termination-section" id="termination-timeline-section" aria-labelledby="timeline-title">
    <h2 id="timeline-title">${closed ? 'How the ending went' : 'From today to the last day'}</h2>
    ${closed ? '' : html`<p id="timeline-summary"><strong>${left > 0 ? `${plural(left, 'day', 'days')} left`
      : left === 0 ? 'The last day is today' : `The planned last day was ${plural(-left, 'day', 'days')} ago`}</strong>.
      Closure sessions: ${heldCount ?? 'unknown'} of ${plan.closureSessions} held${s.available ? `, ${booked} booked` : ''}.</p>
      <div class="termination-progress">
        <label for="termination-progress">Notice used</label>
        <progress id="termination-progress" max=${total} value=${Math.min(total, Math.max(0, total - left))}>
          ${Math.round(100 * Math.min(total, Math.max(0, total - left)) / total)}%</progress>
      </div>`}
    <ol class="termination-timeline" id="termination-timeline" aria-label="Timeline">${events(ctx).map((e) => eventView(ctx, e))}</ol>
    ${s.error ? app.problem(s.error) : ''}
    <p role="status" id="closure-status" tabindex="-1" class="termination-status-message">${ctx.booking.status}</p>
    ${closed || !ctx.canAct ? '' : s.available ? bookingForm(ctx) : html`<p class="notice" id="closure-no-scheduling">
      The Scheduling module is not installed, so Alliance cannot book or count the closure sessions. Book them as you
      usually do, and tick “Closure sessions held” on the checklist once they have taken place.</p>`}
  </section>`;
}
