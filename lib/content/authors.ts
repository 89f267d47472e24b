import type { ArticleSummary } from './articles';

export type AuthorLink = { label: string; url: string };

/** An author's profile without the bio body. */
export type AuthorProfile = {
  slug: string;
  url: string;
  name: string;
  role: string;
  avatar?: string;
  links: readonly AuthorLink[];
};

/** The author with this slug among `authors`, or undefined. */
export function findAuthor(authors: readonly AuthorProfile[], slug: string): AuthorProfile | undefined {
  return authors.find((a) => a.slug === slug);
}

/**
 * Pairs an article with its author. Throws when the author is missing, which the content checker
 * makes impossible for shipped content: a page must never render without a byline.
 */
export function joinAuthor(
  article: ArticleSummary,
  authors: readonly AuthorProfile[],
): { article: ArticleSummary; author: AuthorProfile } {
  const author = findAuthor(authors, article.authorSlug);
  if (!author) {
    throw new Error(`Article "${article.url}" names unknown author "${article.authorSlug}"`);
  }
  return { article, author };
}
