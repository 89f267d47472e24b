import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '@/lib/content/articles';
import { deltaRecord, indexedEntries, recordFields, searchRecord } from '@/lib/search/records';
import { makeArticle, makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';

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

describe('a live blog’s record', () => {
  const now = new Date('2026-03-01T12:00:00.000Z');
  const blog = makeLiveBlog(
    {
      slug: 'storm',
      title: 'Storm over the harbour',
      standfirst: 'Live coverage.',
      publishedAt: '2026-03-01T08:00:00.000Z',
    },
    {
      entries: [
        makeLiveEntry({ id: 'first', publishedAt: '2026-03-01T09:00:00.000Z', title: 'Ferries cancelled' }),
        makeLiveEntry({ id: 'untitled', publishedAt: '2026-03-01T10:00:00.000Z' }),
        makeLiveEntry({
          id: 'unfinished',
          publishedAt: '2026-03-01T10:30:00.000Z',
          draft: true,
          title: 'Secret draft',
        }),
        makeLiveEntry({ id: 'later', publishedAt: '2026-03-01T13:00:00.000Z', title: 'Scheduled entry' }),
      ],
    },
  );

  it('holds the entries readers can see, newest first: no drafts, none scheduled for later', () => {
    expect(indexedEntries(blog, now).map((e) => e.id)).toEqual(['untitled', 'first']);
    expect(indexedEntries(blog, new Date('2026-03-01T13:00:00.000Z')).map((e) => e.id)).toEqual([
      'later',
      'untitled',
      'first',
    ]);
    expect(indexedEntries(makeArticle({ slug: 'plain' }), now)).toEqual([]);
  });

  it('holds its headline, standfirst and summary, then each entry’s title and text', () => {
    const record = searchRecord(blog, 'The **summary** of the day.', 'en', [
      { body: 'Winds of *ninety* kilometres an hour.' },
      { title: 'Ferries cancelled', body: 'Every crossing from the Saltings is off.' },
    ]);
    expect(record.url).toBe('/world/storm');
    expect(record.content).toBe(
      'Storm over the harbour. Live coverage. The summary of the day. Winds of ninety kilometres an hour. Ferries cancelled. Every crossing from the Saltings is off.',
    );
    expect(record.meta.title).toBe('Storm over the harbour');
  });
});

describe('recordFields', () => {
  it('changes with every field a record shows, and with the entries’ titles', () => {
    const article = makeArticle({ slug: 'a' });
    const base = recordFields(article, []);
    expect(recordFields({ ...article }, [])).toBe(base);
    const changes: Partial<ArticleSummary>[] = [
      { title: 'New' },
      { standfirst: 'New.' },
      { section: 'business' },
      { publishedAt: '2026-01-01T00:00:00.000Z' },
      { url: '/world/b' },
    ];
    for (const change of changes) {
      expect(recordFields({ ...article, ...change }, []), JSON.stringify(change)).not.toBe(base);
    }
    expect(recordFields(article, [{ title: 'One' }])).not.toBe(recordFields(article, [{ title: 'Two' }]));
    expect(recordFields(article, [{}])).not.toBe(base);
  });

  it('ignores what a record does not show (tags, the hero, corrections)', () => {
    const article = makeArticle({ slug: 'a' });
    expect(
      recordFields(
        { ...article, tags: ['harbour'], corrections: [{ date: '2026-01-01T00:00:00.000Z', text: 'Fixed.' }] },
        [],
      ),
    ).toBe(recordFields(article, []));
  });
});

describe('deltaRecord', () => {
  it('marks a record as the delta’s and changes nothing else', () => {
    const record = searchRecord(makeArticle({ slug: 'a' }), 'Body.', 'en');
    expect(deltaRecord(record)).toEqual({ ...record, meta: { ...record.meta, delta: 'true' } });
    expect(record.meta.delta).toBeUndefined();
  });
});
