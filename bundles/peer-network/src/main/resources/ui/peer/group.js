// /peer/groups/<id>: one consultation group, for its members. Everyone sees the members, the
// meetings and each member's continuing-education hours; any member adds a meeting (booked in the
// members' calendars when the Scheduling module is installed); the convener adds members and,
// once a meeting has begun, records who attended and the CE hours it earns each of them.

import { API, breadcrumb, settled, medium, MEDIA, practitioners, refusal, markInvalid, focus } from './common.js';
import { instantOf, today } from './times.js';

/** CE hours as people write them: "1.5 h". */
function hours(n) {
  return `${Number(n || 0).toLocaleString('en-US', { maximumFractionDigits: 2 })} h`;
}

export async function renderGroup(container, app, id) {
  const { html, format } = app;
  const zone = app.practice.timeZone;
  const [group, colleagues] = await Promise.all([
    settled(app.api('GET', `${API}/groups/${encodeURIComponent(id)}`)),
    settled(app.api('GET', '/v1/users/colleagues')),
  ]);
  if (group.error) {
    return app.render(html`${breadcrumb(app, '/peer/groups', 'Group')}
      <h1>Consultation group</h1>
      <p class="problem" role="alert" id="group-missing">${group.error.status === 404
        ? 'There is no group here that you belong to.' : group.error.message}</p>
      <p><a href="/peer/groups">Back to Groups</a></p>`, container);
  }
  const state = {
    g: group.value, status: '', errors: {}, busy: null,
    member: '', meeting: { day: today(zone), time: '18:00', minutes: 90, medium: 'IN_PERSON' },
    attendance: {},
  };
  const convenes = () => state.g.convenerId === app.user.id;

  /** A call that changes the group, its refusal shown by the form it came from (key). */
  const act = async (key, call, done, fields = {}) => {
    state.busy = key;
    delete state.errors[key];
    state.status = '';
    draw();
    try {
      await call();
      state.g = await app.api('GET', `${API}/groups/${encodeURIComponent(id)}`);
      state.status = done;
      state.busy = null;
      draw();
      focus(container, '#group-status');
    } catch (e) {
      state.busy = null;
      state.errors[key] = e;
      draw();
      if (!markInvalid(container.querySelector(`#${key}-form`), fields[e.field])) focus(container, `#${key}-refusal`);
    }
  };

  const addMember = (event) => {
    event.preventDefault();
    const chosen = state.member;
    const name = (colleagues.value || []).find((c) => c.id === chosen)?.displayName;
    state.member = '';
    act('member', () => app.api('POST', `${API}/groups/${encodeURIComponent(id)}/members`, { practitionerId: chosen || null }),
      `${name} is a member now.`, { practitionerId: 'member-choice' });
  };

  const addMeeting = (event) => {
    event.preventDefault();
    const m = state.meeting;
    act('meeting', () => app.api('POST', `${API}/groups/${encodeURIComponent(id)}/meetings`, {
      startsAt: instantOf(m.day, m.time, zone), minutes: Number(m.minutes) || 0, medium: m.medium,
    }), 'The meeting is added.', { startsAt: 'meeting-day', minutes: 'meeting-minutes' });
  };

  const record = (event, meeting, member) => {
    event.preventDefault();
    const key = `att-${meeting.id}-${member.practitionerId}`;
    const a = state.attendance[key];
    act(key, () => app.api('POST', `${API}/groups/${encodeURIComponent(id)}/meetings/${encodeURIComponent(meeting.id)}/attendance`, {
      practitionerId: member.practitionerId, attended: a.attended, ceHours: a.attended ? Number(a.ceHours) || 0 : 0,
    }), `Attendance of ${member.displayName} is recorded.`, { ceHours: `${key}-hours` });
  };

  /** A member's CE hours over every meeting of the group they attended. */
  const totals = () => {
    const sum = new Map(state.g.members.map((m) => [m.practitionerId, 0]));
    for (const meeting of state.g.meetings) {
      for (const a of meeting.attendance) {
        if (a.attended) sum.set(a.practitionerId, (sum.get(a.practitionerId) || 0) + Number(a.ceHours || 0));
      }
    }
    return sum;
  };

  const attendanceRow = (meeting, member) => {
    const key = `att-${meeting.id}-${member.practitionerId}`;
    const recorded = meeting.attendance.find((a) => a.practitionerId === member.practitionerId);
    const a = state.attendance[key] || (state.attendance[key] = {
      attended: recorded ? recorded.attended : true, // The meeting's length in quarter hours: CE hours are counted in quarters.
      ceHours: recorded ? Number(recorded.ceHours || 0) : Math.round(meeting.minutes / 15) / 4,
    });
    return html`<li><form id="${key}-form" class="peer-attendance" novalidate @submit=${(e) => record(e, meeting, member)}>
      <div class="form-row inline">
        <input type="checkbox" id="${key}-attended" .checked=${a.attended} @change=${(e) => { a.attended = e.target.checked; draw(); }}>
        <label for="${key}-attended">${member.displayName} attended</label>
      </div>
      <div class="form-row peer-hours">
        <label for="${key}-hours">CE hours</label>
        <input id="${key}-hours" type="number" min="0" max="24" step="0.25" .value=${String(a.ceHours)} ?disabled=${!a.attended}
          @input=${(e) => { a.ceHours = e.target.value; }}>
      </div>
      <button type="submit" class="button secondary" id="${key}-save" ?disabled=${state.busy === key}>Save</button>
      ${state.errors[key] ? refusal(app, state.errors[key], `${key}-refusal`) : ''}
    </form></li>`;
  };

  const meetingItem = (meeting) => {
    const begun = Date.parse(meeting.startsAt) <= Date.now();
    return html`<li class="peer-item" data-testid="meeting" data-meeting-id=${meeting.id}>
      <p class="peer-item-head"><strong>${format.dateTime(meeting.startsAt)}</strong>
        <span>${meeting.minutes} minutes · ${medium(meeting.medium || 'IN_PERSON')}</span>
        ${meeting.appointmentId ? html`<span class="badge">In the calendars</span>` : ''}</p>
      ${meeting.attendance.length ? html`<p class="peer-item-meta">${meeting.attendance.map((a) => `${a.displayName}: ${
        a.attended ? `attended, ${hours(a.ceHours)}` : 'absent'}`).join(' · ')}</p>` : ''}
      ${convenes() && begun ? html`<details class="peer-details"><summary>Record attendance</summary>
        <ul class="peer-attendance-list">${state.g.members.map((m) => attendanceRow(meeting, m))}</ul></details>` : ''}
      ${convenes() && !begun ? html`<p class="hint">Attendance is recorded once the meeting has begun.</p>` : ''}
    </li>`;
  };

  const draw = () => {
    const g = state.g;
    const sums = totals();
    const others = practitioners(colleagues.value || [], app.user.id)
      .filter((c) => !g.members.some((m) => m.practitionerId === c.id));
    const m = state.meeting;
    app.render(html`${breadcrumb(app, '/peer/groups', g.name)}
      <h1 id="group-title">${g.name}</h1>
      <p class="peer-item-meta">${convenes() ? 'You convene this group.' : `Convened by ${
        g.members.find((x) => x.practitionerId === g.convenerId)?.displayName || 'a former colleague'}.`}</p>
      <p role="status" id="group-status" tabindex="-1" class="peer-status">${state.status}</p>

      <section class="peer-section" aria-labelledby="members-title">
        <h2 id="members-title">Members and CE hours</h2>
        <table class="peer-table" id="group-members-table">
          <thead><tr><th scope="col">Member</th><th scope="col">CE hours in this group</th></tr></thead>
          <tbody>${g.members.map((x) => html`<tr data-testid="group-member">
            <td>${x.displayName}${x.practitionerId === g.convenerId ? html` <span class="badge peer-convener">Convener</span>` : ''}</td>
            <td data-testid="ce-total">${hours(sums.get(x.practitionerId))}</td></tr>`)}</tbody>
        </table>
        ${convenes() ? html`<form id="member-form" class="peer-inline-form" novalidate @submit=${addMember}>
          <div class="form-row">
            <label for="member-choice">Add a member</label>
            <select id="member-choice" required @change=${(e) => { state.member = e.target.value; }}>
              <option value="" ?selected=${!state.member}>Choose…</option>
              ${others.map((c) => html`<option value=${c.id} ?selected=${state.member === c.id}>${c.displayName}</option>`)}
            </select>
          </div>
          <button type="submit" class="button secondary" id="member-add" ?disabled=${state.busy === 'member'}>Add</button>
          ${state.errors.member ? refusal(app, state.errors.member, 'member-refusal') : ''}
        </form>` : ''}
      </section>

      <section class="peer-section" aria-labelledby="meetings-title">
        <h2 id="meetings-title">Meetings</h2>
        ${g.meetings.length ? html`<ul class="peer-list" id="meetings">${g.meetings.map(meetingItem)}</ul>`
          : html`<p class="muted" id="meetings-none">No meeting yet.</p>`}
        <form id="meeting-form" class="panel peer-form" novalidate @submit=${addMeeting} aria-labelledby="meeting-form-title">
          <h3 id="meeting-form-title">Add a meeting</h3>
          <div class="form-grid">
            <div class="form-row"><label for="meeting-day">Day</label>
              <input id="meeting-day" type="date" required .value=${m.day} @change=${(e) => { m.day = e.target.value; }}></div>
            <div class="form-row"><label for="meeting-time">Start</label>
              <input id="meeting-time" type="time" required .value=${m.time} aria-describedby="meeting-time-help"
                @change=${(e) => { m.time = e.target.value; }}>
              <p class="hint" id="meeting-time-help">The practice's time (${zone}).</p></div>
            <div class="form-row"><label for="meeting-minutes">Minutes</label>
              <input id="meeting-minutes" type="number" min="15" max="480" step="5" required .value=${String(m.minutes)}
                @input=${(e) => { m.minutes = e.target.value; }}></div>
            <div class="form-row"><label for="meeting-medium">Medium</label>
              <select id="meeting-medium" @change=${(e) => { m.medium = e.target.value; }}>
                ${Object.entries(MEDIA).map(([v, l]) => html`<option value=${v} ?selected=${m.medium === v}>${l}</option>`)}
              </select></div>
          </div>
          <p class="hint">With the Scheduling module the meeting is booked in every member's calendar; a clash refuses it.</p>
          ${state.errors.meeting ? refusal(app, state.errors.meeting, 'meeting-refusal') : ''}
          <button type="submit" class="button" id="meeting-add" ?disabled=${state.busy === 'meeting'}>Add the meeting</button>
        </form>
      </section>`, container);
  };

  draw();
}
