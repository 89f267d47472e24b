import { describe, expect, it } from 'vitest';
import { tagLabel } from '@/lib/format/text';

describe('tagLabel', () => {
  it('shows tag slugs as words', () => {
    expect(tagLabel('north-korea')).toBe('north korea');
  });
});
