import { describe, expect, it } from 'vitest';
import {
  collectTags,
  countByAuthor,
  countTags,
  findArticle,
  isPublished,
  latestModification,
  publicationRules,
  publicationStatus,
  selectByAuthor,
  selectBySection,
  selectByTag,
  selectFrontPage,
  selectPrerendered,
  selectPublished,
  selectRelated,
  selectSectionNeighbours,
} from '@/lib/content/articles';
import { makeArticle } from '../../../fixtures/articles';

const now = new Date('2026-06-01T12:00:00Z');

const archive = [
  makeArticle({ slug: 'middle', publishedAt: '2026-03-01T09:00:00.000Z', tags: ['climate'] }),
  makeArticle({ slug: 'oldest', publishedAt: '2025-01-01T09:00:00.000Z', section: 'business', authorSlug: 'ann' }),
  makeArticle({ slug: 'newest', publishedAt: '2026-05-31T09:00:00.000Z', tags: ['climate', 'energy'] }),
  makeArticle({ slug: 'a-draft', publishedAt: '2026-04-01T09:00:00.000Z', draft: true }),
  makeArticle({ slug: 'embargoed', publishedAt: '2026-06-02T09:00:00.000Z' }),
];

describe('selectPublished', () => {
  it('orders articles newest first', () => {
    expect(selectPublished(archive, { now }).map((a) => a.slug)).toEqual(['newest', 'middle', 'oldest']);
  });

  it('leaves out drafts and articles dated after now', () => {
    const slugs = selectPublished(archive, { now }).map((a) => a.slug);
    expect(slugs).not.toContain('a-draft');
    expect(slugs).not.toContain('embargoed');
  });

  it('shows drafts when asked (development), but still not future articles', () => {
    const slugs = selectPublished(archive, { now, includeDrafts: true }).map((a) => a.slug);
    expect(slugs).toEqual(['newest', 'a-draft', 'middle', 'oldest']);
  });

  it('publishes an embargoed article once its time has come', () => {
    const later = new Date('2026-06-02T09:00:00Z');
    expect(selectPublished(archive, { now: later }).map((a) => a.slug)[0]).toBe('embargoed');
  });

  it('breaks ties by slug so the order is stable', () => {
    const same = '2026-01-01T00:00:00.000Z';
    const tied = [makeArticle({ slug: 'b', publishedAt: same }), makeArticle({ slug: 'a', publishedAt: same })];
    expect(selectPublished(tied, { now }).map((a) => a.slug)).toEqual(['a', 'b']);
  });

  it('does not reorder its input', () => {
    const copy = [...archive];
    selectPublished(archive, { now });
    expect(archive).toEqual(copy);
  });
});

describe('isPublished', () => {
  it('is true exactly from the publication instant', () => {
    const a = makeArticle({ slug: 'x', publishedAt: '2026-06-01T12:00:00.000Z' });
    expect(isPublished(a, { now })).toBe(true);
    expect(isPublished(a, { now: new Date(now.getTime() - 1) })).toBe(false);
  });
});

describe('findArticle', () => {
  it('finds an article by section and slug', () => {
    expect(findArticle(archive, 'business', 'oldest')?.slug).toBe('oldest');
  });

  it('returns undefined for an unknown slug', () => {
    expect(findArticle(archive, 'world', 'no-such-story')).toBeUndefined();
  });

  it('returns undefined when the slug exists in another section', () => {
    expect(findArticle(archive, 'world', 'oldest')).toBeUndefined();
  });
});

