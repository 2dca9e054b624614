// The booking dialog: a session of an engagement or a meeting between practitioners, once or
// as a series (an RRULE built from "weekly / every 2 weeks" and a count or end date, or
// written by hand). The server decides everything: a clash comes back as 409 with a detail
// naming it, bad input as 400 naming the field; both are shown in the dialog.

import { Dialog, markInvalid } from './dialog.js';
import { KINDS, CLIENT_KINDS, LOCATIONS, practitioners, nameOf } from './labels.js';
import * as times from './times.js';

const API = '/v1/scheduling';

/** Which input shows a field the server named. */
function fieldInput(field, state) {
  switch (field) {
    case 'start': return 'booking-start';
    case 'durationMinutes': return 'booking-duration';
    case 'engagementId': return 'booking-engagement';
    case 'kind': return 'booking-kind';
    case 'location': return 'booking-location';
    case 'roomId': return 'booking-room';
    case 'organizerId': return 'booking-therapist';
    case 'participantIds': return 'booking-participants-first';
    case 'recurrence':
      if (state.repeat === 'custom') return 'booking-rrule';
      return state.ends === 'until' ? 'booking-until' : 'booking-count';
    default: return null;
  }
}

/** The RRULE for the chosen repetition, or null for a single appointment. */
export function recurrenceRule(repeat, ends, count, until, zone) {
  if (repeat === 'none') return null;
  const interval = repeat === 'biweekly' ? ';INTERVAL=2' : '';
  if (ends === 'until') {
    const day = times.parseDate(until);
    if (!day) return { error: 'Give the date of the last session.' };
    // The end of that day in the practice's zone, in UTC as RFC 5545 asks when the start has a zone.
    const end = new Date(times.dayRange(day, zone)[1] - 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    return { rule: `FREQ=WEEKLY${interval};UNTIL=${end}` };
  }
  const n = Number(count);
  if (!Number.isInteger(n) || n < 2) return { error: 'A series has at least 2 sessions.' };
  return { rule: `FREQ=WEEKLY${interval};COUNT=${n}` };
}

/**
 * Opens the booking dialog.
 * options: therapistId, start (a wall Date in the practice's zone, or null), durationMinutes,
 * colleagues, onBooked(booking), fallbackFocus().
 */
export function openBooking(app, host, options) {
  const { html } = app;
  const zone = app.practice.timeZone;
  const colleagues = options.colleagues || [];
  const people = practitioners(colleagues);
  const state = {
    therapistId: options.therapistId || (people.some((p) => p.id === app.user.id) ? app.user.id : people[0]?.id),
    kind: 'SESSION',
    repeat: 'none',
    ends: 'count',
    engagements: null, // null while loading
    rooms: [],
    location: 'IN_PERSON',
    engagementsError: null,
    error: null,
    busy: false,
  };
  const start = options.start || nextHalfHour(zone);
  const dialog = new Dialog(app, host, 'booking-dialog', null, options.fallbackFocus);

  // The practice's rooms in use, for in-person appointments; without any, no room is asked for.
  const loadRooms = async () => {
    try {
      state.rooms = (await app.api('GET', '/v1/scheduling/rooms')).filter((r) => r.active);
    } catch (e) {
      state.rooms = [];
    }
    if (dialog.isOpen) dialog.draw();
  };
  loadRooms();

  const loadEngagements = async () => {
    state.engagements = null;
    state.engagementsError = null;
    dialog.draw();
    try {
      const all = await app.api('GET', `/v1/engagements?therapistId=${encodeURIComponent(state.therapistId)}`);
      state.engagements = all.filter((e) => e.status === 'ACTIVE');
    } catch (e) {
      state.engagements = [];
      state.engagementsError = e;
    }
    if (dialog.isOpen) dialog.draw();
  };

  const fail = (error, field) => {
    state.error = error;
    state.busy = false;
    dialog.draw();
    const form = host.querySelector('#booking-form');
    markInvalid(form, fieldInput(field, state));
    if (!fieldInput(field, state)) host.querySelector('#booking-error')?.focus();
  };

  const submit = async (event) => {
    event.preventDefault();
    const form = event.target;
    const withClient = CLIENT_KINDS.includes(state.kind);
    const wallStart = times.parseLocal(form.elements.start.value);
    if (!wallStart) return fail(new Error('Give the date and time of the (first) appointment.'), 'start');
    const engagementId = withClient ? form.elements.engagementId?.value : null;
    if (withClient && !engagementId) {
      return fail(new Error('Choose the engagement (the client and their therapist) this appointment is for.'),
        'engagementId');
    }
    let recurrence = null;
    if (state.repeat === 'custom') {
      recurrence = form.elements.recurrence.value.trim() || null;
      if (!recurrence) return fail(new Error('Write the recurrence rule, such as FREQ=WEEKLY;COUNT=10.'), 'recurrence');
    } else {
      const built = recurrenceRule(state.repeat, state.ends, form.elements.count?.value, form.elements.until?.value, zone);
      if (built?.error) return fail(new Error(built.error), 'recurrence');
      recurrence = built?.rule || null;
    }
    const body = {
      engagementId,
      start: times.isoWithOffset(times.instant(wallStart, zone), zone),
      durationMinutes: Number(form.elements.durationMinutes.value),
      kind: state.kind,
      location: form.elements.location.value,
      roomId: form.elements.roomId && form.elements.location.value === 'IN_PERSON' ? form.elements.roomId.value || null : null,
      recurrence,
      organizerId: withClient ? null : state.therapistId,
      participantIds: withClient ? [] : [...form.querySelectorAll('input[name=participantIds]:checked')].map((c) => c.value),
    };
    state.busy = true;
    state.error = null;
    dialog.draw();
    try {
      const booking = await app.api('POST', `${API}/appointments`, body);
      dialog.close();
      options.onBooked?.(booking);
    } catch (e) {
      fail(e, e.field);
    }
    return undefined;
  };

  const engagementField = () => {
    if (state.engagements === null) {
      return html`<div class="form-row"><label for="booking-engagement">Client (engagement)</label>
        <select id="booking-engagement" name="engagementId" disabled><option>Loading…</option></select></div>`;
    }
    return html`<div class="form-row"><label for="booking-engagement">Client (engagement)</label>
      <select id="booking-engagement" name="engagementId" required aria-describedby="booking-engagement-hint">
        ${state.engagements.length === 0 ? html`<option value="">No active engagements</option>` : ''}
        ${state.engagements.map((e) => html`<option value=${e.id}>${e.clientName}${e.modality ? ` · ${e.modality}` : ''}</option>`)}
      </select>
      <span class="hint" id="booking-engagement-hint">${state.engagementsError ? state.engagementsError.message
        : state.engagements.length === 0 ? `${nameOf(colleagues, state.therapistId)} has no active engagement to book.`
          : 'Active engagements of this therapist.'}</span></div>`;
  };

  const participantsField = () => {
    const others = people.filter((p) => p.id !== state.therapistId);
    return html`<fieldset id="booking-participants">
      <legend>Participants <span class="hint">(besides the organizer)</span></legend>
      ${others.length === 0 ? html`<p class="muted">No other practitioners.</p>` : ''}
      <div class="checkbox-list">${others.map((p, i) => html`<div class="form-row inline">
        <input type="checkbox" name="participantIds" value=${p.id} id=${i === 0 ? 'booking-participants-first' : `booking-participant-${p.id}`}>
        <label for=${i === 0 ? 'booking-participants-first' : `booking-participant-${p.id}`}>${p.displayName}</label>
      </div>`)}</div>
    </fieldset>`;
  };

  const repeatFields = () => {
    if (state.repeat === 'none') return '';
    if (state.repeat === 'custom') {
      return html`<div class="form-row"><label for="booking-rrule">Recurrence rule <span class="hint">(RFC 5545 RRULE)</span></label>
        <textarea id="booking-rrule" name="recurrence" rows="2" spellcheck="false" autocomplete="off"
          placeholder="FREQ=WEEKLY;COUNT=10" aria-describedby="booking-rrule-hint"></textarea>
        <span class="hint" id="booking-rrule-hint">For example FREQ=WEEKLY;BYDAY=TU;COUNT=12. Add a line
          EXDATE:20261224 to leave out a day. A rule without COUNT or UNTIL is booked some months ahead.</span></div>`;
    }
    return html`<fieldset class="booking-ends"><legend>Ends</legend>
      <div class="form-row inline">
        <input type="radio" id="booking-ends-count" name="ends" value="count" ?checked=${state.ends === 'count'}
          @change=${() => { state.ends = 'count'; dialog.draw(); }}>
        <label for="booking-ends-count">After</label>
        <input id="booking-count" name="count" type="number" min="2" max="400" value="10" class="short"
          aria-label="Number of sessions" ?disabled=${state.ends !== 'count'}>
        <span>sessions</span>
      </div>
      <div class="form-row inline">
        <input type="radio" id="booking-ends-until" name="ends" value="until" ?checked=${state.ends === 'until'}
          @change=${() => { state.ends = 'until'; dialog.draw(); }}>
        <label for="booking-ends-until">On</label>
        <input id="booking-until" name="until" type="date" aria-label="Date of the last session"
          ?disabled=${state.ends !== 'until'}>
      </div>
    </fieldset>`;
  };

  const content = () => {
    const withClient = CLIENT_KINDS.includes(state.kind);
    return html`
      <h2 id="booking-dialog-title">Book an appointment</h2>
      <form id="booking-form" novalidate @submit=${submit}>
        <div class="form-grid">
          <div class="form-row"><label for="booking-kind">What</label>
            <select id="booking-kind" name="kind" @change=${(e) => { state.kind = e.target.value; dialog.draw(); }}>
              ${Object.entries(KINDS).map(([k, label]) => html`<option value=${k} ?selected=${k === state.kind}>${label}</option>`)}
            </select></div>
          <div class="form-row"><label for="booking-therapist">${withClient ? 'Therapist' : 'Organizer'}</label>
            <select id="booking-therapist" name="therapistId"
              @change=${(e) => { state.therapistId = e.target.value; loadEngagements(); }}>
              ${people.map((p) => html`<option value=${p.id} ?selected=${p.id === state.therapistId}>${p.displayName}</option>`)}
            </select></div>
        </div>
        ${withClient ? engagementField() : participantsField()}
        <div class="form-grid compact">
          <div class="form-row"><label for="booking-start">Starts <span class="hint">(${zone})</span></label>
            <input id="booking-start" name="start" type="datetime-local" step="300" required
              value=${times.localValue(start)}></div>
          <div class="form-row"><label for="booking-duration">Minutes</label>
            <input id="booking-duration" name="durationMinutes" type="number" min="5" max="480" step="5" required
              value=${String(options.durationMinutes || 50)}></div>
          <div class="form-row"><label for="booking-location">Where</label>
            <select id="booking-location" name="location" @change=${(e) => { state.location = e.target.value; dialog.draw(); }}>
              ${Object.entries(LOCATIONS).map(([k, label]) => html`<option value=${k} ?selected=${state.location === k}>${label}</option>`)}
            </select></div>
          ${state.location === 'IN_PERSON' && state.rooms.length ? html`
          <div class="form-row"><label for="booking-room">Room</label>
            <select id="booking-room" name="roomId">
              <option value="">No particular room</option>
              ${state.rooms.map((r) => html`<option value=${r.id}>${r.name}</option>`)}
            </select></div>` : ''}
        </div>
        <div class="form-row"><label for="booking-repeat">Repeat</label>
          <select id="booking-repeat" name="repeat" @change=${(e) => { state.repeat = e.target.value; dialog.draw(); }}>
            <option value="none" ?selected=${state.repeat === 'none'}>Does not repeat</option>
            <option value="weekly" ?selected=${state.repeat === 'weekly'}>Every week</option>
            <option value="biweekly" ?selected=${state.repeat === 'biweekly'}>Every 2 weeks</option>
            <option value="custom" ?selected=${state.repeat === 'custom'}>Custom rule…</option>
          </select></div>
        ${repeatFields()}
        <div id="booking-error" tabindex="-1">${state.error ? app.problem(state.error) : ''}</div>
        <div class="actions">
          <button class="button" id="booking-submit" type="submit" ?disabled=${state.busy}>${state.busy ? 'Booking…' : 'Book'}</button>
          <button class="button secondary" id="booking-cancel" type="button" @click=${() => dialog.close()}>Cancel</button>
        </div>
      </form>`;
  };

  dialog.open(content);
  loadEngagements();
  return dialog;
}

/** The next half hour from now, as a wall Date in the zone. */
function nextHalfHour(zone) {
  const w = times.now(zone);
  const half = 30 * 60000;
  return new Date(Math.ceil((w.getTime() + 1) / half) * half);
}
