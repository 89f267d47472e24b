/**
 * Calendar dates without a time of day or a time zone: a day, a month or a year, as a timeline event
 * gives it. Pure functions with no configuration, so any layer (and browser code) may use them.
 */

/** The number of days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A day, a month or a year on the calendar, with no time of day or time zone: a timeline event's
 * date. `value` is as written (`2024-03-12`, `2024-03` or `2024`), which is also its HTML
 * `<time datetime>` and sorts chronologically as text only within one precision, hence `start`.
 */
export type CalendarDate = {
  value: string;
  year: number;
  month?: number;
  day?: number;
  /** The first day it covers, `YYYY-MM-DD`: dates of different precision compare by it. */
  start: string;
};

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads a calendar date written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, refusing impossible ones
 * (`2026-02-30`, month 13). Returns the date, or a message saying what is wrong.
 */
export function parseCalendarDate(value: string): { ok: true; date: CalendarDate } | { ok: false; message: string } {
  const m = CALENDAR_DATE.exec(value);
  if (!m) {
    return {
      ok: false,
      message: `"${value}" is not a date; write it like 2024-03-12, or 2024-03 or 2024 when only the month or the year is known`,
    };
  }
  const [, y = '', mo, d] = m;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) return { ok: false, message: `"${value}" has no month ${mo}` };
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return { ok: false, message: `"${value}" is not a real calendar date: ${y}-${mo} has no day ${d}` };
  }
  return { ok: true, date: { value, year, month, day, start: `${y}-${mo ?? '01'}-${d ?? '01'}` } };
}

// In UTC, at the day's start: a calendar day is not an instant, so no time zone may move it.
const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** A calendar date as readers see it: "12 March 2024", "March 2024" or "2024", like the site's other dates. */
export function formatCalendarDate(date: CalendarDate): string {
  const instant = new Date(`${date.start}T00:00:00Z`);
  if (date.day !== undefined) return DAY.format(instant);
  if (date.month !== undefined) return MONTH.format(instant);
  return String(date.year);
}
