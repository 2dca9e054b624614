// The Calendar page (/scheduling): the week, day or list of one or several practitioners'
// appointments in FullCalendar, booking (a click on an empty time or the Book button),
// the appointment dialog (a click on an appointment), and the practitioner's calendar feed.
// /scheduling/<yyyy-mm-dd> opens the calendar at that date; /scheduling/availability holds
// working hours and the free-slot finder (availability.js).
//
// Client names are shown exactly as the API gives them: a sealed client's pseudonym stays a
// pseudonym. Everything goes into the page through lit-html or textContent, never as HTML.

import { loadFullCalendar, linkStyles } from './widget.js';
import { openBooking } from './booking.js';
import { openAppointment } from './appointment.js';
import { renderAvailability } from './availability.js';
import { KINDS, STATUSES, appointmentTitle, cancelled, practitioners, defaultTherapists, treats, nameOf } from './labels.js';
import * as times from './times.js';

const API = '/v1/scheduling';
const VIEWS = [['timeGridWeek', 'Week'], ['timeGridDay', 'Day'], ['listWeek', 'List']];
const SELECTION_KEY = 'alliance.scheduling.therapists';

export default async function render(container, app) {
  linkStyles();
  const sub = app.path.split('/')[2];
  if (sub === 'availability') return renderAvailability(container, app);
  return calendar(container, app, times.parseDate(sub));
}

