import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IndexedTopic } from '@/lib/content/content-index';
import type { LaterListingPage, ListingPageData } from '@/lib/content/listings';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';
import { writeContentStore } from '../../../helpers/content-store';

/**
 * A tag with a topic hub, through the real listing queries over a content store on disk (one story a
 * page): the first page carries the hub's front, the pinned stories are not listed again on any page,
 * later pages and the metadata take the hub's title, and a tag without a hub is as it always was.
 */
const now = new Date('2026-06-01T12:00:00Z');
const climate = { tags: ['climate'] };
const articles = [
  makeArticle({ slug: 'treaty', section: 'world', publishedAt: '2025-06-18T10:00:00.000Z', ...climate }),
  makeArticle({ slug: 'seagrass-map', section: 'science', publishedAt: '2025-08-14T10:00:00.000Z', ...climate }),
  makeArticle({ slug: 'milk-prices', section: 'business', publishedAt: '2026-02-17T10:00:00.000Z', ...climate }),
  makeArticle({ slug: 'replanting', section: 'science', publishedAt: '2026-05-22T10:00:00.000Z', ...climate }),
  makeArticle({ slug: 'winter-levels', section: 'world', publishedAt: '2026-07-01T10:00:00.000Z', ...climate }),
  makeArticle({ slug: 'summit', section: 'world', publishedAt: '2026-03-01T10:00:00.000Z', tags: ['diplomacy'] }),
  makeArticle({ slug: 'talks', section: 'world', publishedAt: '2026-04-01T10:00:00.000Z', tags: ['diplomacy'] }),
];
const hub: IndexedTopic = {
  tag: 'climate',
  title: 'Climate: water, drought and the coast',
  standfirst: 'How a drier climate is changing life around Lake Orrin and Kestrel Bay, and what is being done.',
  hero: { src: '/images/lake.jpg', alt: 'Illustration of a lake', caption: 'Lake Orrin.', width: 1600, height: 900 },
  pinned: ['/world/winter-levels', '/world/treaty', '/science/replanting'],
  introduction:
    'The climate story we cover is about **water**.\n\n<Embed url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="The lake from the air" />\n',
};

let listings: typeof import('@/lib/content/listings');
let seo: typeof import('@/lib/seo/page-metadata');
let restore = () => {};

beforeAll(async () => {
  restore = writeContentStore(articles, [makeAuthor({ slug: 'world-desk', name: 'World Desk' })], [hub]).restore;
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('LISTING_PAGE_SIZE', '1');
  vi.resetModules();
  listings = await import('@/lib/content/listings');
  seo = await import('@/lib/seo/page-metadata');
});

afterAll(() => {
  vi.unstubAllEnvs();
  restore();
});

function first(tag: string): ListingPageData {
  const listing = listings.getListing('tag', tag, { now });
  if (!listing) throw new Error(`no page for ${tag}`);
  return listing;
}

function later(tag: string, page: number): ListingPageData | undefined {
  const found: LaterListingPage | undefined = listings.getLaterListingPage('tag', tag, String(page), { now });
  return found?.kind === 'page' ? found.listing : undefined;
}

const slugs = (list: readonly { slug: string }[]) => list.map((a) => a.slug);

describe('a tag with a topic hub', () => {
  it('shows the hub’s front on its first page: pinned stories readers can see, and the introduction compiled', () => {
    const { hubFront, scope } = first('climate');
    expect(scope).toMatchObject({ kind: 'tag', tag: 'climate', hub: { title: hub.title } });
    // winter-levels is scheduled after `now`: left out, not a broken link.
    expect(slugs(hubFront?.pinned ?? [])).toEqual(['treaty', 'replanting']);
    expect(hubFront?.introductionCode).toContain('water');
  });

  it('names the embeds of its introduction, so the page loads the embed module; later pages have none', () => {
    expect(first('climate').embeds.map((e) => e.provider)).toEqual(['youtube']);
    expect(later('climate', 2)?.embeds).toEqual([]);
    expect(first('diplomacy').embeds).toEqual([]);
  });

  it('lists the other stories only, newest first, across its pages', () => {
    const pages = [first('climate'), later('climate', 2)];
    expect(pages.map((p) => slugs(p?.page.items ?? []))).toEqual([['milk-prices'], ['seagrass-map']]);
    expect(pages[0]?.page.totalPages).toBe(2);
    expect(later('climate', 3)).toBeUndefined();
  });

  it('keeps the hub’s title on later pages, without the front', () => {
    const page2 = later('climate', 2);
    expect(page2?.hubFront).toBeUndefined();
    expect(page2?.scope).toMatchObject({ hub: { title: hub.title } });
    expect(seo.listingMetadata(page2!).title).toBe(`${hub.title} (page 2)`);
    expect(seo.listingMetadata(page2!).description).toBe(`More on ${hub.title}, page 2 of 2.`);
  });

  it('takes its title, description and preview image from the hub', () => {
    const metadata = seo.listingMetadata(first('climate'));
    expect(metadata.title).toBe(hub.title);
    expect(metadata.description).toBe(hub.standfirst);
    expect(JSON.stringify(metadata.openGraph)).toContain('/crops/16x9/images/lake.jpg');
  });

  it('describes the hub in JSON-LD: a CollectionPage with the standfirst, the hero and the pinned stories as hasPart', () => {
    const graph = seo.listingGraph(first('climate'));
    const page = graph?.['@graph'].find((node) => typeof node === 'object' && '@type' in node && node['@type'] === 'CollectionPage');
    expect(page).toMatchObject({
      name: hub.title,
      description: hub.standfirst,
      image: [expect.stringContaining('/crops/16x9/images/lake.jpg'), expect.any(String), expect.any(String)],
      hasPart: [
        { '@type': 'NewsArticle', '@id': expect.stringMatching(/\/world\/treaty#article$/), headline: 'Headline for treaty' },
        { '@type': 'NewsArticle', '@id': expect.stringMatching(/\/science\/replanting#article$/) },
      ],
    });
  });

  it('marks the tag on the topics index', () => {
    expect(listings.getTagIndex(now)).toEqual([
      { tag: 'climate', count: 4, hub: { title: hub.title, standfirst: hub.standfirst } },
      { tag: 'diplomacy', count: 2 },
    ]);
  });
});

describe('a tag without a hub', () => {
  it('is the plain listing: every story, no front, the tag’s own title and card', () => {
    const listing = first('diplomacy');
    expect(listing.hubFront).toBeUndefined();
    expect(listing.scope).toEqual({ kind: 'tag', tag: 'diplomacy' });
    expect(slugs(listing.page.items)).toEqual(['talks']);
    const metadata = seo.listingMetadata(listing);
    expect(metadata.title).toBe('Stories about diplomacy');
    expect(JSON.stringify(metadata.openGraph)).toContain('/tags/diplomacy/og-image.png');
    const page = seo.listingGraph(listing)?.['@graph'][0];
    expect(page).not.toHaveProperty('hasPart');
    expect(page).not.toHaveProperty('image');
  });
});