describe('listing selections', () => {
  const published = selectPublished(archive, { now });

  it('selects a section, bounded by the limit', () => {
    expect(selectBySection(published, 'world', 10).map((a) => a.slug)).toEqual(['newest', 'middle']);
    expect(selectBySection(published, 'world', 1).map((a) => a.slug)).toEqual(['newest']);
  });

  it('selects by author and by tag', () => {
    expect(selectByAuthor(published, 'ann', 10).map((a) => a.slug)).toEqual(['oldest']);
    expect(selectByTag(published, 'climate', 10).map((a) => a.slug)).toEqual(['newest', 'middle']);
  });

  it('collects the tags in use, sorted and without repeats', () => {
    expect(collectTags(published)).toEqual(['climate', 'energy']);
  });

  it('returns every match when no limit is given', () => {
    expect(selectBySection(published, 'world').map((a) => a.slug)).toEqual(['newest', 'middle']);
    expect(selectByTag(published, 'energy').map((a) => a.slug)).toEqual(['newest']);
    expect(selectByAuthor(published, 'world-desk').map((a) => a.slug)).toEqual(['newest', 'middle']);
  });

  it('counts stories per tag, alphabetically, and per author', () => {
    expect(countTags(published)).toEqual([
      { tag: 'climate', count: 2 },
      { tag: 'energy', count: 1 },
    ]);
    expect(Object.fromEntries(countByAuthor(published))).toEqual({ 'world-desk': 2, ann: 1 });
  });

});

describe('selectPrerendered', () => {
  it('picks the newest articles up to the count, leaving the long tail to render on demand', () => {
    const published = selectPublished(archive, { now });
    expect(selectPrerendered(published, 2).map((a) => a.slug)).toEqual(['newest', 'middle']);
    expect(selectPrerendered(published, 0)).toEqual([]);
    expect(selectPrerendered(published, 99)).toHaveLength(3);
  });
});

describe('selectFrontPage', () => {
  const day = (n: number) => `2026-05-${String(n).padStart(2, '0')}T09:00:00.000Z`;
  // Newest first: w1 (world) is the lead; then a mix of sections.
  const published = selectPublished(
    [
      makeArticle({ slug: 'w1', section: 'world', publishedAt: day(20) }),
      makeArticle({ slug: 'b1', section: 'business', publishedAt: day(19) }),
      makeArticle({ slug: 'w2', section: 'world', publishedAt: day(18) }),
      makeArticle({ slug: 's1', section: 'sport', publishedAt: day(17) }),
      makeArticle({ slug: 'w3', section: 'world', publishedAt: day(16) }),
      makeArticle({ slug: 'b2', section: 'business', publishedAt: day(15) }),
      makeArticle({ slug: 'w4', section: 'world', publishedAt: day(14) }),
      makeArticle({ slug: 'w5', section: 'world', publishedAt: day(13) }),
    ],
    { now },
  );
  const sizes = { topStories: 2, perSection: 2, latest: 3 };

  it('leads with the newest story and puts the next ones beside it', () => {
    const front = selectFrontPage(published, sizes);
    expect(front.lead?.slug).toBe('w1');
    expect(front.topStories.map((a) => a.slug)).toEqual(['b1', 'w2']);
  });

  it('gives each section with stories a block, in navigation order, without repeating the lead or top stories', () => {
    const front = selectFrontPage(published, sizes);
    expect(front.sections.map((b) => [b.section.slug, b.articles.map((a) => a.slug)])).toEqual([
      ['world', ['w3', 'w4']],
      ['business', ['b2']],
      ['sport', ['s1']],
    ]);
  });

  it('lists the latest stories after the lead and top stories, bounded', () => {
    expect(selectFrontPage(published, sizes).latest.map((a) => a.slug)).toEqual(['s1', 'w3', 'b2']);
  });

  it('stays the same size however large the archive', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      makeArticle({ slug: `a${i}`, section: i % 2 ? 'world' : 'sport', publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString() }),
    );
    const front = selectFrontPage(selectPublished(many, { now }), sizes);
    expect(front.topStories).toHaveLength(2);
    expect(front.latest).toHaveLength(3);
    expect(front.sections.every((b) => b.articles.length === 2)).toBe(true);
  });

  it('has no lead story when nothing is published', () => {
    expect(selectFrontPage([], sizes)).toEqual({ lead: undefined, topStories: [], sections: [], latest: [] });
  });
});

