import type { ArticleSummary } from './articles';
import { getSection } from '../config/sections';
import { ABOUT_LABEL } from '../config/standing-pages';
import { MASTHEAD_TITLE } from '../config/desks';
import { aboutPath, correctionsPath, homePath, mastheadPath, sectionPath } from '../config/urls';

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

/** *Home » About us* for the about page; *Home » About us » Title* for every other standing page. */
export function standingPageBreadcrumb(page: { title: string; url: string }): Crumb[] {
  const trail: Crumb[] = [
    { name: 'Home', href: homePath },
    { name: ABOUT_LABEL, href: aboutPath },
  ];
  return page.url === aboutPath ? trail : [...trail, { name: page.title, href: page.url }];
}

/** *Home » About us » Masthead* for the masthead. */
export function mastheadBreadcrumb(): Crumb[] {
  return standingPageBreadcrumb({ title: MASTHEAD_TITLE, url: mastheadPath });
}
