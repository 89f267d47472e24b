import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, tagLabel, yearOf } from '@/lib/format';

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

  it('shows tag slugs as words', () => {
    expect(tagLabel('north-korea')).toBe('north korea');
  });
});
