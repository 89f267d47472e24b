import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  lastModified,
  timeZoneOffsetMinutes,
  yearOf,
  zonedIsoFromString,
  zonedIsoToMinute,
} from '@/lib/format/dates';

describe('zonedIsoFromString', () => {
  it('writes the instant with the newsroom offset, winter and summer', () => {
    expect(zonedIsoFromString('2024-11-14T15:00:00.000Z', 'America/New_York')).toBe('2024-11-14T10:00:00-05:00');
    expect(zonedIsoFromString('2026-05-12T13:00:00.000Z', 'America/New_York')).toBe('2026-05-12T09:00:00-04:00');
  });

  it('writes +00:00 at zero offset and keeps half-hour offsets', () => {
    expect(zonedIsoFromString('2026-01-01T00:00:00Z', 'UTC')).toBe('2026-01-01T00:00:00+00:00');
    expect(zonedIsoFromString('2026-01-01T00:00:00Z', 'Asia/Kolkata')).toBe('2026-01-01T05:30:00+05:30');
  });

  it('names the same instant it was given', () => {
    const iso = '2025-03-21T13:10:00.000Z';
    expect(Date.parse(zonedIsoFromString(iso))).toBe(Date.parse(iso));
  });

  it('rejects what is not a date', () => {
    expect(() => zonedIsoFromString('yesterday')).toThrow(/Not a date-time/);
  });
});

describe('lastModified', () => {
  it('is the update when there is one, otherwise the publication', () => {
    expect(lastModified({ publishedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z' })).toBe(
      '2026-01-02T00:00:00Z',
    );
    expect(lastModified({ publishedAt: '2026-01-01T00:00:00Z' })).toBe('2026-01-01T00:00:00Z');
  });
});

const NY = 'America/New_York';

describe('zonedIsoToMinute', () => {
  it('writes New York time with -05:00 in winter and -04:00 in summer', () => {
    expect(zonedIsoToMinute(new Date('2026-01-15T14:30:59Z'), NY)).toBe('2026-01-15T09:30:00-05:00');
    expect(zonedIsoToMinute(new Date('2026-07-01T13:30:00Z'), NY)).toBe('2026-07-01T09:30:00-04:00');
  });

  it('switches offset at the exact moments daylight saving time starts and ends', () => {
    // Starts 8 March 2026 at 2:00 local (07:00 UTC): clocks jump to 3:00.
    expect(zonedIsoToMinute(new Date('2026-03-08T06:59:00Z'), NY)).toBe('2026-03-08T01:59:00-05:00');
    expect(zonedIsoToMinute(new Date('2026-03-08T07:00:00Z'), NY)).toBe('2026-03-08T03:00:00-04:00');
    // Ends 1 November 2026 at 2:00 local (06:00 UTC): 1:00–1:59 happens twice.
    expect(zonedIsoToMinute(new Date('2026-11-01T05:59:00Z'), NY)).toBe('2026-11-01T01:59:00-04:00');
    expect(zonedIsoToMinute(new Date('2026-11-01T06:00:00Z'), NY)).toBe('2026-11-01T01:00:00-05:00');
  });

  it('names the same instant it was given, in any zone', () => {
    const instant = new Date('2026-11-28T02:46:00Z');
    for (const zone of [NY, 'Europe/London', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC']) {
      expect(Date.parse(zonedIsoToMinute(instant, zone))).toBe(instant.getTime());
    }
    expect(zonedIsoToMinute(instant, 'Asia/Kolkata')).toBe('2026-11-28T08:16:00+05:30');
    expect(zonedIsoToMinute(instant, NY)).toBe('2026-11-27T21:46:00-05:00');
  });

  it('gives offsets in minutes', () => {
    expect(timeZoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), NY)).toBe(-240);
    expect(timeZoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), 'UTC')).toBe(0);
  });
});

describe('format', () => {
  it('shows dates in the newsroom time zone', () => {
    // 03:00 UTC on 15 November is still 14 November in New York.
    expect(formatDate('2024-11-15T03:00:00.000Z', 'America/New_York')).toBe('14 November 2024');
    expect(formatDate('2024-11-15T03:00:00.000Z', 'UTC')).toBe('15 November 2024');
  });

  it('shows a date and time with the zone abbreviation', () => {
    expect(formatDateTime('2024-11-14T15:00:00.000Z', 'America/New_York')).toBe('14 November 2024, 10:00 EST');
  });

  it('gives the year in the newsroom time zone', () => {
    expect(yearOf(new Date('2027-01-01T02:00:00Z'), 'America/New_York')).toBe(2026);
  });
});
