// The appointment dialog: what, when, where and with whom, its history, and what can still be
// done with it: cancel (with a reason and who asked; for a series, this one or this and the
// following), reschedule, and after its start mark it attended or a no-show.

import { Dialog, markInvalid } from './dialog.js';
import { KINDS, STATUSES, LOCATIONS, INITIATORS, appointmentTitle, cancelled, nameOf } from './labels.js';
import * as times from './times.js';

const API = '/v1/scheduling';

/**
 * Opens the dialog of one appointment. options: id, colleagues, onChanged() (after a change,
 * so the calendar can refresh), fallbackFocus() (where focus goes back if the element that
 * opened it is gone).
 */
export function openAppointment(app, host, options) {
  const { html } = app;
  const zone = app.practice.timeZone;
  const colleagues = options.colleagues || [];
  const path = `${API}/appointments/${encodeURIComponent(options.id)}`;
  const state = {
    appointment: null,
    history: null,
    loadError: null,
    historyError: null,
    cancelError: null,
    rescheduleError: null,
    markError: null,
    status: '',
    busy: false,
  };
  const dialog = new Dialog(app, host, 'appointment-dialog', null, options.fallbackFocus);

  const load = async () => {
    try {
      state.appointment = await app.api('GET', path);
      state.loadError = null;
    } catch (e) {
      state.loadError = e;
    }
    try {
      state.history = await app.api('GET', `${path}/history`);
      state.historyError = null;
    } catch (e) {
      state.history = [];
      state.historyError = e;
    }
    if (dialog.isOpen) dialog.draw();
  };

  const act = async (errorKey, request, done) => {
    state.busy = true;
    state[errorKey] = null;
    dialog.draw();
    try {
      const result = await request();
      state.status = done(result);
      await load();
      options.onChanged?.();
      state.busy = false;
      dialog.draw();
      host.querySelector('#appointment-status-message')?.focus();
    } catch (e) {
      state.busy = false;
      state[errorKey] = e;
      dialog.draw();
      return e;
    }
    return null;
  };

  const cancel = async (event) => {
    event.preventDefault();
    const form = event.target;
    const reason = form.elements.reason.value.trim();
    if (!reason) {
      state.cancelError = new Error('Give a reason: it is kept in the appointment\'s history.');
      dialog.draw();
      markInvalid(form, 'cancel-reason');
      return;
    }
    const error = await act('cancelError', () => app.api('POST', `${path}/cancel`, {
      reason,
      initiatedBy: form.elements.initiatedBy.value,
      scope: form.elements.scope?.value === 'THIS_AND_FOLLOWING' ? 'THIS_AND_FOLLOWING' : 'THIS',
    }), (list) => (list.length > 1 ? `${list.length} appointments were cancelled.`
      : `The appointment was cancelled${list[0]?.status === 'LATE_CANCELLED' ? ' (a late cancellation)' : ''}.`));
    if (error) markInvalid(host.querySelector('#cancel-form'), { reason: 'cancel-reason', initiatedBy: 'cancel-initiator' }[error.field]);
  };

  const reschedule = async (event) => {
    event.preventDefault();
    const form = event.target;
    const wallStart = times.parseLocal(form.elements.start.value);
    if (!wallStart) {
      state.rescheduleError = new Error('Give the new date and time.');
      dialog.draw();
      markInvalid(form, 'reschedule-start');
      return;
    }
    const scope = form.elements.scope?.value === 'THIS_AND_FOLLOWING' ? 'THIS_AND_FOLLOWING' : 'THIS';
    const error = await act('rescheduleError', () => app.api('POST', `${path}/reschedule`,
      { start: times.isoWithOffset(times.instant(wallStart, zone), zone), scope }),
    (moved) => `Moved to ${times.formatInstant(moved[0].start, zone)}${moved.length > 1
      ? `, with the ${moved.length - 1} following` : ''}.`);
    if (error) markInvalid(host.querySelector('#reschedule-form'), error.field === 'start' ? 'reschedule-start' : null);
  };

  const mark = (what) => act('markError', () => app.api('POST', `${path}/${what}`),
    (a) => `Marked as ${STATUSES[a.status]?.toLowerCase() || a.status}.`);

  const details = (a) => html`
    <dl class="record appointment-details">
      <dt>When</dt><dd id="appointment-when">${times.formatInstant(a.start, zone, { weekday: 'long', day: 'numeric',
        month: 'long', year: 'numeric' })}, ${times.formatTime(a.start, zone)} – ${times.formatTime(a.end, zone)}</dd>
      <dt>What</dt><dd>${KINDS[a.kind] || a.kind}</dd>
      ${a.clientName ? html`<dt>Client</dt><dd id="appointment-client">${a.clientName}</dd>` : ''}
      <dt>${a.clientId ? 'Therapist' : 'Organizer'}</dt><dd>${nameOf(colleagues, a.therapistId)}</dd>
      ${a.participantIds.length ? html`<dt>Participants</dt>
        <dd>${a.participantIds.map((id) => nameOf(colleagues, id)).join(', ')}</dd>` : ''}
      <dt>Where</dt><dd>${LOCATIONS[a.location] || a.location}</dd>
      <dt>Status</dt><dd><span id="appointment-status" class="badge status-${a.status.toLowerCase()}">${STATUSES[a.status] || a.status}</span></dd>
      ${a.cancelledBy ? html`<dt>Cancelled by</dt><dd>${INITIATORS[a.cancelledBy] || a.cancelledBy}</dd>` : ''}
      ${a.cancelReason ? html`<dt>Reason</dt><dd id="appointment-cancel-reason">${a.cancelReason}</dd>` : ''}
      ${a.seriesId ? html`<dt>Series</dt><dd><code>${a.recurrence || 'recurring'}</code></dd>` : ''}
    </dl>`;

  const history = () => html`
    <h3>History</h3>
    ${state.historyError ? app.problem(state.historyError) : ''}
    ${state.history === null ? html`<p class="muted">Loading…</p>` : html`
    <ol id="appointment-history" class="history">${state.history.map((h) => html`
      <li data-testid="history-entry"><span class="muted">${times.formatInstant(h.at, zone)}</span>
        <strong>${h.change}</strong> by ${h.actorName}${h.detail ? html`: ${h.detail}` : ''}</li>`)}
    </ol>`}`;

  const actions = (a) => {
    if (a.status !== 'BOOKED') return '';
    const started = Date.parse(a.start) <= Date.now();
    return html`
      ${started ? html`
      <h3>After the appointment</h3>
      ${state.markError ? app.problem(state.markError) : ''}
      <div class="actions">
        <button class="button" id="mark-attended" type="button" ?disabled=${state.busy} @click=${() => mark('attended')}>Attended</button>
        <button class="button secondary" id="mark-no-show" type="button" ?disabled=${state.busy} @click=${() => mark('no-show')}>No-show</button>
      </div>` : ''}
      <details class="appointment-action" id="reschedule-section">
        <summary>Reschedule</summary>
        <form id="reschedule-form" novalidate @submit=${reschedule}>
          <div class="form-row"><label for="reschedule-start">New start <span class="hint">(${zone}; same length)</span></label>
            <input id="reschedule-start" name="start" type="datetime-local" step="300" required
              value=${times.localValue(times.wall(a.start, zone))}></div>
          ${a.seriesId ? html`<fieldset><legend>Which appointments</legend>
            <div class="form-row inline"><input type="radio" id="reschedule-scope-this" name="scope" value="THIS" checked>
              <label for="reschedule-scope-this">Only this one</label></div>
            <div class="form-row inline"><input type="radio" id="reschedule-scope-following" name="scope" value="THIS_AND_FOLLOWING">
              <label for="reschedule-scope-following">This one and all following ones, by the same change</label></div>
          </fieldset>` : ''}
          ${state.rescheduleError ? html`<div id="reschedule-error">${app.problem(state.rescheduleError)}</div>` : ''}
          <button class="button" id="reschedule-submit" type="submit" ?disabled=${state.busy}>Move it</button>
        </form>
      </details>
      <details class="appointment-action" id="cancel-section" ?open=${Boolean(state.cancelError)}>
        <summary>Cancel the appointment</summary>
        <form id="cancel-form" novalidate @submit=${cancel}>
          <div class="form-row"><label for="cancel-initiator">Who asked for it</label>
            <select id="cancel-initiator" name="initiatedBy" aria-describedby="cancel-late-hint">
              ${Object.entries(INITIATORS).map(([k, label]) => html`<option value=${k}>${label}</option>`)}
            </select>
            <span class="hint" id="cancel-late-hint">A cancellation by the client inside the practice's
              late-cancellation window is recorded as a late cancellation.</span></div>
          <div class="form-row"><label for="cancel-reason">Reason</label>
            <textarea id="cancel-reason" name="reason" required maxlength="1000" rows="3"
              aria-describedby="cancel-reason-hint"></textarea>
            <span class="hint" id="cancel-reason-hint">Kept in the history and shown to the practitioners
              involved, front desk and admins.</span></div>
          ${a.seriesId ? html`<fieldset><legend>Which appointments</legend>
            <div class="form-row inline"><input type="radio" id="cancel-scope-this" name="scope" value="THIS" checked>
              <label for="cancel-scope-this">Only this one</label></div>
            <div class="form-row inline"><input type="radio" id="cancel-scope-following" name="scope" value="THIS_AND_FOLLOWING">
              <label for="cancel-scope-following">This one and all following ones of the series</label></div>
          </fieldset>` : ''}
          ${state.cancelError ? html`<div id="cancel-error">${app.problem(state.cancelError)}</div>` : ''}
          <button class="button danger" id="cancel-submit" type="submit" ?disabled=${state.busy}>Cancel appointment</button>
        </form>
      </details>`;
  };

  const content = () => {
    const a = state.appointment;
    return html`
      <h2 id="appointment-dialog-title" tabindex="-1" data-autofocus>${a ? appointmentTitle(a) : 'Appointment'}
        ${a && cancelled(a) ? html`<span class="badge status-cancelled">${STATUSES[a.status]}</span>` : ''}</h2>
      <p id="appointment-status-message" role="status" tabindex="-1">${state.status}</p>
      ${state.loadError ? app.problem(state.loadError) : ''}
      ${a ? html`${details(a)}${actions(a)}${history()}` : state.loadError ? '' : html`<p class="muted">Loading…</p>`}
      <div class="actions dialog-footer">
        <button class="button secondary" id="appointment-close" type="button" @click=${() => dialog.close()}>Close</button>
      </div>`;
  };

  dialog.open(content);
  load();
  return dialog;
}
