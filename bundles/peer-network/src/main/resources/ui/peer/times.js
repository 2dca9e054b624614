// A day and a time on the practice's clock turned into an instant, whatever the browser's own
// zone is (as the scheduling module does it), and today's date on that clock.

const formats = new Map();

function partsFormat(zone) {
  if (!formats.has(zone)) {
    formats.set(zone, new Intl.DateTimeFormat('en-US', {
      timeZone: zone || undefined, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    }));
  }
  return formats.get(zone);
}

function parts(ms, zone) {
  const p = {};
  for (const { type, value } of partsFormat(zone).formatToParts(new Date(ms))) p[type] = value;
  return p;
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(ms, zone) {
  const p = parts(ms, zone);
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second) - Math.floor(ms / 1000) * 1000;
}

/** "2026-11-24" and "10:00" on the zone's clock as an ISO instant, or null when either is missing. */
export function instantOf(day, time, zone) {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day || '');
  const t = /^(\d{2}):(\d{2})/.exec(time || '');
  if (!d || !t) return null;
  const wall = Date.UTC(+d[1], +d[2] - 1, +d[3], +t[1], +t[2]);
  // The offset a day before and after covers a daylight-saving change on that day.
  const fits = [offsetAt(wall - 86400000, zone), offsetAt(wall + 86400000, zone)].map((o) => wall - o)
    .filter((ms) => offsetAt(ms, zone) === wall - ms);
  return new Date(fits.length ? Math.min(...fits) : wall - offsetAt(wall - 86400000, zone)).toISOString();
}

/** Today's date on the zone's clock, as "2026-11-24". */
export function today(zone) {
  const p = parts(Date.now(), zone);
  return `${p.year}-${p.month}-${p.day}`;
}
