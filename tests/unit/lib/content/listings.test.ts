import { describe, expect, it } from 'vitest';
import { listingPath, pageSuffix, selectListing } from '@/lib/content/listings';
import { makeArticle } from '../../../fixtures/articles';

const published = [
  makeArticle({ slug: 'a', section: 'world', tags: ['climate'], authorSlug: 'ann' }),
  makeArticle({ slug: 'b', section: 'sport', tags: ['football', 'climate'], authorSlug: 'bob' }),
  makeArticle({ slug: 'c', section: 'world', authorSlug: 'bob' }),
];

describe('listings', () => {
  it('have one address each, which is also their first page', () => {
    expect(listingPath({ kind: 'section', slug: 'world' })).toBe('/world');
    expect(listingPath({ kind: 'tag', tag: 'north-korea' })).toBe('/tags/north-korea');
    expect(listingPath({ kind: 'author', slug: 'world-desk' })).toBe('/authors/world-desk');
  });

  it('select their articles in the given order', () => {
    const slugs = (key: Parameters<typeof selectListing>[1]) => selectListing(published, key).map((a) => a.slug);
    expect(slugs({ kind: 'section', slug: 'world' })).toEqual(['a', 'c']);
    expect(slugs({ kind: 'tag', tag: 'climate' })).toEqual(['a', 'b']);
    expect(slugs({ kind: 'author', slug: 'bob' })).toEqual(['b', 'c']);
    expect(slugs({ kind: 'tag', tag: 'unknown' })).toEqual([]);
  });

  it('title later pages with their number', () => {
    expect(pageSuffix(1)).toBe('');
    expect(pageSuffix(3)).toBe(' (page 3)');
  });
});
