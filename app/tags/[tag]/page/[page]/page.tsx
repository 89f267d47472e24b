import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { TagListing } from '@/components/listing/tag-listing';
import type { ArticleSummary } from '@/lib/content/articles';
import { collectTags } from '@/lib/content/articles';
import { getAuthorNames, getPublishedArticles } from '@/lib/content/store';
import { tagLabel } from '@/lib/format/text';
import { getListingPage, listingPagesToPrerender, listingPath, pageSuffix, type ListingKey } from '@/lib/content/listings';
import { parsePageParam, type Page } from '@/lib/content/pagination';
import { generatedCard, pageMetadata } from '@/lib/seo/metadata';

type Resolved = { redirect: string } | { tag: string; page: Page<ArticleSummary> } | undefined;

type Params = { tag: string; page: string };

// Regenerated at most every 60 s, like the tag's first page.
export const revalidate = 60;

// Pages past the prerendered ones (and new ones as the archive grows) render on first request.
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  const published = getPublishedArticles();
  return collectTags(published).flatMap((tag) =>
    listingPagesToPrerender({ kind: 'tag', tag }, published).map((n) => ({ tag, page: String(n) })),
  );
}

/**
 * The tag and page number the address names; where to redirect for page 1 (which has one
 * address, the listing's own); undefined when it names nothing.
 */
async function resolve(params: Promise<Params>): Promise<Resolved> {
  const { tag, page: param } = await params;
  const key: ListingKey = { kind: 'tag', tag };
  const parsed = parsePageParam(param);
  if (parsed.kind === 'first') return { redirect: listingPath(key) };
  if (parsed.kind === 'invalid') return undefined;
  const page = getListingPage(key, parsed.page);
  return page ? { tag, page } : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = await resolve(params);
  if (!found || 'redirect' in found) return {};
  const { tag, page } = found;
  return pageMetadata({
    title: `Stories about ${tagLabel(tag)}${pageSuffix(page.page)}`,
    description: `Stories tagged ${tagLabel(tag)}, page ${page.page} of ${page.totalPages}.`,
    path: `/tags/${tag}/page/${page.page}`,
    image: generatedCard(`/tags/${tag}`, `Stories about ${tagLabel(tag)}`),
  });
}

export default async function TagPageN({ params }: { params: Promise<Params> }) {
  const found = await resolve(params);
  if (!found) notFound();
  // Only the page redirects: a redirect thrown from generateMetadata as well doubles the Location header.
  if ('redirect' in found) permanentRedirect(found.redirect);
  return <TagListing tag={found.tag} page={found.page} authorNames={getAuthorNames()} />;
}
