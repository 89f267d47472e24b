import type { ReactNode } from 'react';
import type { AboutLink } from '@/lib/content/standing-pages';
import { yearOf } from '@/lib/format/dates';
import type { SectionSlug } from '@/lib/config/sections';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

type Props = {
  /** The section to mark as current in the header navigation. */
  currentSection?: SectionSlug;
  /** The footer's links to the standing pages that exist (the route asks `getAboutLinks()`). */
  aboutLinks: readonly AboutLink[];
  children: ReactNode;
};

/**
 * Header, main landmark and footer around a page. Rendered by the layouts below the root (which
 * know the section from their params), by the front page and by the 404 page — not by the root
 * layout, which cannot know the path without making every page dynamic.
 */
export function SiteChrome({ currentSection, aboutLinks, children }: Props) {
  return (
    <>
      <SiteHeader currentSection={currentSection} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter year={yearOf(new Date())} aboutLinks={aboutLinks} />
    </>
  );
}
