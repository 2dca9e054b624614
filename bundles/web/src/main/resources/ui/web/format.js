// Formatting shared by the core pages: dates in the practice's time zone, role names.

let zone = undefined;

export function setTimeZone(timeZone) {
  zone = timeZone;
}

export function dateTime(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString(undefined, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' });
}

export function date(iso) {
  if (!iso) return '';
  // A LocalDate ("1980-04-02") has no zone: show it as written.
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    return new Date(`${iso}T12:00:00Z`).toLocaleDateString(undefined, { timeZone: 'UTC', dateStyle: 'medium' });
  }
  return new Date(iso).toLocaleDateString(undefined, { timeZone: zone, dateStyle: 'medium' });
}

const ROLE_NAMES = {
  admin: 'Admin', therapist: 'Therapist', supervisor: 'Supervisor', intern: 'Intern', frontdesk: 'Front desk',
};

export const ROLES = Object.keys(ROLE_NAMES);

export function roleName(role) {
  return ROLE_NAMES[role] || role;
}

export function roleList(roles) {
  return (roles || []).map(roleName).join(', ');
}

/** Whether the signed-in user holds any of the roles. */
export function holds(user, ...roles) {
  return roles.some((r) => (user.roles || []).includes(r));
}
