import { describe, expect, it } from 'vitest';
import { plainTextFromMdx, searchRecord } from '@/lib/search/records';
import { makeArticle } from '../../../fixtures/articles';

describe('plainTextFromMdx', () => {
  it('keeps the words a reader sees and drops markup, link targets and attributes', () => {
    const mdx = [
      '## Limits set by **season**',
      '',
      'Read [the treaty](/world/treaty-text) and _more_.',
      '',
      '<PullQuote cite="Mark Solano, director">The treaty gives the lake a referee.</PullQuote>',
      '',
      '<Callout title="Key facts">',
      '',
      '- Caps abstraction',
      '1. Cuts both caps',
      '',
      '</Callout>',
      '',
      '<Figure src="/images/2025/lake.jpg" alt="A map of the lake" caption="The border runs through the lake." />',
    ].join('\n');
    const text = plainTextFromMdx(mdx);
    expect(text).toBe(
      'Limits set by season Read the treaty and more. Mark Solano, director The treaty gives the lake a referee. Key facts Caps abstraction Cuts both caps A map of the lake The border runs through the lake.',
    );
    expect(text).not.toContain('/world/treaty-text');
    expect(text).not.toContain('/images/');
  });
});

describe('searchRecord', () => {
  it('indexes headline, standfirst and body under the article URL, with display metadata', () => {
    const article = makeArticle({
      slug: 'summit',
      title: 'Biden hosts leaders',
      standfirst: 'Talks on North Korea.',
      publishedAt: '2024-11-14T15:00:00.000Z',
    });
    const record = searchRecord(article, 'After **Pyongyang’s** missile tests.', 'en');
    expect(record.url).toBe('/world/summit');
    expect(record.language).toBe('en');
    expect(record.content).toBe('Biden hosts leaders. Talks on North Korea. After Pyongyang’s missile tests.');
    expect(record.meta).toEqual({
      title: 'Biden hosts leaders',
      section: 'World',
      published: '2024-11-14T15:00:00.000Z',
      date: '14 November 2024',
    });
    expect(record.filters).toEqual({ section: ['World'] });
  });
});
