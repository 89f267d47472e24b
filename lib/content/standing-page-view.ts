/**
 * Everything a standing page (`/about`, `/about/<slug>`) shows, in one call: the route and its
 * `generateMetadata` both make it, so the two never disagree. The page reads one body, its own.
 */
import { cache } from 'react';
import type { PublicationStatus } from './articles';
import { standingPageBreadcrumb, type Crumb } from './breadcrumbs';
import { publishedStandingPages, type StandingPage, type StandingPagesPresent } from './standing-pages';
import {
  allStandingPages,
  getStandingPage,
  getStandingPageBody,
  getStandingPageSource,
  getStandingPagesPresent,
} from './store';
import type { ViewOptions } from './visibility';
import { bodyEmbeds, type BodyEmbed } from '../mdx/embeds';
import { CONTACT_PAGE_SLUG, newsroomContacts, type NewsroomContact } from '../config/standing-pages';
import { ABOUT_PAGE_SLUG } from '../config/urls';

/** A standing page's content, and the inputs of its metadata and JSON-LD. */
export type StandingPageView = {
  page: StandingPage;
  /** `draft` only where editors look (preview, `next dev`); such a page is never indexed. */
  status: Extract<PublicationStatus, 'draft' | 'published'>;
  /** The compiled MDX body. */
  bodyCode: string;
  /** The `<Embed>`s of the body: the page loads the embed module only when there is one. */
  embeds: BodyEmbed[];
  /** *Home » About us » Title* (*Home » About us* on the about page), shown and repeated in the JSON-LD. */
  breadcrumb: Crumb[];
  /** Which standing pages readers can open: the organisation's JSON-LD points only at those. */
  present: StandingPagesPresent;
  /** The newsroom's addresses, on the contact page (none elsewhere). */
  contacts: readonly NewsroomContact[];
};

// Compiled once per request: the page and its metadata both load it.
const compiledBody = cache((slug: string) => getStandingPageBody(slug));
const embedsOf = cache((slug: string) => bodyEmbeds(getStandingPageSource(slug) ?? ''));

/** The standing page with this slug as this viewer sees it (in preview, drafts too), or undefined. */
export function getStandingPageView(slug: string, { preview = false }: ViewOptions = {}): StandingPageView | undefined {
  const page = getStandingPage(slug, { preview });
  const bodyCode = page ? compiledBody(page.slug) : undefined;
  if (!page || bodyCode === undefined) return undefined;
  return {
    page,
    status: page.draft ? 'draft' : 'published',
    bodyCode,
    embeds: embedsOf(page.slug),
    breadcrumb: standingPageBreadcrumb(page),
    present: getStandingPagesPresent(),
    contacts: page.slug === CONTACT_PAGE_SLUG ? newsroomContacts : [],
  };
}

/** The `/about/<slug>` pages prerendered at build: every published standing page but the about page itself. */
export function standingPagesToPrerender(): { page: string }[] {
  return publishedStandingPages(allStandingPages())
    .filter((p) => p.slug !== ABOUT_PAGE_SLUG)
    .map((p) => ({ page: p.slug }));
}
