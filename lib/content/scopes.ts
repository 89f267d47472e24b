/**
 * The pages that list articles — the home page, a section, a tag, an author — as one type, so a
 * page, its later pages, its feeds and its preview card describe the same set of articles in the
 * same words.
 */
import type { ArticleSummary } from './articles';
import type { AuthorProfile } from './authors';
import type { TopicHub } from './topic-hubs';
import { tagLabel } from '../format/text';
import type { Section } from '../config/sections';
import { feedPath, homePath, listingPagePath, sectionPath, tagPath, type FeedFormat } from '../config/urls';
import { siteConfig } from '../config/site-config';

/** A set of articles with a page of its own: the whole site, a section, a tag or an author. */
export type Scope =
  | { kind: 'site' }
  | { kind: 'section'; section: Section }
  /** `hub`: the tag's topic hub (content/topics/<tag>.mdx), when it has one: its title and standfirst name the tag. */
  | { kind: 'tag'; tag: string; hub?: TopicHub }
  | { kind: 'author'; author: AuthorProfile };

/** A scope whose page is a paginated listing: a section, a tag or an author (not the front page). */
export type ListingScope = Exclude<Scope, { kind: 'site' }>;

/** The kinds of listing, which are also the names of their route parameters (`[section]`, `[tag]`, `[author]`). */
export type ListingKind = ListingScope['kind'];

/** Site path of the scope's page: `/`, `/world`, `/tags/climate`, `/authors/priya-raman`. */
export function scopePath(scope: Scope): string {
  switch (scope.kind) {
    case 'site':
      return homePath;
    case 'section':
      return sectionPath(scope.section.slug);
    case 'tag':
      return tagPath(scope.tag);
    case 'author':
      return scope.author.url;
  }
}

/** Site path of page `page` of the scope's listing: `/world`, `/world/page/2`, … */
export function scopePagePath(scope: Scope, page: number): string {
  return listingPagePath(scopePath(scope), page);
}

/** Site path of the scope's feed in `format`: `/feed.xml`, `/world/atom.xml`, `/tags/climate/feed.json`… */
export function scopeFeedPath(scope: Scope, format: FeedFormat): string {
  return feedPath(scopePath(scope), format);
}

/** The page's title (the layout adds the site name, except on the home page, which has it). */
export function scopeTitle(scope: Scope): string {
  switch (scope.kind) {
    case 'site':
      return `${siteConfig.name}: news and analysis`;
    case 'section':
      return scope.section.name;
    case 'tag':
      return scope.hub ? scope.hub.title : `Stories about ${tagLabel(scope.tag)}`;
    case 'author':
      return scope.author.name;
  }
}

/** One sentence on what the scope carries: the page's meta description and its feeds' description. */
export function scopeDescription(scope: Scope): string {
  switch (scope.kind) {
    case 'site':
      return siteConfig.description;
    case 'section':
      return `The latest ${scope.section.name.toLowerCase()} news and analysis.`;
    case 'tag':
      return scope.hub ? scope.hub.standfirst : `The latest stories tagged ${tagLabel(scope.tag)}.`;
    case 'author':
      return `${scope.author.name}, ${scope.author.role}. ${scope.author.summary}`;
  }
}

/** The meta description of a later page (2, 3, …) of the scope's listing: which page of how many. */
export function laterPageDescription(scope: ListingScope, page: number, totalPages: number): string {
  const of = `page ${page} of ${totalPages}.`;
  switch (scope.kind) {
    case 'section':
      return `The latest ${scope.section.name.toLowerCase()} news and analysis, ${of}`;
    case 'tag':
      return scope.hub ? `More on ${scope.hub.title}, ${of}` : `Stories tagged ${tagLabel(scope.tag)}, ${of}`;
    case 'author':
      return `Stories by ${scope.author.name}, ${of}`;
  }
}

/** True when `article` belongs to the scope. */
export function inScope(article: ArticleSummary, scope: Scope): boolean {
  switch (scope.kind) {
    case 'site':
      return true;
    case 'section':
      return article.section === scope.section.slug;
    case 'tag':
      return article.tags.includes(scope.tag);
    case 'author':
      return article.authorSlug === scope.author.slug;
  }
}
