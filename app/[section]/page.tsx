import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SectionListing } from '@/components/listing/section-listing';
import { getAuthorNames } from '@/lib/content';
import { getListingPage } from '@/lib/listings';
import { getSection, sections } from '@/lib/sections';
import { pageMetadata } from '@/lib/seo';

type Params = { section: string };

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return sections.map((s) => ({ section: s.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const section = getSection((await params).section);
  if (!section) return {};
  return pageMetadata({
    title: section.name,
    description: `The latest ${section.name.toLowerCase()} news and analysis.`,
    path: `/${section.slug}`,
  });
}

export default async function SectionPage({ params }: { params: Promise<Params> }) {
  const section = getSection((await params).section);
  const page = section ? getListingPage({ kind: 'section', slug: section.slug }, 1) : undefined;
  if (!section || !page) notFound();
  return <SectionListing section={section} page={page} authorNames={getAuthorNames()} />;
}
