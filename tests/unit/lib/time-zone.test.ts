import { describe, expect, it } from 'vitest';
import { isoInTimeZone, timeZoneOffsetMinutes } from '@/lib/time-zone';

const NY = 'America/New_York';

describe('isoInTimeZone', () => {
  it('writes New York time with -05:00 in winter and -04:00 in summer', () => {
    expect(isoInTimeZone(new Date('2026-01-15T14:30:59Z'), NY)).toBe('2026-01-15T09:30:00-05:00');
    expect(isoInTimeZone(new Date('2026-07-01T13:30:00Z'), NY)).toBe('2026-07-01T09:30:00-04:00');
  });

  it('switches offset at the exact moments daylight saving time starts and ends', () => {
    // Starts 8 March 2026 at 2:00 local (07:00 UTC): clocks jump to 3:00.
    expect(isoInTimeZone(new Date('2026-03-08T06:59:00Z'), NY)).toBe('2026-03-08T01:59:00-05:00');
    expect(isoInTimeZone(new Date('2026-03-08T07:00:00Z'), NY)).toBe('2026-03-08T03:00:00-04:00');
    // Ends 1 November 2026 at 2:00 local (06:00 UTC): 1:00–1:59 happens twice.
    expect(isoInTimeZone(new Date('2026-11-01T05:59:00Z'), NY)).toBe('2026-11-01T01:59:00-04:00');
    expect(isoInTimeZone(new Date('2026-11-01T06:00:00Z'), NY)).toBe('2026-11-01T01:00:00-05:00');
  });

  it('names the same instant it was given, in any zone', () => {
    const instant = new Date('2026-11-28T02:46:00Z');
    for (const zone of [NY, 'Europe/London', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC']) {
      expect(Date.parse(isoInTimeZone(instant, zone))).toBe(instant.getTime());
    }
    expect(isoInTimeZone(instant, 'Asia/Kolkata')).toBe('2026-11-28T08:16:00+05:30');
    expect(isoInTimeZone(instant, NY)).toBe('2026-11-27T21:46:00-05:00');
  });

  it('gives offsets in minutes', () => {
    expect(timeZoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), NY)).toBe(-240);
    expect(timeZoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), 'UTC')).toBe(0);
  });
});
