/**
 * The newsroom's standing pages (`content/pages/<slug>.mdx`: about, contact, the policies) as plain
 * data, and the rules about them written once: which a reader may see, which the organisation's
 * JSON-LD and the footer may point at. Pure functions over arrays, with no rendering code: the HTTP
 * layer's check of made-up addresses loads this on every request.
 */
import type { PublicationOptions } from './articles';
import type { PageFrontmatter } from './schema';
import { aboutLinks } from '../config/standing-pages';
import { MASTHEAD_SLUG, mastheadPath, standingPagePath } from '../config/urls';

/** A standing page without its body: the frontmatter fields of lib/content/schema.ts, and where it is. */
export type StandingPage = PageFrontmatter & {
  slug: string;
  /** `/about` or `/about/<slug>` (`standingPagePath`). */
  url: string;
};

/** What exists of the newsroom's own pages, for readers: the input of the organisation's JSON-LD and the footer. */
export type StandingPagesPresent = {
  /** Slugs of the published (non-draft) standing pages. */
  pages: ReadonlySet<string>;
  /** True when the site has at least one author page, and so a masthead (`/about/masthead`). */
  masthead: boolean;
};

/** The page with this slug among `pages`, or undefined. */
export function findStandingPage<P extends StandingPage>(pages: readonly P[], slug: string): P | undefined {
  return pages.find((p) => p.slug === slug);
}

/** True when a viewer under `options` may see `page`: readers see published pages, editors (preview, `next dev`) drafts too. */
export function isStandingPageVisible(page: Pick<StandingPage, 'draft'>, options: Pick<PublicationOptions, 'includeDrafts'>): boolean {
  return !page.draft || options.includeDrafts === true;
}

/** The standing pages readers can open (drafts left out), in slug order. */
export function publishedStandingPages<P extends StandingPage>(pages: readonly P[]): P[] {
  return pages.filter((p) => !p.draft).sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** Which standing pages readers can open, and whether the masthead exists (it does when any author page does). */
export function standingPagesPresent(pages: readonly StandingPage[], authorCount: number): StandingPagesPresent {
  return { pages: new Set(publishedStandingPages(pages).map((p) => p.slug)), masthead: authorCount > 0 };
}

/** One link of the footer's "About" group. */
export type AboutLink = { href: string; label: string };

/**
 * The footer's "About" group: the configured links (lib/config/standing-pages.ts) whose page exists
 * for readers, in the configured order. The masthead shows while the site has authors.
 */
export function aboutGroupLinks(present: StandingPagesPresent): AboutLink[] {
  return aboutLinks.flatMap(({ slug, label }) => {
    if (slug === MASTHEAD_SLUG) return present.masthead ? [{ href: mastheadPath, label }] : [];
    return present.pages.has(slug) ? [{ href: standingPagePath(slug), label }] : [];
  });
}
