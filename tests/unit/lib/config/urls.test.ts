import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articlePath,
  authorIndexPath,
  authorPath,
  childSitemapPath,
  feedFormats,
  feedPath,
  homePath,
  listingPagePath,
  parseChildSitemapName,
  searchPath,
  sectionPath,
  tagIndexPath,
  tagPath,
} from '@/lib/config/urls';
import { siteConfig } from '@/lib/config/site-config';

describe('address shapes', () => {
  it('build the path of every kind of page', () => {
    expect(homePath).toBe('/');
    expect(sectionPath('world')).toBe('/world');
    expect(articlePath('world', 'harbour-vote')).toBe('/world/harbour-vote');
    expect(tagIndexPath).toBe('/tags');
    expect(tagPath('north-korea')).toBe('/tags/north-korea');
    expect(authorIndexPath).toBe('/authors');
    expect(authorPath('world-desk')).toBe('/authors/world-desk');
    expect(searchPath()).toBe('/search');
    expect(searchPath('harbour vote')).toBe('/search?q=harbour+vote');
  });

  it('put page 1 at the listing address and later pages under /page/N', () => {
    expect(listingPagePath('/world', 1)).toBe('/world');
    expect(listingPagePath('/world', 2)).toBe('/world/page/2');
    expect(listingPagePath('/tags/climate', 7)).toBe('/tags/climate/page/7');
  });

  it('put each page’s feeds beside it, and the site’s at the root', () => {
    expect(feedFormats.map((f) => feedPath('/', f))).toEqual(['/feed.xml', '/atom.xml', '/feed.json']);
    expect(feedPath('/world', 'atom')).toBe('/world/atom.xml');
    expect(feedPath('/tags/climate', 'json')).toBe('/tags/climate/feed.json');
    expect(feedPath('/authors/priya', 'rss')).toBe('/authors/priya/feed.xml');
  });

  it('name child sitemaps, and read the names back', () => {
    expect(childSitemapPath(2)).toBe('/sitemaps/sitemap-2.xml');
    expect(parseChildSitemapName('sitemap-2.xml')).toBe(2);
    expect(parseChildSitemapName('sitemap-0.xml')).toBeUndefined();
    expect(parseChildSitemapName('sitemap-02.xml')).toBeUndefined();
    expect(parseChildSitemapName('other.xml')).toBeUndefined();
  });

  it('make absolute URLs on the configured site', () => {
    expect(absoluteUrl('/world')).toBe(`${siteConfig.url}/world`);
  });
});
