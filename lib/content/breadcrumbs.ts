import type { ArticleSummary } from './articles';
import { getSection } from '../config/sections';
import { correctionsPath, homePath, sectionPath } from '../config/urls';

/** One step of a breadcrumb trail: its label and site-relative URL. */
export type Crumb = { name: string; href: string };

/** *Home » Section » Headline* for an article; the last crumb is the article itself. */
export function articleBreadcrumb(article: Pick<ArticleSummary, 'section' | 'title' | 'url'>): Crumb[] {
  const section = getSection(article.section);
  return [
    { name: 'Home', href: homePath },
    ...(section ? [{ name: section.name, href: sectionPath(section.slug) }] : []),
    { name: article.title, href: article.url },
  ];
}

/** *Home » Corrections* for the corrections log (every page of it). */
export function correctionsBreadcrumb(): Crumb[] {
  return [
    { name: 'Home', href: homePath },
    { name: 'Corrections', href: correctionsPath },
  ];
}
