/**
 * The pages that list articles — the home page, a section, a tag, an author — as one type, so a
 * page, its feeds and its preview card describe the same set of articles in the same words.
 */
import type { ArticleSummary } from './articles';
import type { AuthorProfile } from './authors';
import { tagLabel } from '../format/text';
import type { Section } from '../config/sections';
import { siteConfig } from '../config/site-config';

export type Scope =
  | { kind: 'site' }
  | { kind: 'section'; section: Section }
  | { kind: 'tag'; tag: string }
  | { kind: 'author'; author: AuthorProfile };

/** Site path of the scope's page: `/`, `/world`, `/tags/climate`, `/authors/priya-raman`. */
export function scopePath(scope: Scope): string {
  switch (scope.kind) {
    case 'site':
      return '/';
    case 'section':
      return `/${scope.section.slug}`;
    case 'tag':
      return `/tags/${scope.tag}`;
    case 'author':
      return scope.author.url;
  }
}

/** The page's title (the layout adds the site name, except on the home page, which has it). */
export function scopeTitle(scope: Scope): string {
  switch (scope.kind) {
    case 'site':
      return `${siteConfig.name}: news and analysis`;
    case 'section':
      return scope.section.name;
    case 'tag':
      return `Stories about ${tagLabel(scope.tag)}`;
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
      return `The latest stories tagged ${tagLabel(scope.tag)}.`;
    case 'author':
      return `${scope.author.name}, ${scope.author.role}.`;
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
