import { describe, expect, it } from 'vitest';
import { searchRecord } from '@/lib/search/records';
import { makeArticle } from '../../../fixtures/articles';

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
