import { describe, expect, it } from 'vitest';
import { countTextWords, countWords, readingTimeMinutes } from '@/lib/mdx/reading-time';
import { readerText } from '@/lib/mdx/reader-text';
import { searchRecord } from '@/lib/search/records';
import { makeArticle } from '../../../fixtures/articles';

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
    // A subhead here (3) + A linked phrase and bold text (6) + Ann Lee, mayor (3, the cite the page
    // shows under the quote) + We will build it (4) + one item (2)
    expect(countWords(mdx)).toBe(18);
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

describe('the word count and the search record read the same text', () => {
  const body = [
    'The ferry will run every forty minutes from December.',
    '',
    '<Figure src="/images/2025/quay.jpg" alt="The ferry at the quay" caption="Winter timetable posted at the quay." credit="Photograph: Ann Lee" />',
    '',
    '<PullQuote cite="Mark Solano, operator">Fewer sailings, same fares.</PullQuote>',
    '',
    '<Callout title="What changes">',
    '',
    '- Last sailing at 21:00',
    '',
    '</Callout>',
    '',
    'Water use rose by 10<sup>2</sup> litres, says the <abbr title="Harbour Authority">HA</abbr>.<br />New line.',
  ].join('\n');

  it('counts the caption, credit, cite and title a page shows, and the alt text, and nothing else', () => {
    const text = readerText(body);
    for (const shown of [
      'Winter timetable posted at the quay.',
      'Photograph: Ann Lee',
      'Mark Solano, operator',
      'What changes',
      'The ferry at the quay',
    ]) {
      expect(text).toContain(shown);
    }
    expect(text).toContain('rose by 102 litres, says the HA. New line.');
    expect(text).not.toContain('/images/');
    expect(text).not.toContain('Harbour Authority');
    expect(countWords(body)).toBe(countTextWords(text));
    // text 9 + alt 5 + caption 6 + credit 3 + cite 3 + quote 4 + title 2 + list 5 (21:00 is two) + 11
    expect(countWords(body)).toBe(48);
  });

  it('puts exactly the counted words into the search record', () => {
    const article = makeArticle({ slug: 'ferry', title: 'Ferry', standfirst: 'Less often.' });
    const record = searchRecord(article, body, 'en');
    expect(record.content).toBe(`Ferry. Less often. ${readerText(body)}`);
    expect(countTextWords(record.content) - countTextWords('Ferry. Less often.')).toBe(countWords(body));
  });
});
