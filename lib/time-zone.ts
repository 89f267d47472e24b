/**
 * Local time in a named time zone, written the way articles' frontmatter wants it: ISO 8601 with the
 * zone's UTC offset at that moment (daylight saving time included), e.g. 2026-07-01T09:30:00-04:00.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(date: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** The offset of `timeZone` from UTC at the instant `date`, in minutes (New York: -300 in winter, -240 in summer). */
export function timeZoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  const localAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = Math.floor(date.getTime() / 1000) * 1000;
  return Math.round((localAsUtc - whole) / 60_000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `date` as local time in `timeZone`, to the second, with that zone's offset: `2026-11-28T09:30:15-05:00`. */
export function zonedIso(date: Date, timeZone: string): string {
  const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
  const p = partsIn(whole, timeZone);
  const offset = timeZoneOffsetMinutes(whole, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `date` as local time in `timeZone`, to the minute, with that zone's offset: `2026-11-28T09:30:00-05:00`. */
export function isoInTimeZone(date: Date, timeZone: string): string {
  return zonedIso(new Date(Math.floor(date.getTime() / 60_000) * 60_000), timeZone);
}
