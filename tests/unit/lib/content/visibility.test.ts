import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { authorHasPage, listingScope, sectionScope, tagHasPage, tagsWithPages } from '@/lib/content/visibility';
import type { ListingKind } from '@/lib/content/scopes';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';
import { writeContentStore } from '../../../helpers/content-store';

const now = new Date('2026-06-01T12:00:00Z');
const reader = { now };
const editor = { now, includeDrafts: true, includeScheduled: true };

const articles = [
  makeArticle({ slug: 'live', tags: ['harbour', 'shared'], publishedAt: '2026-05-01T00:00:00.000Z', hero: { src: '/images/live.jpg', alt: 'A quay', width: 1600, height: 900 } }),
  makeArticle({ slug: 'unfinished', draft: true, tags: ['draft-only', 'shared'], publishedAt: '2026-04-01T00:00:00.000Z' }),
  makeArticle({ slug: 'embargoed', tags: ['scheduled-only'], publishedAt: '2026-07-01T00:00:00.000Z' }),
];
const authors = [makeAuthor({ slug: 'world-desk', name: 'World Desk' }), makeAuthor({ slug: 'quiet', name: 'Quiet Reporter' })];

describe('the page rules', () => {
  it('give a tag a page only while a visible article carries it', () => {
    expect(tagsWithPages(articles, reader)).toEqual(['harbour', 'shared']);
    expect(tagsWithPages(articles, editor)).toEqual(['draft-only', 'harbour', 'scheduled-only', 'shared']);
    for (const tag of ['harbour', 'shared', 'draft-only', 'scheduled-only', 'never-used']) {
      expect(tagHasPage(articles, tag, reader), tag).toBe(tagsWithPages(articles, reader).includes(tag));
      expect(tagHasPage(articles, tag, editor), tag).toBe(tagsWithPages(articles, editor).includes(tag));
    }
    expect(tagHasPage(articles, 'scheduled-only', { now: new Date('2026-07-01T00:00:00Z') })).toBe(true);
  });

  it('give every section and every author with a profile a page, stories or not', () => {
    expect(sectionScope('world')?.section.name).toBe('World');
    expect(sectionScope('weather')).toBeUndefined();
    expect(authorHasPage(authors, 'quiet')).toBe(true);
    expect(authorHasPage(authors, 'nobody')).toBe(false);
    expect(listingScope('author', 'quiet', { articles, authors }, reader)).toEqual({ kind: 'author', author: authors[1] });
    expect(listingScope('tag', 'draft-only', { articles, authors }, reader)).toBeUndefined();
  });
});

/**
 * The same rule everywhere: for each listing, its page, its later-page redirect, its feed, its
 * sitemap entry and the HTTP layer's check of its addresses all say "exists", or all say "no".
 */
describe('pages, feeds, sitemap and known addresses', () => {
  let restore = () => {};
  beforeAll(() => {
    restore = writeContentStore(articles, authors).restore;
    // Production rules: drafts and scheduled articles are hidden from readers.
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
    // The feed handlers read the clock themselves: fix it at `now`.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });
  afterAll(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    restore();
  });

  const cases: [ListingKind, string, string, boolean][] = [
    ['tag', 'harbour', '/tags/harbour', true],
    ['tag', 'shared', '/tags/shared', true],
    ['tag', 'draft-only', '/tags/draft-only', false],
    ['tag', 'scheduled-only', '/tags/scheduled-only', false],
    ['tag', 'never-used', '/tags/never-used', false],
    ['author', 'world-desk', '/authors/world-desk', true],
    ['author', 'quiet', '/authors/quiet', true],
    ['author', 'nobody', '/authors/nobody', false],
    ['section', 'world', '/world', true],
    ['section', 'weather', '/weather', false],
  ];

  it.each(cases)('agree on the %s %s', async (kind, name, path, exists) => {
    const { getLaterListingPage, getListing } = await import('@/lib/content/listings');
    const { allArticleSummaries, allAuthorProfiles } = await import('@/lib/content/store');
    const { scopedFeedRoute } = await import('@/lib/seo/feed-routes');
    const { siteSitemapEntries } = await import('@/lib/seo/sitemap');
    const { contentLookups, scopedFileAddressExists, twoSegmentAddressExists } = await import('@/lib/serving/known-addresses');
    const { absoluteUrl } = await import('@/lib/config/urls');

    const render = async () => '<p>Body</p>';
    const request = new Request(absoluteUrl(`${path}/feed.xml`));
    const feed =
      kind === 'section'
        ? scopedFeedRoute('section', 'rss', render)(request, { params: Promise.resolve({ section: name }) })
        : kind === 'tag'
          ? scopedFeedRoute('tag', 'rss', render)(request, { params: Promise.resolve({ tag: name }) })
          : scopedFeedRoute('author', 'rss', render)(request, { params: Promise.resolve({ author: name }) });
    const lookups = contentLookups(now);
    const guardLetsThrough = (p: string) =>
      twoSegmentAddressExists(p, lookups) !== false && scopedFileAddressExists(p, lookups) !== false;
    const sitemap = siteSitemapEntries(allArticleSummaries(), allAuthorProfiles(), now).map((e) => e.loc);

    expect(getListing(kind, name, { now }) !== undefined, 'page').toBe(exists);
    expect(getLaterListingPage(kind, name, '1', { now })?.kind === 'redirect', '/page/1 redirect').toBe(exists);
    expect((await feed).status, 'feed').toBe(exists ? 200 : 404);
    expect(sitemap.includes(absoluteUrl(path)), 'sitemap').toBe(exists);
    expect(guardLetsThrough(`${path}/feed.xml`), 'HTTP layer, feed address').toBe(exists);
    if (kind !== 'section') expect(guardLetsThrough(path), 'HTTP layer, page address').toBe(exists);
  });

  it('open a scheduled tag everywhere at its time, and show draft tags to editors in preview only', async () => {
    const { getListing } = await import('@/lib/content/listings');
    const { allArticleSummaries, allAuthorProfiles } = await import('@/lib/content/store');
    const { siteSitemapEntries } = await import('@/lib/seo/sitemap');
    const { contentLookups, twoSegmentAddressExists } = await import('@/lib/serving/known-addresses');
    const later = new Date('2026-07-01T00:00:00Z');
    expect(twoSegmentAddressExists('/tags/scheduled-only', contentLookups(now))).toBe(false);
    expect(twoSegmentAddressExists('/tags/scheduled-only', contentLookups(later))).toBe(true);
    expect(getListing('tag', 'scheduled-only', { now: later })?.page.totalItems).toBe(1);
    expect(siteSitemapEntries(allArticleSummaries(), allAuthorProfiles(), later).some((e) => e.loc.endsWith('/tags/scheduled-only'))).toBe(true);
    expect(getListing('tag', 'draft-only', { now, preview: true })?.page.items.map((a) => a.slug)).toEqual(['unfinished']);
    expect(getListing('tag', 'draft-only', { now })).toBeUndefined();
  });
});
