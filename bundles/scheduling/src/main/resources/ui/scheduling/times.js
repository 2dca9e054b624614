// Times in the practice's time zone, whatever the browser's own zone is.
//
// The API speaks instants (ISO-8601 with Z) and takes starts with their offset. People read
// and type wall-clock times of the practice ("Tuesday 10:00"). FullCalendar without a
// time-zone plugin knows only the browser's zone and UTC, so the calendar runs in UTC and is
// fed "wall times": an instant shifted by the practice's offset at that instant. wall() and
// instant() convert between the two; both are exact across daylight-saving changes.

const partsFormats = new Map();

function partsFormat(zone) {
  let f = partsFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partsFormats.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
export function offsetAt(ms, zone) {
  const p = {};
  for (const { type, value } of partsFormat(zone).formatToParts(new Date(ms))) p[type] = value;
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** An instant (ms or ISO string) as a wall time: a Date whose UTC fields are the zone's clock. */
export function wall(instant, zone) {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return new Date(ms + offsetAt(ms, zone));
}

/**
 * The instant (ms) at which the zone's clock shows the wall time (a Date whose UTC fields are
 * that clock). A time skipped by a spring-forward change resolves to the later offset, a time
 * repeated in autumn to the first one.
 */
export function instant(wallDate, zone) {
  const guess = wallDate.getTime();
  const before = offsetAt(guess - 86400000, zone);
  const after = offsetAt(guess + 86400000, zone);
  const fits = [before, after].map((o) => guess - o).filter((t) => offsetAt(t, zone) === guess - t);
  // In a gap (spring forward) nothing fits: the clock's time is taken with the earlier offset,
  // which lands as far past the gap as it was into it, as java.time does.
  return fits.length ? Math.min(...fits) : guess - before;
}

/** "2026-11-24T10:00" (the value of an input type=datetime-local) as a wall Date, or null. */
export function parseLocal(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value || '');
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5])) : null;
}

const pad = (n) => String(n).padStart(2, '0');

/** A wall Date as "2026-11-24T10:00", for an input type=datetime-local. */
export function localValue(wallDate) {
  return `${dateValue(wallDate)}T${pad(wallDate.getUTCHours())}:${pad(wallDate.getUTCMinutes())}`;
}

/** A wall Date as "2026-11-24", for an input type=date and for the calendar's path. */
export function dateValue(wallDate) {
  return `${wallDate.getUTCFullYear()}-${pad(wallDate.getUTCMonth() + 1)}-${pad(wallDate.getUTCDate())}`;
}

/** "2026-11-24" as a wall Date at midnight, or null. */
export function parseDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

/** The instant as ISO-8601 with the zone's offset at that instant: "2026-11-24T10:00:00+01:00". */
export function isoWithOffset(ms, zone) {
  const offset = offsetAt(ms, zone);
  const w = new Date(ms + offset);
  const minutes = Math.round(Math.abs(offset) / 60000);
  const sign = offset < 0 ? '-' : '+';
  return `${localValue(w)}:00${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Midnight of the wall Date's day, and of the day after: the zone's day as instants. */
export function dayRange(wallDate, zone) {
  const start = Date.UTC(wallDate.getUTCFullYear(), wallDate.getUTCMonth(), wallDate.getUTCDate());
  return [instant(new Date(start), zone), instant(new Date(start + 86400000), zone)];
}

/** The wall time now. */
export function now(zone) {
  return wall(Date.now(), zone);
}

/** An instant shown in the zone, e.g. "Tue, Nov 24, 10:00 AM". */
export function formatInstant(ms, zone, options = { weekday: 'short', month: 'short', day: 'numeric',
  hour: 'numeric', minute: '2-digit' }) {
  return new Date(typeof ms === 'number' ? ms : Date.parse(ms)).toLocaleString(undefined, { ...options, timeZone: zone });
}

/** The time of day of an instant in the zone, e.g. "10:00 AM". */
export function formatTime(ms, zone) {
  return formatInstant(ms, zone, { hour: 'numeric', minute: '2-digit' });
}

/** Whether the browser's own zone differs from the practice's (then the pages say which zone they use). */
export function differsFromBrowser(zone) {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone !== zone;
  } catch (e) {
    return true;
  }
}
