import { siteConfig } from '../config/site-config';
import { daysInMonth } from './calendar-date';

/**
 * Local time in a named time zone, written the way articles' frontmatter wants it: ISO 8601 with the
 * zone's UTC offset at that moment (daylight saving time included), e.g. 2026-07-01T09:30:00-04:00.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(
  date: Date,
  timeZone: string,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
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
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
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
export function zonedIsoToMinute(date: Date, timeZone: string): string {
  return zonedIso(new Date(Math.floor(date.getTime() / 60_000) * 60_000), timeZone);
}

/**
 * An instant as an ISO 8601 / W3C date-time with the newsroom's UTC offset, e.g.
 * `2024-11-14T10:00:00-05:00`: what crawlers read in JSON-LD, Open Graph and sitemaps. The offset
 * is explicit, so the instant is never ambiguous, and the wall-clock time is the one editors wrote.
 */
export function zonedIsoFromString(iso: string, timeZone: string = siteConfig.timeZone): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a date-time: "${iso}"`);
  return zonedIso(date, timeZone);
}

/**
 * ISO 8601 date-time with seconds optional, fraction optional and a mandatory offset (`Z` or ±hh:mm).
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

const DATE_EXAMPLE = '2024-11-14T10:00:00-05:00';

/**
 * Checks an ISO 8601 date-time with a timezone offset and a real calendar date, as editors write them
 * in frontmatter and content/breaking.yml. Returns the instant in milliseconds, or a message saying
 * what is wrong.
 */
export function parseDateTime(value: string): { ok: true; time: number } | { ok: false; message: string } {
  const m = DATE_TIME.exec(value);
  if (!m) {
    return {
      ok: false,
      message: `"${value}" is not an ISO 8601 date-time with a timezone offset; write it like ${DATE_EXAMPLE}`,
    };
  }
  const [, y, mo, d, h, mi, s, , , oh, om] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, message: `"${value}" has no month ${mo}` };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `"${value}" is not a real calendar date: ${y}-${mo} has no day ${d}` };
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
    return { ok: false, message: `"${value}" is not a real time of day` };
  }
  if (oh !== undefined && (Number(oh) > 14 || Number(om) > 59)) {
    return { ok: false, message: `"${value}" has an impossible timezone offset` };
  }
  return { ok: true, time: Date.parse(value) };
}

/** The date an article last changed in substance: its latest update or correction, or its publication. */
export function lastModified(article: { publishedAt: string; updatedAt?: string; modifiedAt?: string }): string {
  return article.modifiedAt ?? article.updatedAt ?? article.publishedAt;
}

const displayFormatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = displayFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    displayFormatters.set(key, f);
  }
  return f;
}

/** "14 November 2024" in the newsroom's time zone. */
export function formatDate(iso: string, timeZone: string = siteConfig.timeZone): string {
  return formatter('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}

/** "10:00 EST" in the newsroom's time zone: the time of a live-blog entry. */
export function formatTime(iso: string, timeZone: string = siteConfig.timeZone): string {
  const date = new Date(iso);
  const time = formatter('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  // en-GB names American zones "GMT-5"; en-US gives the abbreviation readers know ("EST").
  const zone =
    formatter('en-US', { timeZone, timeZoneName: 'short' })
      .formatToParts(date)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  return `${time} ${zone}`;
}

/** "14 November 2024, 10:00 EST" in the newsroom's time zone. */
export function formatDateTime(iso: string, timeZone: string = siteConfig.timeZone): string {
  return `${formatDate(iso, timeZone)}, ${formatTime(iso, timeZone)}`;
}

/** The year of `date` in the newsroom's time zone, for the copyright line. */
export function yearOf(date: Date, timeZone: string = siteConfig.timeZone): number {
  return Number(formatter('en-GB', { timeZone, year: 'numeric' }).format(date));
}
