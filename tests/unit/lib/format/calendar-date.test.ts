import { describe, expect, it } from 'vitest';
import { daysInMonth, formatCalendarDate, parseCalendarDate } from '@/lib/format/calendar-date';

function parsed(value: string) {
  const result = parseCalendarDate(value);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

describe('parseCalendarDate', () => {
  it('reads a day, a month or a year, with the first day each covers', () => {
    expect(parsed('2024-03-12')).toEqual({ value: '2024-03-12', year: 2024, month: 3, day: 12, start: '2024-03-12' });
    expect(parsed('2024-03')).toMatchObject({ year: 2024, month: 3, day: undefined, start: '2024-03-01' });
    expect(parsed('1998')).toMatchObject({ year: 1998, month: undefined, start: '1998-01-01' });
  });

  it('knows leap years', () => {
    expect(parsed('2024-02-29').day).toBe(29);
    expect(parseCalendarDate('2026-02-29')).toEqual({
      ok: false,
      message: '"2026-02-29" is not a real calendar date: 2026-02 has no day 29',
    });
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it('refuses impossible dates and other ways of writing one, saying how to write it', () => {
    expect(parseCalendarDate('2026-13')).toEqual({ ok: false, message: '"2026-13" has no month 13' });
    expect(parseCalendarDate('2026-04-31')).toMatchObject({ ok: false, message: expect.stringMatching(/no day 31/) });
    expect(parseCalendarDate('2026-00-10')).toMatchObject({ ok: false, message: expect.stringMatching(/no month 00/) });
    for (const value of ['March 2024', '12/03/2024', '2024-3-12', '2024-03-12T10:00:00Z', ' 2024', '']) {
      expect(parseCalendarDate(value), value).toMatchObject({
        ok: false,
        message: expect.stringContaining('write it like 2024-03-12, or 2024-03 or 2024'),
      });
    }
  });
});

describe('formatCalendarDate', () => {
  it('writes it out as the site writes dates, to the precision given, whatever the time zone', () => {
    expect(formatCalendarDate(parsed('2024-03-01'))).toBe('1 March 2024');
    expect(formatCalendarDate(parsed('2024-12-31'))).toBe('31 December 2024');
    expect(formatCalendarDate(parsed('2024-03'))).toBe('March 2024');
    expect(formatCalendarDate(parsed('2024'))).toBe('2024');
  });
});
