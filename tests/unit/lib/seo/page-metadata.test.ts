import { describe, expect, it } from 'vitest';
import type { ListingPageData } from '@/lib/content/listings';
import { paginate } from '@/lib/content/pagination';
import type { ListingScope } from '@/lib/content/scopes';
import { getSection } from '@/lib/config/sections';
import { siteConfig } from '@/lib/config/site-config';
import { listingGraph, listingMetadata } from '@/lib/seo/page-metadata';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';

const stories = Array.from({ length: 5 }, (_, i) => makeArticle({ slug: `story-${i}` }));
const world = getSection('world');
if (!world) throw new Error('no world section');
const priya = makeAuthor({ slug: 'priya', name: 'Priya Raman', role: 'Technology reporter' });

function listing(scope: ListingScope, n: number): ListingPageData {
  const page = paginate(stories, n, 2);
  if (!page) throw new Error(`no page ${n}`);
  return { scope, page, authorNames: {}, bioCode: undefined, hubFront: undefined, embeds: [] };
}

const site = siteConfig.url;

describe('listing metadata', () => {
  it.each([
    [
      { kind: 'section', section: world } as const,
      'World (page 2)',
      'The latest world news and analysis, page 2 of 3.',
      '/world',
    ],
    [
      { kind: 'tag', tag: 'north-korea' } as const,
      'Stories about north korea (page 2)',
      'Stories tagged north korea, page 2 of 3.',
      '/tags/north-korea',
    ],
    [
      { kind: 'author', author: priya } as const,
      'Priya Raman (page 2)',
      'Stories by Priya Raman, page 2 of 3.',
      '/authors/priya',
    ],
  ])(
    'names the later page of %o, links its own address and shows the listing’s card',
    (scope, title, description, base) => {
      const metadata = listingMetadata(listing(scope, 2));
      expect(metadata.title).toBe(title);
      expect(metadata.description).toBe(description);
      expect(metadata.alternates?.canonical).toBe(`${site}${base}/page/2`);
      expect(metadata.alternates?.types).toBeUndefined();
      expect(JSON.stringify(metadata.openGraph)).toContain(`${site}${base}/og-image.png`);
      expect(listingGraph(listing(scope, 2))).toBeUndefined();
    },
  );

  it('announces the listing’s feeds and the site’s on the first page, with its JSON-LD', () => {
    const metadata = listingMetadata(listing({ kind: 'tag', tag: 'climate' }, 1));
    expect(metadata.title).toBe('Stories about climate');
    expect(metadata.alternates?.canonical).toBe(`${site}/tags/climate`);
    expect(JSON.stringify(metadata.alternates?.types)).toContain(`${site}/tags/climate/feed.xml`);
    expect(JSON.stringify(metadata.alternates?.types)).toContain(`${site}/feed.xml`);
    expect(JSON.stringify(listingGraph(listing({ kind: 'tag', tag: 'climate' }, 1)))).toContain('CollectionPage');
    expect(JSON.stringify(listingGraph(listing({ kind: 'author', author: priya }, 1)))).toContain('ProfilePage');
  });
});