describe('selectRelated', () => {
  const article = makeArticle({ slug: 'subject', section: 'world', tags: ['climate', 'water'], publishedAt: '2026-03-01T00:00:00.000Z' });
  const all = [
    article,
    makeArticle({ slug: 'old-tag', section: 'science', tags: ['water'], publishedAt: '2024-01-01T00:00:00.000Z' }),
    makeArticle({ slug: 'new-tag', section: 'business', tags: ['climate'], publishedAt: '2026-05-01T00:00:00.000Z' }),
    makeArticle({ slug: 'same-section-new', section: 'world', publishedAt: '2026-05-30T00:00:00.000Z' }),
    makeArticle({ slug: 'same-section-old', section: 'world', publishedAt: '2025-01-01T00:00:00.000Z' }),
    makeArticle({ slug: 'unrelated', section: 'sport', tags: ['football'], publishedAt: '2026-05-31T00:00:00.000Z' }),
    makeArticle({ slug: 'draft-tag', section: 'world', tags: ['climate'], draft: true, publishedAt: '2026-05-20T00:00:00.000Z' }),
    makeArticle({ slug: 'future-tag', section: 'world', tags: ['water'], publishedAt: '2026-07-01T00:00:00.000Z' }),
  ];

  it('puts stories sharing a tag first, then the rest of the section, each newest first', () => {
    expect(selectRelated(all, article, 10, { now }).map((a) => a.slug)).toEqual([
      'new-tag',
      'old-tag',
      'same-section-new',
      'same-section-old',
    ]);
  });

  it('never relates an article to itself, even when it is passed in twice', () => {
    const slugs = selectRelated([...all, { ...article }], article, 10, { now }).map((a) => a.slug);
    expect(slugs).not.toContain('subject');
  });

  it('never offers drafts or stories scheduled for later', () => {
    const slugs = selectRelated(all, article, 10, { now }).map((a) => a.slug);
    expect(slugs).not.toContain('draft-tag');
    expect(slugs).not.toContain('future-tag');
    expect(selectRelated(all, article, 10, { now: new Date('2026-07-02T00:00:00Z') }).map((a) => a.slug)[0]).toBe('future-tag');
  });

  it('leaves out stories with neither a shared tag nor the same section, and respects the limit', () => {
    expect(selectRelated(all, article, 10, { now }).map((a) => a.slug)).not.toContain('unrelated');
    expect(selectRelated(all, article, 2, { now }).map((a) => a.slug)).toEqual(['new-tag', 'old-tag']);
  });
});

describe('selectSectionNeighbours', () => {
  const a1 = makeArticle({ slug: 'first', publishedAt: '2026-01-01T00:00:00.000Z' });
  const a2 = makeArticle({ slug: 'second', publishedAt: '2026-02-01T00:00:00.000Z' });
  const a3 = makeArticle({ slug: 'third', publishedAt: '2026-03-01T00:00:00.000Z' });
  const all = [
    a3,
    a1,
    a2,
    makeArticle({ slug: 'other-section', section: 'sport', publishedAt: '2026-02-15T00:00:00.000Z' }),
    makeArticle({ slug: 'a-draft', draft: true, publishedAt: '2026-02-10T00:00:00.000Z' }),
    makeArticle({ slug: 'scheduled', publishedAt: '2026-12-01T00:00:00.000Z' }),
  ];

  it('links the next older story as previous and the next newer as next, within the section', () => {
    const { previous, next } = selectSectionNeighbours(all, a2, { now });
    expect(previous?.slug).toBe('first');
    expect(next?.slug).toBe('third');
  });

  it('has no previous for the oldest story and no next for the newest published one', () => {
    expect(selectSectionNeighbours(all, a1, { now }).previous).toBeUndefined();
    expect(selectSectionNeighbours(all, a3, { now }).next).toBeUndefined();
  });

  it('skips drafts and scheduled stories', () => {
    expect(selectSectionNeighbours(all, a1, { now }).next?.slug).toBe('second');
    expect(selectSectionNeighbours(all, a2, { now: new Date('2026-12-02T00:00:00Z') }).next?.slug).toBe('third');
    expect(selectSectionNeighbours(all, a3, { now: new Date('2026-12-02T00:00:00Z') }).next?.slug).toBe('scheduled');
  });
});

