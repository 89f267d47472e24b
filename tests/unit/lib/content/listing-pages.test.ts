import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ListingPageData, LaterListingPage } from '@/lib/content/listings';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';
import { writeContentStore } from '../../../helpers/content-store';

/**
 * Every page of a listing sees the same articles: in preview the later pages count drafts and
 * scheduled stories exactly as the first page does (they once counted published stories only, so
 * page 1 said "Page 1 of 4" and page 2 showed a different story set or a 404).
 */
const now = new Date('2026-06-01T12:00:00Z');
const articles = [
  makeArticle({ slug: 'scheduled', publishedAt: '2026-07-01T00:00:00.000Z', tags: ['harbour'] }),
  makeArticle({ slug: 'draft', draft: true, publishedAt: '2026-05-15T00:00:00.000Z', tags: ['harbour'] }),
  makeArticle({ slug: 'newer', publishedAt: '2026-05-01T00:00:00.000Z', tags: ['harbour'] }),
  makeArticle({ slug: 'older', publishedAt: '2026-04-01T00:00:00.000Z', tags: ['harbour'] }),
];

let listings: typeof import('@/lib/content/listings');
let restore = () => {};

beforeAll(async () => {
  restore = writeContentStore(articles, [makeAuthor({ slug: 'world-desk', name: 'World Desk' })]).restore;
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('LISTING_PAGE_SIZE', '1');
  vi.resetModules();
  listings = await import('@/lib/content/listings');
});

afterAll(() => {
  vi.unstubAllEnvs();
  restore();
});

function later(found: LaterListingPage | undefined): ListingPageData | undefined {
  return found?.kind === 'page' ? found.listing : undefined;
}

/** Every page of the listing as `preview` sees it at `at`: page 1, then `/page/2`, … until a 404. */
function allPages(kind: 'section' | 'tag' | 'author', name: string, at: Date, preview: boolean): ListingPageData[] {
  const first = listings.getListing(kind, name, { now: at, preview });
  if (!first) return [];
  const pages = [first];
  for (let n = 2; n <= first.page.totalPages + 1; n++) {
    const page = later(listings.getLaterListingPage(kind, name, String(n), { now: at, preview }));
    if (page) pages.push(page);
  }
  return pages;
}

describe.each([
  ['section', 'world'],
  ['tag', 'harbour'],
  ['author', 'world-desk'],
] as const)('the %s listing %s', (kind, name) => {
  it('shows editors in preview the same stories on every page, drafts and scheduled ones included', () => {
    const pages = allPages(kind, name, now, true);
    expect(pages.map((p) => p.page.items.map((a) => a.slug))).toEqual([['scheduled'], ['draft'], ['newer'], ['older']]);
    expect(pages.map((p) => [p.page.totalItems, p.page.totalPages])).toEqual(Array(4).fill([4, 4]));
    expect(listings.getLaterListingPage(kind, name, '5', { now, preview: true })).toBeUndefined();
  });

  it('shows readers the published stories only, on every page', () => {
    const pages = allPages(kind, name, now, false);
    expect(pages.map((p) => p.page.items.map((a) => a.slug))).toEqual([['newer'], ['older']]);
    expect(pages.map((p) => p.page.totalPages)).toEqual([2, 2]);
    expect(listings.getLaterListingPage(kind, name, '3', { now })).toBeUndefined();
  });

  it('adds a scheduled story to every page once its time comes', () => {
    const pages = allPages(kind, name, new Date('2026-07-01T00:00:00Z'), false);
    expect(pages.map((p) => p.page.items.map((a) => a.slug))).toEqual([['scheduled'], ['newer'], ['older']]);
  });
});
