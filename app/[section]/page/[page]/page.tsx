import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { SectionListing } from '@/components/listing/section-listing';
import { getAuthorNames, getPublishedArticles } from '@/lib/content';
import { getListingPage, listingPagesToPrerender, listingPath, pageSuffix, type ListingKey } from '@/lib/listings';
import { parsePageParam } from '@/lib/pagination';
import { getSection, sections } from '@/lib/sections';
import { pageMetadata } from '@/lib/seo';

type Params = { section: string; page: string };

// Regenerated at most every 60 s, like the section's first page.
export const revalidate = 60;

// Pages past the prerendered ones (and new ones as the archive grows) render on first request.
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  const published = getPublishedArticles();
  return sections.flatMap((s) =>
    listingPagesToPrerender({ kind: 'section', slug: s.slug }, published).map((n) => ({ section: s.slug, page: String(n) })),
  );
}

/** The section and page number the address names; undefined when it names nothing. */
async function resolve(params: Promise<Params>) {
  const { section: slug, page: param } = await params;
  const section = getSection(slug);
  if (!section) return undefined;
  const key: ListingKey = { kind: 'section', slug: section.slug };
  const parsed = parsePageParam(param);
  // Page 1 has one address, the section's own: `/world/page/1` is a permanent redirect there.
  if (parsed.kind === 'first') permanentRedirect(listingPath(key));
  if (parsed.kind === 'invalid') return undefined;
  const page = getListingPage(key, parsed.page);
  return page ? { section, page } : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = await resolve(params);
  if (!found) return {};
  const { section, page } = found;
  return pageMetadata({
    title: `${section.name}${pageSuffix(page.page)}`,
    description: `The latest ${section.name.toLowerCase()} news and analysis, page ${page.page} of ${page.totalPages}.`,
    path: `/${section.slug}/page/${page.page}`,
  });
}

export default async function SectionPageN({ params }: { params: Promise<Params> }) {
  const found = await resolve(params);
  if (!found) notFound();
  return <SectionListing section={found.section} page={found.page} authorNames={getAuthorNames()} />;
}
