// Dates as the noticeboard shows them, shared by the page and the dashboard card.

/**
 * An instant from the API ("2026-11-20T09:15:00Z") in the practice's time zone when the shell
 * tells it (app.practice.timeZone), else in the browser's.
 */
export function formatInstant(iso, timeZone) {
  return new Date(iso).toLocaleString(undefined, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
}

/** A day from the API ("2026-11-27"): it has no time zone, so it is shown as written. */
export function formatDay(day) {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, { timeZone: 'UTC', dateStyle: 'medium' });
}

/** Today in the browser's time zone, as a date input's value ("2026-11-20"). */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
