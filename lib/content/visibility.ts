/**
 * Who sees what, decided once: the publication rules for a request (a reader, an editor in preview,
 * `next dev`), and one rule per kind of listing for "this section / tag / author has a page". The
 * listing pages and their later pages, the feeds, the link-preview cards, the sitemap and proxy.ts's
 * check of made-up addresses all ask here, so none of them lists, links or serves a page that another
 * answers with a 404. No rendering code: proxy.ts loads this on every request.
 */
import { isPublished, publicationRules, type ArticleSummary, type PublicationOptions } from './articles';
import { findAuthor, type AuthorProfile } from './authors';
import type { ListingKind, ListingScope, Scope } from './scopes';
import { getSection } from '../config/sections';
import { siteConfig } from '../config/site-config';

/** Who is looking: an editor in preview (draft mode) sees drafts and scheduled articles too. */
export type ViewOptions = { preview?: boolean };

/** A moment and a viewer: what a page is rendered for. `now` defaults to the time of the call. */
export type RenderOptions = ViewOptions & { now?: Date };

/**
 * The publication rules in force: readers see what is published at `now`; drafts and scheduled
 * articles show only in `next dev` and to editors in preview.
 */
export function publicationOptions(now: Date = new Date(), { preview = false }: ViewOptions = {}): PublicationOptions {
  return publicationRules(now, preview, siteConfig.showDrafts);
}

type ScopeOf<K extends Scope['kind']> = Extract<Scope, { kind: K }>;

/** A section has a page when it is one of the site's sections, whether or not it has stories yet. */
export function sectionScope(slug: string): ScopeOf<'section'> | undefined {
  const section = getSection(slug);
  return section ? { kind: 'section', section } : undefined;
}

/**
 * A tag has a page when at least one article visible under `options` carries it. For readers, a tag
 * found only on drafts, or only on articles scheduled after `options.now`, has no page (nor feed,
 * card or sitemap entry) until one of them is published.
 */
export function tagHasPage(articles: readonly ArticleSummary[], tag: string, options: PublicationOptions): boolean {
  return articles.some((a) => a.tags.includes(tag) && isPublished(a, options));
}

/** Every tag that has a page under `options` (see `tagHasPage`), sorted alphabetically. */
export function tagsWithPages(articles: readonly ArticleSummary[], options: PublicationOptions): string[] {
  return [...new Set(articles.filter((a) => isPublished(a, options)).flatMap((a) => a.tags))].sort();
}

/** The scope of `tag` when it has a page under `options` (see `tagHasPage`), or undefined. */
export function tagScope(
  tag: string,
  articles: readonly ArticleSummary[],
  options: PublicationOptions,
): ScopeOf<'tag'> | undefined {
  return tagHasPage(articles, tag, options) ? { kind: 'tag', tag } : undefined;
}

/** An author has a page when they have a profile (content/authors/), whether or not any story is out yet. */
export function authorHasPage(authors: readonly AuthorProfile[], slug: string): boolean {
  return findAuthor(authors, slug) !== undefined;
}

/** The scope of the author with this slug (see `authorHasPage`), or undefined. */
export function authorScope(slug: string, authors: readonly AuthorProfile[]): ScopeOf<'author'> | undefined {
  const author = findAuthor(authors, slug);
  return author ? { kind: 'author', author } : undefined;
}

/** The articles and authors the rules above are judged against. */
export type ContentSnapshot = { articles: readonly ArticleSummary[]; authors: readonly AuthorProfile[] };

/**
 * The listing of `kind` named `name` (a section slug, a tag, an author slug) when it has a page
 * under `options`, or undefined: the one answer to "is there a page at /world, /tags/x, /authors/y".
 */
export function listingScope(
  kind: ListingKind,
  name: string,
  { articles, authors }: ContentSnapshot,
  options: PublicationOptions,
): ListingScope | undefined {
  switch (kind) {
    case 'section':
      return sectionScope(name);
    case 'tag':
      return tagScope(name, articles, options);
    case 'author':
      return authorScope(name, authors);
  }
}
