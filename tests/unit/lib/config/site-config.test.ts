import { describe, expect, it, vi } from 'vitest';
import { LIVE_POLL_RANGE, readLivePollSeconds } from '@/lib/config/site-config';

describe('readLivePollSeconds', () => {
  it('is 20 s unless set, and takes the production range as it is', () => {
    expect(readLivePollSeconds(undefined)).toBe(LIVE_POLL_RANGE.default);
    expect(readLivePollSeconds('')).toBe(20);
    expect(readLivePollSeconds('15')).toBe(15);
    expect(readLivePollSeconds('30')).toBe(30);
  });

  it('accepts less than 15 s only with a warning (tests), and refuses more than 30 s or no number', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readLivePollSeconds('3')).toBe(3);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('LIVE_POLL_SECONDS=3 is below 15 s'));
    warn.mockRestore();
    expect(() => readLivePollSeconds('31')).toThrow('LIVE_POLL_SECONDS must be at most 30');
    expect(() => readLivePollSeconds('0')).toThrow('LIVE_POLL_SECONDS must be a whole number ≥ 1');
    expect(() => readLivePollSeconds('twenty')).toThrow('LIVE_POLL_SECONDS');
  });
});
