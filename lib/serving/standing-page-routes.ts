/**
 * The standing page routes, written once: the about page (`app/about/page.tsx`) and every other
 * standing page (`app/about/[page]/page.tsx`). Each route file keeps the literals Next reads
 * statically; the one data call for the page and its metadata, the 404 and preview are here. The
 * markup comes in as a component, so lib does not import components.
 */
import { createElement, type ReactNode } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Graph } from 'schema-dts';
import { getStandingPageView, type StandingPageView } from '../content/standing-page-view';
import { standingPageMetadata, standingPagePageGraph } from '../seo/page-metadata';
import { ABOUT_PAGE_SLUG } from '../config/urls';
import { isPreview } from './preview';

/**
 * What the standing page component is given: the page's data, its JSON-LD, and the embed module's
 * address when the body has an `<Embed>`.
 */
export type StandingPageProps = { view: StandingPageView; jsonLd: Graph; embedSrc: string | undefined };

/** The component that renders a standing page (components/about/standing-page.tsx). */
export type StandingPageComponent = (props: StandingPageProps) => ReactNode;

type Route<Props> = {
  generateMetadata: (props: Props) => Promise<Metadata>;
  Page: (props: Props) => Promise<ReactNode>;
};

/** A route over the standing page whose slug `slugOf` reads from the route's props: a 404 when this viewer cannot see it. */
function route<Props>(
  slugOf: (props: Props) => Promise<string>,
  Component: StandingPageComponent,
  embedSrc: () => string,
): Route<Props> {
  async function load(props: Props): Promise<StandingPageView | undefined> {
    return getStandingPageView(await slugOf(props), { preview: await isPreview() });
  }
  return {
    async generateMetadata(props) {
      const view = await load(props);
      return view ? standingPageMetadata(view) : {};
    },
    async Page(props) {
      const view = await load(props);
      if (!view) notFound();
      return createElement(Component, {
        view,
        jsonLd: standingPagePageGraph(view),
        embedSrc: view.embeds.length > 0 ? embedSrc() : undefined,
      });
    },
  };
}

/**
 * The about page, `/about` (`content/pages/about.mdx`). `embedSrc` gives the click-to-load embed
 * module's address (`enhancementSrc`), asked only when the body has an `<Embed>`.
 */
export function aboutPageRoute(Component: StandingPageComponent, embedSrc: () => string): Route<object> {
  return route(async () => ABOUT_PAGE_SLUG, Component, embedSrc);
}

/**
 * Every other standing page, `/about/<slug>`. `/about/about` is a 404: the about page has one address.
 * (`/about/masthead` is its own static route, which Next prefers to this one.)
 */
export function standingPageRoute(
  Component: StandingPageComponent,
  embedSrc: () => string,
): Route<{ params: Promise<{ page: string }> }> {
  return route(
    async ({ params }) => {
      const { page } = await params;
      return page === ABOUT_PAGE_SLUG ? '' : page;
    },
    Component,
    embedSrc,
  );
}
