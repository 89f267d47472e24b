import { describe, expect, it } from 'vitest';
import { findAuthor, joinAuthor } from '@/lib/content/authors';
import { makeArticle, makeAuthor } from '../../../fixtures/articles';

const authors = [makeAuthor({ slug: 'world-desk', name: 'World Desk' }), makeAuthor({ slug: 'ann', name: 'Ann' })];

describe('authors', () => {
  it('joins an article to its author', () => {
    const { author } = joinAuthor(makeArticle({ slug: 's', authorSlug: 'ann' }), authors);
    expect(author.name).toBe('Ann');
    expect(author.url).toBe('/authors/ann');
  });

  it('refuses to join an article to an unknown author, naming both', () => {
    expect(() => joinAuthor(makeArticle({ slug: 's', authorSlug: 'ghost' }), authors)).toThrow(
      /\/world\/s.*"ghost"/,
    );
  });

  it('returns undefined for an unknown author slug', () => {
    expect(findAuthor(authors, 'nobody')).toBeUndefined();
  });
});
