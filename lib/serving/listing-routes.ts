/**
 * The listing page routes, written once. The first page of a section, tag or author listing
 * (`app/[section]/page.tsx`, `app/tags/[tag]/page.tsx`, `app/authors/[author]/page.tsx`) is
 * `listingRoute(kind, …)`; its later pages (`…/page/[page]/page.tsx`) are `laterListingRoute(kind, …)`.
 * Each route file keeps the literals Next reads statically (`revalidate`, `dynamicParams`) and its
 * `generateStaticParams`; the rest — one data call for the page and its metadata, the 404, the
 * redirect of `/page/1`, preview — is here. The markup comes in as a component, so lib does not
 * import components.
 */
import { createElement, type ReactNode } from 'react';
import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import type { Graph } from 'schema-dts';
import { getLaterListingPage, getListing, type ListingPageData } from '../content/listings';
import type { ListingKind } from '../content/scopes';
import { getCorrectionsLogPage, getLaterCorrectionsLogPage, type CorrectionsLogPage } from '../content/corrections-log';
import { correctionsGraph, correctionsMetadata, listingGraph, listingMetadata } from '../seo/page-metadata';
import { blurPlaceholder } from '../media/blur-placeholder';
import { isPreview } from './preview';

/**
 * What the listing page component is given: the page's data, its JSON-LD (first pages only), and the
 * blur placeholder of a topic hub's hero (first pages of tags with a hub that has one).
 */
export type ListingPageProps = {
  listing: ListingPageData;
  jsonLd: Graph | undefined;
  heroPlaceholder?: string;
  /** The click-to-load embed module's address, when the page shows an `<Embed>` (in a bio or a hub's introduction). */
  embedSrc?: string;
};

/** The component that renders one page of a listing (components/listing/listing-page.tsx). */
export type ListingPageComponent = (props: ListingPageProps) => ReactNode;

/** A listing route's props: the parameter is named after the kind (`[section]`, `[tag]`, `[author]`). */
type RouteProps<P extends string> = { params: Promise<Record<P, string>> };

/** A page route's exports: `generateMetadata`, and the page itself (the route's default export). */
export type PageRoute<P extends string> = {
  generateMetadata: (props: RouteProps<P>) => Promise<Metadata>;
  Page: (props: RouteProps<P>) => Promise<ReactNode>;
};

async function render(
  Component: ListingPageComponent,
  listing: ListingPageData,
  embedSrc?: () => string,
): Promise<ReactNode> {
  const hero = listing.hubFront?.hub.hero;
  const heroPlaceholder = hero ? await blurPlaceholder(hero.src) : undefined;
  return createElement(Component, {
    listing,
    jsonLd: listingGraph(listing),
    heroPlaceholder,
    ...(embedSrc && listing.embeds.length > 0 ? { embedSrc: embedSrc() } : {}),
  });
}

/**
 * The first page of the listing of `kind` at `/<section>`, `/tags/<tag>` or `/authors/<author>`: a 404
 * when it has no page for this viewer (lib/content/visibility.ts).
 */
export function listingRoute<K extends ListingKind>(
  kind: K,
  Component: ListingPageComponent,
  /** The embed module's address (`enhancementSrc`), asked only when the page shows an `<Embed>`. */
  embedSrc?: () => string,
): PageRoute<K> {
  async function load(params: Promise<Record<K, string>>): Promise<ListingPageData | undefined> {
    const name = (await params)[kind];
    return getListing(kind, name, { preview: await isPreview() });
  }
  return {
    async generateMetadata({ params }) {
      const listing = await load(params);
      return listing ? listingMetadata(listing) : {};
    },
    async Page({ params }) {
      const listing = await load(params);
      if (!listing) notFound();
      return render(Component, listing, embedSrc);
    },
  };
}

/** What loading a later page finds: the page, or the redirect of `/…/page/1`. Nothing is a 404. */
type LaterPage<T> = { kind: 'page'; data: T } | { kind: 'redirect'; path: string } | undefined;

/**
 * A later-page route (`/…/page/<n>`) over any paged list: a 404 for anything but a page that exists,
 * a permanent redirect from page 1 to the list's own address, one load for the page and its metadata.
 */
function laterPageRoute<P extends string, T>(
  load: (values: Record<P, string>) => Promise<LaterPage<T>>,
  metadata: (data: T) => Metadata,
  draw: (data: T) => ReactNode | Promise<ReactNode>,
): PageRoute<P> {
  return {
    async generateMetadata({ params }) {
      const found = await load(await params);
      return found?.kind === 'page' ? metadata(found.data) : {};
    },
    async Page({ params }) {
      const found = await load(await params);
      if (!found) notFound();
      // Only the page redirects: a redirect thrown from generateMetadata as well doubles the Location header.
      if (found.kind === 'redirect') permanentRedirect(found.path);
      return draw(found.data);
    },
  };
}

/**
 * The later pages (`/…/page/<n>`) of the listing of `kind`: a 404 for anything but a page that exists,
 * and a permanent redirect from `/…/page/1` to the listing's own address. In preview they count
 * drafts and scheduled stories like the first page does.
 */
export function laterListingRoute<K extends ListingKind>(
  kind: K,
  Component: ListingPageComponent,
): PageRoute<K | 'page'> {
  return laterPageRoute<K | 'page', ListingPageData>(
    async (values) => {
      const found = getLaterListingPage(kind, values[kind], values.page, { preview: await isPreview() });
      return found?.kind === 'page' ? { kind: 'page', data: found.listing } : found;
    },
    listingMetadata,
    (listing) => render(Component, listing),
  );
}

/** What the corrections log's page component is given: the page's data, and its JSON-LD (first page only). */
export type CorrectionsLogPageProps = { log: CorrectionsLogPage; jsonLd: Graph | undefined };

/** The component that renders one page of the corrections log (components/listing/corrections-log.tsx). */
export type CorrectionsLogPageComponent = (props: CorrectionsLogPageProps) => ReactNode;

function renderCorrections(Component: CorrectionsLogPageComponent, log: CorrectionsLogPage): ReactNode {
  return createElement(Component, { log, jsonLd: correctionsGraph(log) });
}

/** The first page of the corrections log, `/corrections`: it always exists, empty or not. */
export function correctionsLogRoute(Component: CorrectionsLogPageComponent): {
  generateMetadata: () => Promise<Metadata>;
  Page: () => Promise<ReactNode>;
} {
  return {
    async generateMetadata() {
      const log = getCorrectionsLogPage(1);
      return log ? correctionsMetadata(log) : {};
    },
    async Page() {
      const log = getCorrectionsLogPage(1);
      if (!log) notFound();
      return renderCorrections(Component, log);
    },
  };
}

/**
 * The later pages of the corrections log (`/corrections/page/<n>`): a 404 for anything but a page
 * that exists, and a permanent redirect from `/corrections/page/1` to `/corrections`.
 */
export function laterCorrectionsLogRoute(Component: CorrectionsLogPageComponent): PageRoute<'page'> {
  return laterPageRoute<'page', CorrectionsLogPage>(
    async (values) => {
      const found = getLaterCorrectionsLogPage(values.page);
      return found?.kind === 'page' ? { kind: 'page', data: found.log } : found;
    },
    correctionsMetadata,
    (log) => renderCorrections(Component, log),
  );
}
