import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { TagListing } from '@/components/listing/tag-listing';
import { collectTags } from '@/lib/articles';
import { getAuthorNames, getPublishedArticles } from '@/lib/content';
import { tagLabel } from '@/lib/format';
import { getListingPage, listingPagesToPrerender, listingPath, pageSuffix, type ListingKey } from '@/lib/listings';
import { parsePageParam } from '@/lib/pagination';
import { pageMetadata } from '@/lib/seo';

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

/** The tag and page number the address names; undefined when it names nothing. */
async function resolve(params: Promise<Params>) {
  const { tag, page: param } = await params;
  const key: ListingKey = { kind: 'tag', tag };
  const parsed = parsePageParam(param);
  if (parsed.kind === 'first') permanentRedirect(listingPath(key));
  if (parsed.kind === 'invalid') return undefined;
  const page = getListingPage(key, parsed.page);
  return page ? { tag, page } : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = await resolve(params);
  if (!found) return {};
  const { tag, page } = found;
  return pageMetadata({
    title: `Stories about ${tagLabel(tag)}${pageSuffix(page.page)}`,
    description: `Stories tagged ${tagLabel(tag)}, page ${page.page} of ${page.totalPages}.`,
    path: `/tags/${tag}/page/${page.page}`,
  });
}

export default async function TagPageN({ params }: { params: Promise<Params> }) {
  const found = await resolve(params);
  if (!found) notFound();
  return <TagListing tag={found.tag} page={found.page} authorNames={getAuthorNames()} />;
}