describe('scheduled publishing over time (injected clock)', () => {
  const scheduled = makeArticle({ slug: 'budget', publishedAt: '2026-06-02T09:00:00.000Z' });
  const draft = makeArticle({ slug: 'draft', publishedAt: '2026-05-01T09:00:00.000Z', draft: true });
  const at = (iso: string) => new Date(iso);

  it('hides a scheduled article until its publication time, then shows it everywhere the filter is used', () => {
    expect(isPublished(scheduled, { now: at('2026-06-02T08:59:59.999Z') })).toBe(false);
    expect(isPublished(scheduled, { now: at('2026-06-02T09:00:00.000Z') })).toBe(true);
    expect(isPublished(scheduled, { now: at('2027-01-01T00:00:00.000Z') })).toBe(true);
    const list = [scheduled, ...archive];
    expect(selectPublished(list, { now: at('2026-06-02T08:59:00Z') }).map((a) => a.slug)).not.toContain('budget');
    expect(selectPublished(list, { now: at('2026-06-02T09:01:00Z') }).map((a) => a.slug)[0]).toBe('budget');
    expect(collectTags(selectPublished([makeArticle({ ...scheduled, tags: ['budget-2027'] })], { now: at('2026-06-01T00:00:00Z') }))).toEqual([]);
  });

  it('never shows a draft to readers, however late it is', () => {
    for (const now of ['2026-05-01T09:00:00Z', '2030-01-01T00:00:00Z']) {
      expect(isPublished(draft, { now: at(now) })).toBe(false);
    }
  });

  it('shows drafts and scheduled articles in preview and in development, and neither to readers', () => {
    const now = at('2026-06-01T00:00:00Z');
    expect(publicationRules(now, false, false)).toEqual({ now, includeDrafts: false, includeScheduled: false });
    expect(publicationRules(now, true, false)).toEqual({ now, includeDrafts: true, includeScheduled: true });
    expect(publicationRules(now, false, true)).toEqual({ now, includeDrafts: true, includeScheduled: true });
    const preview = publicationRules(now, true, false);
    expect(isPublished(scheduled, preview)).toBe(true);
    expect(isPublished(draft, preview)).toBe(true);
  });

  it('says whether an article is a draft, scheduled or published at a given moment', () => {
    expect(publicationStatus(draft, at('2030-01-01T00:00:00Z'))).toBe('draft');
    expect(publicationStatus(scheduled, at('2026-06-01T00:00:00Z'))).toBe('scheduled');
    expect(publicationStatus(scheduled, at('2026-06-02T09:00:00Z'))).toBe('published');
  });
});

describe('latestModification', () => {
  const published = '2026-05-12T13:00:00.000Z';

  it('is the publication time when nothing changed since', () => {
    expect(latestModification(published, undefined, [])).toBe(published);
  });

  it('is the latest of the update and the corrections', () => {
    const corrections = [
      { date: '2026-05-14T10:00:00.000Z', text: 'A later correction.' },
      { date: '2026-05-13T10:00:00.000Z', text: 'An earlier correction.' },
    ];
    expect(latestModification(published, '2026-05-12T19:20:00.000Z', corrections)).toBe('2026-05-14T10:00:00.000Z');
    expect(latestModification(published, '2026-05-20T09:00:00.000Z', corrections)).toBe('2026-05-20T09:00:00.000Z');
  });
});
