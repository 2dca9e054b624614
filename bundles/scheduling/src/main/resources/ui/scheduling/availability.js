// Working hours and free slots (/scheduling/availability): a practitioner's working week,
// edited as blocks per day (a day may have several, e.g. 09:00–12:00 and 14:00–18:00), and a
// finder of free times inside working hours; picking a free time opens the booking dialog.

import { openBooking } from './booking.js';
import { practitioners, appointmentTitle } from './labels.js';
import * as times from './times.js';

const API = '/v1/scheduling';
const DAYS = [['MONDAY', 'Monday'], ['TUESDAY', 'Tuesday'], ['WEDNESDAY', 'Wednesday'], ['THURSDAY', 'Thursday'],
  ['FRIDAY', 'Friday'], ['SATURDAY', 'Saturday'], ['SUNDAY', 'Sunday']];

export async function renderAvailability(container, app) {
  const { html } = app;
  const zone = app.practice.timeZone;
  const today = times.now(zone);
  const state = {
    colleagues: [],
    therapistId: app.user.id,
    hours: null,
    hoursError: null,
    hoursStatus: '',
    saving: false,
    slotsTherapistId: app.user.id,
    slots: null,
    slotsError: null,
    slotsStatus: '',
    searching: false,
    from: times.dateValue(today),
    to: times.dateValue(new Date(today.getTime() + 13 * 86400000)),
    duration: 50,
  };
  let dialogHost = null;

  const people = () => practitioners(state.colleagues);

  const loadHours = async () => {
    state.hours = null;
    state.hoursError = null;
    draw();
    try {
      const availability = await app.api('GET', `${API}/availability/${encodeURIComponent(state.therapistId)}`);
      state.hours = availability.hours.map((h) => ({ day: h.day, from: h.from.slice(0, 5), to: h.to.slice(0, 5) }));
    } catch (e) {
      state.hours = [];
      state.hoursError = e;
    }
    draw();
  };

  const saveHours = async (event) => {
    event.preventDefault();
    const form = event.target;
    form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
    const bad = state.hours.findIndex((h) => !h.from || !h.to || h.from >= h.to);
    if (bad >= 0) {
      state.hoursError = new Error('Each block needs a start before its end.');
      state.hoursStatus = '';
      draw();
      const field = form.querySelector(`[data-block="${bad}"]`);
      field?.setAttribute('aria-invalid', 'true');
      field?.focus();
      return;
    }
    state.saving = true;
    state.hoursError = null;
    draw();
    try {
      const saved = await app.api('PUT', `${API}/availability/${encodeURIComponent(state.therapistId)}`,
        { therapistId: state.therapistId, hours: state.hours });
      state.hours = saved.hours.map((h) => ({ day: h.day, from: h.from.slice(0, 5), to: h.to.slice(0, 5) }));
      state.hoursStatus = 'Working hours saved.';
    } catch (e) {
      state.hoursError = e;
      state.hoursStatus = '';
    }
    state.saving = false;
    draw();
  };

  const findSlots = async (event) => {
    event?.preventDefault();
    const fromDay = times.parseDate(state.from);
    const toDay = times.parseDate(state.to);
    const form = container.querySelector('#slots-form');
    form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
    let problem = null;
    if (!fromDay) problem = ['slots-from', 'Give the first day to search.'];
    else if (!toDay || toDay < fromDay) problem = ['slots-to', 'Give a last day on or after the first.'];
    else if ((toDay - fromDay) / 86400000 > 30) problem = ['slots-to', 'Search at most 31 days at once.'];
    if (problem) {
      state.slotsError = new Error(problem[1]);
      draw();
      const field = container.querySelector(`#${problem[0]}`);
      field.setAttribute('aria-invalid', 'true');
      field.focus();
      return;
    }
    const from = new Date(times.dayRange(fromDay, zone)[0]).toISOString();
    const to = new Date(times.dayRange(toDay, zone)[1]).toISOString();
    state.searching = true;
    state.slotsError = null;
    draw();
    try {
      state.slots = await app.api('GET', `${API}/free-slots?therapistId=${encodeURIComponent(state.slotsTherapistId)}`
        + `&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&durationMinutes=${state.duration}`);
    } catch (e) {
      state.slots = null;
      state.slotsError = e;
    }
    state.searching = false;
    draw();
  };

  const pick = (slot) => openBooking(app, dialogHost, {
    colleagues: state.colleagues,
    therapistId: state.slotsTherapistId,
    start: times.wall(slot.start, zone),
    durationMinutes: state.duration,
    onBooked: (booking) => {
      const a = booking.appointment;
      state.slotsStatus = `Booked: ${appointmentTitle(a)}, ${times.formatInstant(a.start, zone)}.`;
      findSlots();
    },
  });

  const therapistSelect = (id, value, onChange) => html`<select id=${id} @change=${(e) => onChange(e.target.value)}>
    ${people().map((p) => html`<option value=${p.id} ?selected=${p.id === value}>${p.displayName}</option>`)}
  </select>`;

  const dayRows = () => DAYS.map(([day, label]) => {
    const blocks = state.hours.map((h, i) => ({ h, i })).filter(({ h }) => h.day === day);
    return html`<tr data-day=${day}>
      <th scope="row">${label}</th>
      <td>${blocks.length === 0 ? html`<span class="muted">Not working</span>` : ''}
        ${blocks.map(({ h, i }) => html`<div class="hours-block" data-testid="hours-block">
          <label class="visually-hidden" for="hours-${i}-from">${label}, from</label>
          <input id="hours-${i}-from" data-block=${i} type="time" step="300" required .value=${h.from}
            @input=${(e) => { h.from = e.target.value; }}>
          <span aria-hidden="true">–</span>
          <label class="visually-hidden" for="hours-${i}-to">${label}, until</label>
          <input id="hours-${i}-to" type="time" step="300" required .value=${h.to}
            @input=${(e) => { h.to = e.target.value; }}>
          <button type="button" class="link-button" aria-label="Remove ${label} ${h.from}–${h.to}"
            @click=${() => { state.hours.splice(i, 1); draw(); }}>Remove</button>
        </div>`)}
      </td>
      <td><button type="button" class="button secondary" data-testid="hours-add" aria-label="Add hours on ${label}"
        @click=${() => { state.hours.push(nextBlock(state.hours, day)); draw(); }}>Add hours</button></td>
    </tr>`;
  });

  const slotList = () => {
    if (state.slots === null) return '';
    if (state.slots.length === 0) {
      return html`<p class="muted" id="slots-empty">No free time of ${state.duration} minutes in working hours
        between these days. Check the working hours above, or search further ahead.</p>`;
    }
    return html`<ul class="slot-list" id="slot-list" aria-label="Free times">${state.slots.map((s) => html`
      <li data-testid="free-slot">
        <span>${times.formatInstant(s.start, zone, { weekday: 'long', day: 'numeric', month: 'short' })},
          ${times.formatTime(s.start, zone)} – ${times.formatTime(s.end, zone)}</span>
        <button type="button" class="button secondary" @click=${() => pick(s)}
          aria-label="Book at ${times.formatInstant(s.start, zone)}">Book at ${times.formatTime(s.start, zone)}</button>
      </li>`)}</ul>`;
  };

  // Rooms: the front desk and admins keep the list that in-person bookings choose from.
  const office = app.format.holds(app.user, 'admin', 'frontdesk');
  const rooms = { list: [], error: null };
  const loadRooms = async () => {
    try {
      rooms.list = await app.api('GET', '/v1/scheduling/rooms');
      rooms.error = null;
    } catch (e) {
      rooms.error = e;
    }
    draw();
  };
  const roomAction = async (request) => {
    try {
      await request();
      await loadRooms();
    } catch (e) {
      rooms.error = e;
      draw();
    }
  };
  const addRoom = (event) => {
    event.preventDefault();
    const field = event.target.elements.name;
    roomAction(async () => {
      await app.api('POST', '/v1/scheduling/rooms', { name: field.value });
      field.value = '';
    });
  };
  const roomsSection = () => html`
    <section class="panel" aria-labelledby="rooms-title">
      <h2 id="rooms-title">Rooms</h2>
      ${rooms.list.length === 0 ? html`<p class="muted">No rooms yet: in-person appointments book no particular room.</p>`
        : html`<ul>${rooms.list.map((r) => html`<li data-testid="room">${r.name}
          ${r.active ? '' : html`<span class="badge">not in use</span>`}
          ${office ? html`<button type="button" class="link-button" @click=${() => roomAction(() => app.api('POST',
            `/v1/scheduling/rooms/${r.id}/${r.active ? 'deactivate' : 'activate'}`))}>${r.active ? 'Take out of use'
            : 'Use again'}</button>` : ''}</li>`)}</ul>`}
      ${office ? html`<form id="room-form" novalidate @submit=${addRoom}>
        <div class="form-row"><label for="room-name">New room</label>
          <input id="room-name" name="name" required maxlength="100"></div>
        <button class="button secondary" id="room-add" type="submit">Add room</button>
      </form>` : ''}
      ${rooms.error ? app.problem(rooms.error) : ''}
    </section>`;

  const draw = () => app.render(html`
    <p><a href="/scheduling">← Calendar</a></p>
    <h1>Working hours, free slots and rooms</h1>
    <section class="panel" aria-labelledby="hours-title">
      <h2 id="hours-title">Working hours</h2>
      <form id="hours-form" novalidate @submit=${saveHours}>
        <div class="form-row"><label for="hours-therapist">Practitioner</label>
          ${therapistSelect('hours-therapist', state.therapistId, (v) => { state.therapistId = v; loadHours(); })}</div>
        <p class="hint">In the practice's time zone (${zone}). Free slots are offered only inside these hours;
          bookings outside them are still possible.</p>
        ${state.hours === null ? html`<p class="muted">Loading…</p>` : html`
        <div class="table-scroll"><table class="hours-table" aria-label="Working hours by day">
          <tbody>${dayRows()}</tbody></table></div>`}
        ${state.hoursError ? html`<div id="hours-error">${app.problem(state.hoursError)}</div>` : ''}
        <p role="status" id="hours-status">${state.hoursStatus}</p>
        <button class="button" id="hours-save" type="submit" ?disabled=${state.saving || state.hours === null}>Save working hours</button>
      </form>
    </section>
    <section class="panel" aria-labelledby="slots-title">
      <h2 id="slots-title">Find a free time</h2>
      <form id="slots-form" novalidate @submit=${findSlots}>
        <div class="form-grid">
          <div class="form-row"><label for="slots-therapist">Practitioner</label>
            ${therapistSelect('slots-therapist', state.slotsTherapistId, (v) => { state.slotsTherapistId = v; })}</div>
          <div class="form-row"><label for="slots-duration">Minutes</label>
            <input id="slots-duration" type="number" min="5" max="480" step="5" .value=${String(state.duration)}
              @input=${(e) => { state.duration = Number(e.target.value) || 50; }}></div>
          <div class="form-row"><label for="slots-from">From</label>
            <input id="slots-from" type="date" .value=${state.from} @input=${(e) => { state.from = e.target.value; }}></div>
          <div class="form-row"><label for="slots-to">Until <span class="hint">(at most 31 days)</span></label>
            <input id="slots-to" type="date" .value=${state.to} @input=${(e) => { state.to = e.target.value; }}></div>
        </div>
        ${state.slotsError ? html`<div id="slots-error">${app.problem(state.slotsError)}</div>` : ''}
        <button class="button" id="slots-find" type="submit" ?disabled=${state.searching}>Find free times</button>
      </form>
      <p role="status" id="slots-status">${state.slotsStatus}</p>
      ${slotList()}
    </section>
    ${roomsSection()}
    <div id="scheduling-dialogs"></div>`, container);

  draw();
  dialogHost = container.querySelector('#scheduling-dialogs');
  try {
    state.colleagues = await app.api('GET', '/v1/users/colleagues');
  } catch (e) {
    state.hoursError = e;
  }
  const list = people();
  if (!list.some((p) => p.id === app.user.id)) {
    state.therapistId = list[0]?.id || app.user.id;
    state.slotsTherapistId = state.therapistId;
  }
  await Promise.all([loadHours(), loadRooms()]);
}

/** A new block for the day: after the day's last block, or 09:00–17:00. */
function nextBlock(hours, day) {
  const last = hours.filter((h) => h.day === day).map((h) => h.to).sort().pop();
  if (!last || last >= '22:00') return { day, from: '09:00', to: '17:00' };
  const [hh, mm] = last.split(':').map(Number);
  const from = `${String(Math.min(hh + 1, 22)).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
  const to = `${String(Math.min(hh + 4, 23)).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
  return { day, from, to };
}
