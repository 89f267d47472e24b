import { describe, expect, it } from 'vitest';
import { pageSuffix, selectListing } from '@/lib/content/listings';
import { scopePath } from '@/lib/content/scopes';
import { getSection } from '@/lib/config/sections';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';

const published = [
  makeArticle({ slug: 'a', section: 'world', tags: ['climate'], authorSlug: 'ann' }),
  makeArticle({ slug: 'b', section: 'sport', tags: ['football', 'climate'], authorSlug: 'bob' }),
  makeArticle({ slug: 'c', section: 'world', authorSlug: 'bob' }),
];

const world = getSection('world');
if (!world) throw new Error('no world section');

describe('listings', () => {
  it('have one address each, which is also their first page', () => {
    expect(scopePath({ kind: 'section', section: world })).toBe('/world');
    expect(scopePath({ kind: 'tag', tag: 'north-korea' })).toBe('/tags/north-korea');
    expect(scopePath({ kind: 'author', author: makeAuthor({ slug: 'world-desk' }) })).toBe('/authors/world-desk');
  });

  it('select their articles in the given order', () => {
    const slugs = (scope: Parameters<typeof selectListing>[1]) => selectListing(published, scope).map((a) => a.slug);
    expect(slugs({ kind: 'section', section: world })).toEqual(['a', 'c']);
    expect(slugs({ kind: 'tag', tag: 'climate' })).toEqual(['a', 'b']);
    expect(slugs({ kind: 'author', author: makeAuthor({ slug: 'bob' }) })).toEqual(['b', 'c']);
    expect(slugs({ kind: 'tag', tag: 'unknown' })).toEqual([]);
  });

  it('title later pages with their number', () => {
    expect(pageSuffix(1)).toBe('');
    expect(pageSuffix(3)).toBe(' (page 3)');
  });
});
