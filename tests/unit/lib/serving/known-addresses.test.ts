import { describe, expect, it } from 'vitest';
import { scopedFileAddressExists, twoSegmentAddressExists, type RouteLookups } from '@/lib/serving/known-addresses';
import { isSectionSlug } from '@/lib/config/sections';

const lookups: RouteLookups = {
  isSection: isSectionSlug,
  isArticle: (section, slug) => section === 'world' && slug === 'real-story',
  isAuthor: (slug) => slug === 'world-desk',
  isTag: (tag) => tag === 'climate',
  isPublicFile: (pathname) => pathname === '/images/placeholder-hero.jpg',
  redirectTarget: (pathname) => (pathname === '/world/old-address-of-real-story' ? '/world/real-story' : undefined),
  isAboutPage: (slug) => slug === 'contact' || slug === 'masthead',
};

describe('twoSegmentAddressExists', () => {
  it.each([
    ['/world/real-story', true],
    ['/world/feed.xml', true],
    ['/world/og-image.png', true],
    ['/authors/world-desk', true],
    ['/tags/climate', true],
    ['/sitemaps/sitemap-2.xml', true],
    // The corrections log's feeds.
    ['/corrections/feed.xml', true],
    ['/corrections/atom.xml', true],
    ['/corrections/feed.json', true],
    ['/api/health', true],
    ['/api/preview', true],
    ['/api/revalidate', true],
    ['/_next/image', true],
    ['/pagefind/pagefind.js', true],
    ['/enhance/full-text-search.0123abcd.js', true],
    // An old address, which Next redirects to the article's current one.
    ['/world/old-address-of-real-story', true],
    // A file of public/ one folder deep, which Next serves once the proxy lets it through.
    ['/images/placeholder-hero.jpg', true],
    // A standing page, and the masthead.
    ['/about/contact', true],
    ['/about/masthead', true],
  ])('lets %s through', (path, expected) => {
    expect(twoSegmentAddressExists(path, lookups)).toBe(expected);
  });

  it.each([
    '/world/made-up-story',
    '/politics/real-story',
    '/world/junk.xml',
    '/authors/nobody',
    '/tags/nothing',
    '/sitemaps/secret.xml',
    // The corrections log has no other two-segment address (its later pages are /corrections/page/<n>).
    '/corrections/page',
    '/corrections/og-image.png',
    '/corrections/real-story',
    '/weather/today',
    '/images/2024',
    '/crops/16x9',
    '/world/page',
    // A standing page that does not exist (or is a draft).
    '/about/nothing',
    // Only the API routes and Next's image optimiser, not their prefixes: the rest would be served,
    // and cached, by the site's dynamic routes.
    '/api/feed.xml',
    '/api/og-image.png',
    '/api/made-up',
    '/_next/feed.xml',
    '/_next/made-up',
  ])('refuses %s, which names nothing', (path) => {
    expect(twoSegmentAddressExists(path, lookups)).toBe(false);
  });

  it('does not judge other shapes of path', () => {
    expect(twoSegmentAddressExists('/', lookups)).toBeUndefined();
    expect(twoSegmentAddressExists('/world', lookups)).toBeUndefined();
    expect(twoSegmentAddressExists('/images/2024/photo.jpg', lookups)).toBeUndefined();
  });
});

describe('scopedFileAddressExists', () => {
  it('lets feeds and cards of known tags and authors through, and refuses the rest', () => {
    expect(scopedFileAddressExists('/tags/climate/feed.xml', lookups)).toBe(true);
    expect(scopedFileAddressExists('/authors/world-desk/og-image.png', lookups)).toBe(true);
    expect(scopedFileAddressExists('/tags/nothing/feed.xml', lookups)).toBe(false);
    expect(scopedFileAddressExists('/authors/nobody/atom.xml', lookups)).toBe(false);
    expect(scopedFileAddressExists('/tags/climate/page/2', lookups)).toBeUndefined();
    expect(scopedFileAddressExists('/world/real-story', lookups)).toBeUndefined();
  });
});
