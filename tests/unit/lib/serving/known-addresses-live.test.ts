import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  articleSubAddressExists,
  scopedFileAddressExists,
  twoSegmentAddressExists,
  type RouteLookups,
} from '@/lib/serving/known-addresses';
import { isMadeUpAddress } from '@/lib/serving/http-layer';
import { isSectionSlug } from '@/lib/config/sections';
import { makeArticle, makeAuthor, makeLiveBlog, makeLiveEntry } from '../../../fixtures/articles';
import { writeContentStore } from '../../../helpers/content-store';

/** A live blog at /world/vote with 3 pages and entries e1…e45; a plain article at /world/real-story. */
const lookups: RouteLookups = {
  isSection: isSectionSlug,
  isArticle: (section, slug) => section === 'world' && (slug === 'real-story' || slug === 'vote'),
  isAuthor: (slug) => slug === 'world-desk',
  isTag: (tag) => tag === 'climate',
  isPublicFile: () => false,
  redirectTarget: () => undefined,
  isAboutPage: () => false,
  liveBlog: (section, slug) =>
    section === 'world' && slug === 'vote'
      ? { pages: 3, hasEntry: (id) => /^e([1-9]|[1-3]\d|4[0-5])$/.test(id) }
      : undefined,
};

describe('articleSubAddressExists: below a live blog', () => {
  it.each([
    // Its later pages, and page 1, which Next redirects to the blog.
    '/world/vote/page/2',
    '/world/vote/page/3',
    '/world/vote/page/1',
    // The permalinks of its visible entries.
    '/world/vote/entries/e1',
    '/world/vote/entries/e45',
    // The updates endpoint and its three feeds.
    '/world/vote/updates',
    '/world/vote/feed.xml',
    '/world/vote/atom.xml',
    '/world/vote/feed.json',
  ])('lets %s through', (path) => {
    expect(articleSubAddressExists(path, lookups)).toBe(true);
    expect(isMadeUpAddress(path, lookups)).toBe(false);
  });

  it.each([
    // Past the last page, and page numbers not written as we write them.
    '/world/vote/page/4',
    '/world/vote/page/0',
    '/world/vote/page/02',
    '/world/vote/page/two',
    '/world/vote/page',
    // Entries that are not visible, or not there.
    '/world/vote/entries/e46',
    '/world/vote/entries/draft',
    '/world/vote/entries',
    '/world/vote/entries/e1/more',
    // Anything else below it.
    '/world/vote/og-image.png',
    '/world/vote/updates/more',
    '/world/vote/feed.xml/x',
    '/world/vote/made-up',
    '/world/vote/page/2/3',
    '/world/vote/a/b/c/d',
  ])('refuses %s, which names nothing', (path) => {
    expect(articleSubAddressExists(path, lookups)).toBe(false);
    expect(isMadeUpAddress(path, lookups)).toBe(true);
  });
});

describe('articleSubAddressExists: below anything else in a section', () => {
  it.each([
    '/world/real-story/page/2',
    '/world/real-story/page/1',
    '/world/real-story/entries/e1',
    '/world/real-story/updates',
    '/world/real-story/feed.xml',
    '/world/real-story/atom.xml',
    '/world/real-story/feed.json',
    '/world/made-up/feed.xml',
    '/world/made-up/page/2',
    // A live blog's address in the wrong section.
    '/business/vote/page/2',
    // `/world/page/<n>/…` is not a section page: Next would give it to the article routes.
    '/world/page/2/3',
    '/world/page/page/2',
  ])('refuses %s: nothing is below a plain article', (path) => {
    expect(articleSubAddressExists(path, lookups)).toBe(false);
    expect(isMadeUpAddress(path, lookups)).toBe(true);
  });

  it('leaves a section’s own later pages to their route, as before', () => {
    expect(articleSubAddressExists('/world/page/2', lookups)).toBeUndefined();
    expect(articleSubAddressExists('/world/page/999', lookups)).toBeUndefined();
    expect(isMadeUpAddress('/world/page/2', lookups)).toBe(false);
  });

  it('does not judge paths outside the sections, or shorter ones', () => {
    for (const path of [
      '/world',
      '/world/vote',
      '/tags/climate/page/2',
      '/images/2024/photo.jpg',
      '/pagefind/a/b',
      '/crops/16x9/images/a.jpg',
    ]) {
      expect(articleSubAddressExists(path, lookups), path).toBeUndefined();
    }
  });

  it.each([
    // Next hands these to the [section]/[slug] routes, whose feeds and pages would cache a 404 for each.
    '/search/x/feed.xml',
    '/about/x/atom.xml',
    '/api/x/feed.json',
    '/foo/x/updates',
    '/tags/climate/updates',
    '/api/x/entries/y',
    '/tags/climate/entries/y',
    '/about/x/page/2',
    '/World/vote/feed.xml',
  ])('refuses %s: the shape of a live blog’s sub-address outside the sections', (path) => {
    expect(articleSubAddressExists(path, lookups)).toBe(false);
    expect(isMadeUpAddress(path, lookups)).toBe(true);
  });

  it('keeps judging tags’ and authors’ files as before', () => {
    expect(scopedFileAddressExists('/tags/climate/feed.xml', lookups)).toBe(true);
    expect(scopedFileAddressExists('/tags/nothing/feed.xml', lookups)).toBe(false);
    expect(scopedFileAddressExists('/authors/world-desk/og-image.png', lookups)).toBe(true);
    expect(scopedFileAddressExists('/tags/climate/page/2', lookups)).toBeUndefined();
    expect(twoSegmentAddressExists('/world/vote', lookups)).toBe(true);
  });

  it('refuses everything below a section’s articles when the lookups know no live blog', () => {
    const { liveBlog: _liveBlog, ...withoutLive } = lookups;
    expect(articleSubAddressExists('/world/vote/page/2', withoutLive)).toBe(false);
    expect(articleSubAddressExists('/world/page/2', withoutLive)).toBeUndefined();
  });
});