async function calendar(container, app, initialDate) {
  const { html } = app;
  const zone = app.practice.timeZone;
  const state = {
    colleagues: [],
    selected: [],
    view: 'timeGridWeek',
    title: '',
    showCancelled: true,
    loadErrors: [],
    status: '',
    feed: null,
    feedError: null,
    feedStatus: '',
  };
  let fc = null;
  let dialogHost = null;

  const people = () => {
    const list = practitioners(state.colleagues);
    // The user may schedule for themself without being listed (a colleagues list that failed).
    return list.some((p) => p.id === app.user.id) || !treats(app.user) ? list
      : [{ id: app.user.id, displayName: app.user.displayName, roles: app.user.roles }, ...list];
  };

  const select = (ids) => {
    state.selected = ids;
    try {
      sessionStorage.setItem(`${SELECTION_KEY}.${app.user.id}`, JSON.stringify(ids));
    } catch (e) {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
    draw();
    fc?.refetchEvents();
    loadBusinessHours();
  };

  const book = (start) => {
    openBooking(app, dialogHost, {
      colleagues: state.colleagues,
      therapistId: state.selected.length === 1 ? state.selected[0] : undefined,
      start,
      fallbackFocus: () => container.querySelector('#book-button')?.focus(),
      onBooked: (booking) => {
        const a = booking.appointment;
        const n = booking.occurrences.length;
        state.status = `Booked: ${appointmentTitle(a)}, ${times.formatInstant(a.start, zone)}`
          + `${n > 1 ? ` and ${n - 1} more in the series` : ''}.`;
        if (!state.selected.includes(a.therapistId)) state.selected = [...state.selected, a.therapistId];
        draw();
        fc.gotoDate(times.wall(a.start, zone));
        fc.refetchEvents();
      },
    });
  };

  /** The Book button's start: soon, if today is shown; else 09:00 on the first day shown. */
  const defaultStart = () => {
    const view = fc?.view;
    if (!view) return null;
    const today = times.now(zone);
    if (today >= view.currentStart && today < view.currentEnd) return null;
    return new Date(view.currentStart.getTime() + 9 * 3600000);
  };

  const open = (id) => openAppointment(app, dialogHost, {
    id,
    colleagues: state.colleagues,
    onChanged: () => fc?.refetchEvents(),
    fallbackFocus: () => (container.querySelector(`[data-appointment-id="${id}"]`)
      || container.querySelector('#book-button'))?.focus(),
  });

  const createFeed = async () => {
    state.feedError = null;
    try {
      state.feed = await app.api('POST', `${API}/feeds`);
      state.feedStatus = '';
    } catch (e) {
      state.feedError = e;
    }
    draw();
    container.querySelector('#feed-url')?.select();
  };

  const copyFeed = async () => {
    const field = container.querySelector('#feed-url');
    try {
      await navigator.clipboard.writeText(state.feed.url);
    } catch (e) {
      field.select();
      document.execCommand('copy');
    }
    state.feedStatus = 'The address is copied. Paste it into your calendar program as a subscription.';
    draw();
  };

  const revokeFeed = async () => {
    const token = state.feed.token || new URL(state.feed.url, location.href).pathname.split('/').pop().replace(/\.ics$/, '');
    try {
      await app.api('DELETE', `${API}/feeds/${encodeURIComponent(token)}`);
      state.feed = null;
      state.feedStatus = 'The address is revoked: calendar programs that use it get nothing more.';
    } catch (e) {
      state.feedError = e;
    }
    draw();
    container.querySelector('#feed-subscribe')?.focus();
  };

  const therapistPicker = () => {
    const list = people();
    const shown = list.filter((p) => state.selected.includes(p.id));
    return html`<details class="therapist-picker" id="therapist-picker">
      <summary>Showing: ${shown.length === 0 ? 'nobody' : shown.length > 3 ? `${shown.length} practitioners`
        : shown.map((p) => p.displayName).join(', ')}</summary>
      <fieldset>
        <legend>Whose appointments</legend>
        <div class="actions">
          ${list.some((p) => p.id === app.user.id) ? html`<button type="button" class="link-button" id="therapists-me"
            @click=${() => select([app.user.id])}>Only mine</button>` : ''}
          <button type="button" class="link-button" id="therapists-all"
            @click=${() => select(list.map((p) => p.id))}>Everyone</button>
        </div>
        <div class="checkbox-list">${list.map((p) => html`<div class="form-row inline">
          <input type="checkbox" id="therapist-${p.id}" value=${p.id} data-testid="therapist-option"
            .checked=${state.selected.includes(p.id)}
            @change=${(e) => select(e.target.checked ? [...state.selected, p.id] : state.selected.filter((id) => id !== p.id))}>
          <label for="therapist-${p.id}">${p.displayName}</label></div>`)}</div>
      </fieldset>
    </details>`;
  };

  const feedSection = () => html`<section class="panel feed" aria-labelledby="feed-title">
    <h2 id="feed-title">Calendar feed</h2>
    <p>See your appointments in your phone's or computer's calendar program. The feed shows times, kinds
      and places, with clients' initials or pseudonyms only, never their names.</p>
    ${state.feed ? html`
      <div class="form-row"><label for="feed-url">Your private feed address</label>
        <input id="feed-url" type="text" readonly .value=${state.feed.url} aria-describedby="feed-warning"
          @focus=${(e) => e.target.select()}></div>
      <p class="warning" id="feed-warning">Anyone with this address can read your schedule. Copy it now:
        Alliance keeps only a fingerprint of it and cannot show it again. Revoke it if it gets out.</p>
      <div class="actions">
        <button class="button" id="feed-copy" type="button" @click=${copyFeed}>Copy address</button>
        <button class="button danger" id="feed-revoke" type="button" @click=${revokeFeed}>Revoke address</button>
      </div>` : html`
      <button class="button secondary" id="feed-subscribe" type="button" @click=${createFeed}>Subscribe in your calendar program</button>`}
    ${state.feedError ? app.problem(state.feedError) : ''}
    <p role="status" id="feed-status">${state.feedStatus}</p>
  </section>`;

  const draw = () => app.render(html`
    <h1>Calendar</h1>
    <div class="scheduling-toolbar">
      <div class="button-group" role="group" aria-label="Move in time">
        <button class="button secondary" id="cal-prev" type="button" @click=${() => fc?.prev()}
          aria-label=${state.view === 'timeGridDay' ? 'Previous day' : 'Previous week'}>‹ Previous</button>
        <button class="button secondary" id="cal-today" type="button" @click=${() => fc?.today()}>Today</button>
        <button class="button secondary" id="cal-next" type="button" @click=${() => fc?.next()}
          aria-label=${state.view === 'timeGridDay' ? 'Next day' : 'Next week'}>Next ›</button>
      </div>
      <h2 id="cal-title" aria-live="polite">${state.title}</h2>
      <div class="button-group" role="group" aria-label="View">
        ${VIEWS.map(([view, label]) => html`<button type="button" class="button secondary" data-view=${view}
          id="cal-view-${label.toLowerCase()}" aria-pressed=${state.view === view ? 'true' : 'false'}
          @click=${() => { fc?.changeView(view); }}>${label}</button>`)}
      </div>
      <button class="button" id="book-button" type="button" @click=${() => book(defaultStart())}>Book</button>
    </div>
    <div class="scheduling-filters">
      ${therapistPicker()}
      <div class="form-row inline">
        <input type="checkbox" id="show-cancelled" .checked=${state.showCancelled}
          @change=${(e) => { state.showCancelled = e.target.checked; fc?.refetchEvents(); }}>
        <label for="show-cancelled">Show cancelled appointments</label>
      </div>
      <a href="/scheduling/availability" id="availability-link">Working hours and free slots</a>
    </div>
    ${times.differsFromBrowser(zone) ? html`<p class="hint">Times are in the practice's time zone, ${zone}.</p>` : ''}
    <p role="status" id="cal-status">${state.status}</p>
    ${state.loadErrors.map((e) => app.problem(e))}
    <div id="calendar" class="scheduling-calendar"></div>
    <ul class="legend" aria-label="Colours">
      ${Object.entries(KINDS).map(([k, label]) => html`<li><span class="swatch appt-kind-${k.toLowerCase()}"></span>${label}</li>`)}
      <li><span class="swatch appt-status-cancelled"></span>Cancelled</li>
      <li><span class="swatch appt-status-no_show"></span>No-show</li>
    </ul>
    ${feedSection()}
    <div id="scheduling-dialogs"></div>`, container);

  draw();
  dialogHost = container.querySelector('#scheduling-dialogs');

  let FullCalendar;
  try {
    [FullCalendar, state.colleagues] = await Promise.all([loadFullCalendar(),
      app.api('GET', '/v1/users/colleagues').catch((e) => { state.loadErrors = [e]; return []; })]);
  } catch (e) {
    state.loadErrors = [e];
    draw();
    return;
  }
  state.selected = storedSelection(app.user.id, people()) || defaultTherapists(app.user, state.colleagues);
  draw();

  fc = new FullCalendar.Calendar(container.querySelector('#calendar'), {
    timeZone: 'UTC', // wall times of the practice's zone: see times.js
    now: () => times.now(zone),
    initialView: state.view,
    initialDate: initialDate || times.now(zone),
    headerToolbar: false,
    height: 'auto',
    firstDay: 1,
    allDaySlot: false,
    nowIndicator: true,
    slotMinTime: '07:00',
    slotMaxTime: '21:00',
    slotDuration: '00:30:00',
    expandRows: true,
    dayHeaderFormat: { weekday: 'short', day: 'numeric', month: 'numeric', omitCommas: true },
    eventTimeFormat: { hour: 'numeric', minute: '2-digit', meridiem: 'short' },
    noEventsText: 'No appointments in this period.',
    eventClick: (info) => {
      info.jsEvent.preventDefault();
      open(info.event.id);
    },
    dateClick: (info) => book(info.date),
    datesSet: (info) => {
      if (!container.isConnected) return;
      state.view = info.view.type;
      state.title = info.view.title;
      draw();
      keepDateInAddress(info.view);
    },
    events: (info, success, failure) => loadEvents(info).then(success, failure),
    eventContent: (arg) => ({ domNodes: eventNodes(arg.event.extendedProps.appointment, arg.timeText, arg.view.type) }),
    eventDidMount: (arg) => {
      const a = arg.event.extendedProps.appointment;
      arg.el.dataset.appointmentId = a.id;
      arg.el.setAttribute('aria-label', `${appointmentTitle(a)}, ${times.formatInstant(a.start, zone)} to `
        + `${times.formatTime(a.end, zone)}, ${STATUSES[a.status] || a.status}`
        + `${state.selected.length > 1 ? `, ${nameOf(state.colleagues, a.therapistId)}` : ''}`);
    },
  });

  function eventNodes(a, timeText, viewType) {
    const nodes = [];
    const line = (text, cls) => {
      const el = document.createElement('div');
      el.className = cls;
      el.textContent = text;
      nodes.push(el);
    };
    if (!viewType.startsWith('list')) line(timeText, 'fc-event-time');
    line(appointmentTitle(a), 'fc-event-title');
    const more = [];
    if (a.clientName) more.push(KINDS[a.kind]);
    if (a.status !== 'BOOKED') more.push(STATUSES[a.status]);
    if (state.selected.length > 1) more.push(nameOf(state.colleagues, a.therapistId));
    if (more.length) line(more.filter(Boolean).join(' · '), 'appt-more');
    return nodes;
  }

  async function loadEvents(info) {
    const from = new Date(times.instant(info.start, zone)).toISOString();
    const to = new Date(times.instant(info.end, zone)).toISOString();
    const results = await Promise.allSettled(state.selected.map((id) => app.api('GET',
      `${API}/appointments?therapistId=${encodeURIComponent(id)}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)));
    const seen = new Map();
    const errors = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') {
        r.value.forEach((a) => seen.set(a.id, a));
      } else {
        errors.push(new Error(`${nameOf(state.colleagues, state.selected[i])}: ${r.reason.message}`));
      }
    });
    state.loadErrors = errors;
    draw();
    const shown = [...seen.values()].filter((a) => state.showCancelled || !cancelled(a));
    stretchHours(shown);
    return shown.map((a) => ({
      id: a.id,
      title: appointmentTitle(a),
      start: times.wall(a.start, zone).toISOString(),
      end: times.wall(a.end, zone).toISOString(),
      classNames: ['appt', `appt-kind-${a.kind.toLowerCase()}`, `appt-status-${a.status.toLowerCase()}`],
      extendedProps: { appointment: a },
    }));
  }

  /** Widens the hours shown (07:00–21:00) to fit appointments outside them. */
  function stretchHours(appointments) {
    let min = 7;
    let max = 21;
    for (const a of appointments) {
      const s = times.wall(a.start, zone);
      const e = times.wall(a.end, zone);
      min = Math.min(min, s.getUTCHours());
      const endHour = e.getUTCDate() !== s.getUTCDate() ? 24 : e.getUTCHours() + (e.getUTCMinutes() > 0 ? 1 : 0);
      max = Math.max(max, endHour);
    }
    const minTime = `${String(min).padStart(2, '0')}:00`;
    const maxTime = `${String(max).padStart(2, '0')}:00`;
    if (fc.getOption('slotMinTime') !== minTime) fc.setOption('slotMinTime', minTime);
    if (fc.getOption('slotMaxTime') !== maxTime) fc.setOption('slotMaxTime', maxTime);
  }

  /** Shades the working hours when one practitioner is shown. */
  async function loadBusinessHours() {
    if (!fc) return;
    if (state.selected.length !== 1) {
      fc.setOption('businessHours', false);
      return;
    }
    try {
      const availability = await app.api('GET', `${API}/availability/${encodeURIComponent(state.selected[0])}`);
      const days = { SUNDAY: 0, MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5, SATURDAY: 6 };
      fc.setOption('businessHours', availability.hours.length === 0 ? false : availability.hours.map((h) => ({
        daysOfWeek: [days[h.day]], startTime: h.from.slice(0, 5), endTime: h.to.slice(0, 5),
      })));
    } catch (e) {
      fc.setOption('businessHours', false); // working hours are a nicety here; the calendar works without
    }
  }

  /** /scheduling while today is shown, /scheduling/<first day> otherwise: a reload shows the same week. */
  function keepDateInAddress(view) {
    if (!location.pathname.startsWith('/scheduling')) return;
    const today = times.now(zone);
    const showsToday = today >= view.currentStart && today < view.currentEnd;
    const path = showsToday ? '/scheduling' : `/scheduling/${times.dateValue(view.currentStart)}`;
    if (location.pathname !== path) history.replaceState(null, '', path);
  }

  fc.render();
  loadBusinessHours();

  // The shell replaces the page's container when the user goes elsewhere: let the widget go too.
  const watch = setInterval(() => {
    if (!container.isConnected) {
      clearInterval(watch);
      fc.destroy();
    }
  }, 2000);
}

/** The practitioners chosen earlier in this browser tab, if they still exist. */
function storedSelection(userId, people) {
  try {
    const ids = JSON.parse(sessionStorage.getItem(`${SELECTION_KEY}.${userId}`) || 'null');
    const known = Array.isArray(ids) ? ids.filter((id) => people.some((p) => p.id === id)) : [];
    return known.length ? known : null;
  } catch (e) {
    return null;
  }
}
