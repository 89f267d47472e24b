import type { ReactNode } from 'react';
import { SiteChrome } from '@/components/layout/site-chrome';
import { getAboutLinks } from '@/lib/content/store';
import { isSectionSlug } from '@/lib/config/sections';

type Params = { section: string };

// The section is known from the address, so the header marks it in static HTML: no client code.
export default async function SectionLayout({ children, params }: { children: ReactNode; params: Promise<Params> }) {
  const { section } = await params;
  return (
    <SiteChrome currentSection={isSectionSlug(section) ? section : undefined} aboutLinks={getAboutLinks()}>
      {children}
    </SiteChrome>
  );
}
