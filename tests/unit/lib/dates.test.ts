import { describe, expect, it } from 'vitest';
import { lastModified, toZonedIso } from '@/lib/dates';

describe('toZonedIso', () => {
  it('writes the instant with the newsroom offset, winter and summer', () => {
    expect(toZonedIso('2024-11-14T15:00:00.000Z', 'America/New_York')).toBe('2024-11-14T10:00:00-05:00');
    expect(toZonedIso('2026-05-12T13:00:00.000Z', 'America/New_York')).toBe('2026-05-12T09:00:00-04:00');
  });

  it('writes +00:00 at zero offset and keeps half-hour offsets', () => {
    expect(toZonedIso('2026-01-01T00:00:00Z', 'UTC')).toBe('2026-01-01T00:00:00+00:00');
    expect(toZonedIso('2026-01-01T00:00:00Z', 'Asia/Kolkata')).toBe('2026-01-01T05:30:00+05:30');
  });

  it('names the same instant it was given', () => {
    const iso = '2025-03-21T13:10:00.000Z';
    expect(Date.parse(toZonedIso(iso))).toBe(Date.parse(iso));
  });

  it('rejects what is not a date', () => {
    expect(() => toZonedIso('yesterday')).toThrow(/Not a date-time/);
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