describe('contentLookups().liveBlog: the live blogs as readers see them now', () => {
  const blog = makeLiveBlog(
    { slug: 'vote', publishedAt: '2026-05-10T11:00:00.000Z' },
    {
      entries: [
        ...Array.from({ length: 21 }, (_, i) =>
          makeLiveEntry({ id: `e${i + 1}`, publishedAt: new Date(Date.UTC(2026, 4, 10, 12, i + 1)).toISOString() }),
        ),
        makeLiveEntry({ id: 'unfinished', publishedAt: '2026-05-10T12:30:00.000Z', draft: true }),
        makeLiveEntry({ id: 'tonight', publishedAt: '2026-05-10T20:00:00.000Z' }),
      ],
    },
  );
  const draftBlog = makeLiveBlog({ slug: 'secret', draft: true }, { entries: [makeLiveEntry({ id: 'x' })] });
  let known: typeof import('@/lib/serving/known-addresses');
  let restore = () => {};

  beforeAll(async () => {
    restore = writeContentStore(
      [blog, draftBlog, makeArticle({ slug: 'real-story' })],
      [makeAuthor({ slug: 'world-desk' })],
    ).restore;
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
    known = await import('@/lib/serving/known-addresses');
  });

  afterAll(() => {
    vi.unstubAllEnvs();
    restore();
  });

  it('counts the pages of the visible entries and knows their ids', () => {
    const live = known.contentLookups(new Date('2026-05-10T13:00:00Z')).liveBlog?.('world', 'vote');
    expect(live?.pages).toBe(2);
    expect(live?.hasEntry('e1')).toBe(true);
    expect(live?.hasEntry('e21')).toBe(true);
    expect(live?.hasEntry('unfinished')).toBe(false);
    expect(live?.hasEntry('tonight')).toBe(false);
  });

  it('lets a scheduled entry’s permalink through from its time on', () => {
    const lookupsAt = (iso: string) => known.contentLookups(new Date(iso));
    expect(known.articleSubAddressExists('/world/vote/entries/tonight', lookupsAt('2026-05-10T19:59:59Z'))).toBe(false);
    expect(known.articleSubAddressExists('/world/vote/entries/tonight', lookupsAt('2026-05-10T20:00:00Z'))).toBe(true);
    // And back: an earlier moment is not answered from what was worked out for a later one.
    expect(known.articleSubAddressExists('/world/vote/entries/tonight', lookupsAt('2026-05-10T19:00:00Z'))).toBe(false);
  });

  it('knows no live blog at a plain article, a draft blog, or an unknown address', () => {
    const lookupsNow = known.contentLookups(new Date('2026-05-10T13:00:00Z'));
    expect(lookupsNow.liveBlog?.('world', 'real-story')).toBeUndefined();
    expect(lookupsNow.liveBlog?.('world', 'secret')).toBeUndefined();
    expect(lookupsNow.liveBlog?.('world', 'nothing')).toBeUndefined();
    expect(known.articleSubAddressExists('/world/real-story/updates', lookupsNow)).toBe(false);
    expect(known.articleSubAddressExists('/world/vote/page/2', lookupsNow)).toBe(true);
    expect(known.articleSubAddressExists('/world/vote/page/3', lookupsNow)).toBe(false);
  });
});
