import { describe, expect, it } from 'vitest';
import { countWords, readingTimeMinutes } from '@/lib/mdx/reading-time';

describe('countWords', () => {
  it('counts the words a reader sees, not markup', () => {
    const mdx = [
      '## A subhead here',
      '',
      'A [linked phrase](/world/some-story) and **bold** text.',
      '',
      '<PullQuote cite="Ann Lee, mayor">We will build it.</PullQuote>',
      '',
      '- one item',
    ].join('\n');
    // A subhead here (3) + A linked phrase and bold text (6) + We will build it (4) + one item (2)
    expect(countWords(mdx)).toBe(15);
  });

  it('keeps contractions, numbers and curly apostrophes as single words', () => {
    expect(countWords('North Korea’s 12,000 soldiers don’t rest.')).toBe(6);
  });

  it('is zero for an empty body', () => {
    expect(countWords('')).toBe(0);
  });
});

describe('readingTimeMinutes', () => {
  it('rounds to whole minutes at 230 words a minute, at least one', () => {
    expect(readingTimeMinutes(0)).toBe(1);
    expect(readingTimeMinutes(230)).toBe(1);
    expect(readingTimeMinutes(700)).toBe(3);
  });
});
