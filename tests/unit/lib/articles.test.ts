import { describe, expect, it } from 'vitest';
import {
  collectTags,
  findArticle,
  isPublished,
  latestModification,
  publicationRules,
  publicationStatus,
  selectByAuthor,
  selectBySection,
  selectByTag,
  selectFrontPage,
  selectPublished,
} from '@/lib/articles';
import { makeArticle } from '../../fixtures/articles';

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

  it('makes the newest article the lead story and bounds the rest', () => {
    const { lead, latest } = selectFrontPage(published, 1);
    expect(lead?.slug).toBe('newest');
    expect(latest.map((a) => a.slug)).toEqual(['middle']);
  });

  it('has no lead story when nothing is published', () => {
    expect(selectFrontPage([], 5)).toEqual({ lead: undefined, latest: [] });
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
