// Times in the practice's time zone, whatever the browser's own zone is: a closure session
// typed as "2026-11-24T10:00" means ten o'clock at the practice, and the API takes it with the
// zone's offset at that moment (exact across daylight-saving changes).

const formats = new Map();

function partsFormat(zone) {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formats.set(zone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(ms, zone) {
  const p = {};
  for (const { type, value } of partsFormat(zone).formatToParts(new Date(ms))) p[type] = value;
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const pad = (n) => String(n).padStart(2, '0');

/**
 * "2026-11-24T10:00" (an input type=datetime-local), read as the practice's clock, as ISO-8601
 * with the offset the zone has then ("2026-11-24T10:00:00+01:00"); null when it is not a time.
 */
export function withOffset(local, zone) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local || '');
  if (!m) return null;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  const before = offsetAt(wall - 86400000, zone);
  const after = offsetAt(wall + 86400000, zone);
  const fits = [before, after].filter((o) => offsetAt(wall - o, zone) === o);
  const offset = fits.length ? fits[0] : before;
  const minutes = Math.round(Math.abs(offset) / 60000);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The practice's calendar date of an instant, as "2026-11-24". */
export function dateIn(instant, zone) {
  const p = {};
  for (const { type, value } of partsFormat(zone).formatToParts(new Date(instant))) p[type] = value;
  return `${p.year}-${p.month}-${p.day}`;
}

/** An instant as the practice's clock shows it: "Tue, Nov 24, 10:00 AM". */
export function formatInstant(instant, zone) {
  return new Date(instant).toLocaleString(undefined, {
    timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit',
  });
}
