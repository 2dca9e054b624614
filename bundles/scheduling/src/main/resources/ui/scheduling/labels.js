// The words the scheduling pages use for the API's upper-case values.

export const KINDS = {
  SESSION: 'Session',
  INTAKE: 'Intake',
  TERMINATION_SESSION: 'Termination session',
  SUPERVISION: 'Supervision',
  CONSULTATION: 'Consultation',
};

/** Kinds that belong to an engagement and so have a client (AppointmentKind.withClient()). */
export const CLIENT_KINDS = ['SESSION', 'INTAKE', 'TERMINATION_SESSION'];

export const STATUSES = {
  BOOKED: 'Booked',
  CANCELLED: 'Cancelled',
  LATE_CANCELLED: 'Late cancellation',
  NO_SHOW: 'No-show',
  ATTENDED: 'Attended',
};

export const LOCATIONS = { IN_PERSON: 'In person', VIDEO: 'Video' };

export const INITIATORS = { CLIENT: 'The client', THERAPIST: 'The therapist', PRACTICE: 'The practice' };

/** Whether an appointment no longer holds its time. */
export function cancelled(appointment) {
  return appointment.status === 'CANCELLED' || appointment.status === 'LATE_CANCELLED';
}

/** What an appointment is called: its client as the API names them (a pseudonym stays one), or its kind. */
export function appointmentTitle(appointment) {
  return appointment.clientName || KINDS[appointment.kind] || appointment.kind;
}

/** Colleagues who can hold appointments: therapists, interns and supervisors. */
export function practitioners(colleagues) {
  return colleagues.filter((c) => ['therapist', 'intern', 'supervisor'].some((r) => (c.roles || []).includes(r)));
}

/** Whether the user treats clients (and so has a calendar of their own). */
export function treats(user) {
  return ['therapist', 'intern'].some((r) => (user.roles || []).includes(r));
}

/** Whether the user schedules for the whole practice (front desk, admin). */
export function schedulesForOthers(user) {
  return ['frontdesk', 'admin'].some((r) => (user.roles || []).includes(r));
}

/** Whose appointments to show first: the user's own if they have any, else every therapist's. */
export function defaultTherapists(user, colleagues) {
  const own = treats(user) || (user.roles || []).includes('supervisor') || !schedulesForOthers(user);
  if (own) return [user.id];
  return practitioners(colleagues).filter((c) => (c.roles || []).some((r) => r === 'therapist' || r === 'intern'))
    .map((c) => c.id);
}

/** A colleague's display name, or a placeholder for one who left. */
export function nameOf(colleagues, id) {
  return colleagues.find((c) => c.id === id)?.displayName || 'a former colleague';
}
