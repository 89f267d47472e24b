import type { ArticleSummary } from './articles';
import type { AuthorFrontmatter, AuthorLinkFrontmatter } from './schema';

/** One link on an author's page. */
export type AuthorLink = AuthorLinkFrontmatter;

/** An author's profile without the bio body: the frontmatter fields of lib/content/schema.ts, and where the page is. */
export type AuthorProfile = AuthorFrontmatter & {
  slug: string;
  url: string;
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
