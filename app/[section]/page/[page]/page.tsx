import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { SectionListing } from '@/components/listing/section-listing';
import type { ArticleSummary } from '@/lib/content/articles';
import { getAuthorNames, getPublishedArticles } from '@/lib/content/store';
import { getListingPage, listingPagesToPrerender, listingPath, pageSuffix, type ListingKey } from '@/lib/content/listings';
import { parsePageParam, type Page } from '@/lib/content/pagination';
import { getSection, sections, type Section } from '@/lib/config/sections';
import { generatedCard, pageMetadata } from '@/lib/seo/metadata';

type Resolved = { redirect: string } | { section: Section; page: Page<ArticleSummary> } | undefined;

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

/**
 * The section and page number the address names; where to redirect for page 1 (which has one
 * address, the listing's own); undefined when it names nothing.
 */
async function resolve(params: Promise<Params>): Promise<Resolved> {
  const { section: slug, page: param } = await params;
  const section = getSection(slug);
  if (!section) return undefined;
  const key: ListingKey = { kind: 'section', slug: section.slug };
  const parsed = parsePageParam(param);
  if (parsed.kind === 'first') return { redirect: listingPath(key) };
  if (parsed.kind === 'invalid') return undefined;
  const page = getListingPage(key, parsed.page);
  return page ? { section, page } : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = await resolve(params);
  if (!found || 'redirect' in found) return {};
  const { section, page } = found;
  return pageMetadata({
    title: `${section.name}${pageSuffix(page.page)}`,
    description: `The latest ${section.name.toLowerCase()} news and analysis, page ${page.page} of ${page.totalPages}.`,
    path: `/${section.slug}/page/${page.page}`,
    image: generatedCard(`/${section.slug}`, section.name),
  });
}

export default async function SectionPageN({ params }: { params: Promise<Params> }) {
  const found = await resolve(params);
  if (!found) notFound();
  // Only the page redirects: a redirect thrown from generateMetadata as well doubles the Location header.
  if ('redirect' in found) permanentRedirect(found.redirect);
  return <SectionListing section={found.section} page={found.page} authorNames={getAuthorNames()} />;
}
