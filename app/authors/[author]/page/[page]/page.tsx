import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { AuthorListing } from '@/components/listing/author-listing';
import type { ArticleSummary } from '@/lib/content/articles';
import type { AuthorProfile } from '@/lib/content/authors';
import { allAuthorProfiles, getAuthor, getAuthorNames, getPublishedArticles } from '@/lib/content/store';
import { getListingPage, listingPagesToPrerender, listingPath, pageSuffix, type ListingKey } from '@/lib/content/listings';
import { parsePageParam, type Page } from '@/lib/content/pagination';
import { generatedCard, pageMetadata } from '@/lib/seo/metadata';

type Resolved = { redirect: string } | { author: AuthorProfile; page: Page<ArticleSummary> } | undefined;

type Params = { author: string; page: string };

// Regenerated at most every 60 s, like the author's first page.
export const revalidate = 60;

// Pages past the prerendered ones (and new ones as the archive grows) render on first request.
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  const published = getPublishedArticles();
  return allAuthorProfiles().flatMap((a) =>
    listingPagesToPrerender({ kind: 'author', slug: a.slug }, published).map((n) => ({ author: a.slug, page: String(n) })),
  );
}

/**
 * The author and page number the address names; where to redirect for page 1 (which has one
 * address, the listing's own); undefined when it names nothing.
 */
async function resolve(params: Promise<Params>): Promise<Resolved> {
  const { author: slug, page: param } = await params;
  const author = getAuthor(slug);
  if (!author) return undefined;
  const key: ListingKey = { kind: 'author', slug: author.slug };
  const parsed = parsePageParam(param);
  if (parsed.kind === 'first') return { redirect: listingPath(key) };
  if (parsed.kind === 'invalid') return undefined;
  const page = getListingPage(key, parsed.page);
  return page ? { author, page } : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = await resolve(params);
  if (!found || 'redirect' in found) return {};
  const { author, page } = found;
  return pageMetadata({
    title: `${author.name}${pageSuffix(page.page)}`,
    description: `Stories by ${author.name}, page ${page.page} of ${page.totalPages}.`,
    path: `${author.url}/page/${page.page}`,
    image: generatedCard(author.url, author.name),
  });
}

export default async function AuthorPageN({ params }: { params: Promise<Params> }) {
  const found = await resolve(params);
  if (!found) notFound();
  // Only the page redirects: a redirect thrown from generateMetadata as well doubles the Location header.
  if ('redirect' in found) permanentRedirect(found.redirect);
  return <AuthorListing author={found.author} bioCode={undefined} page={found.page} authorNames={getAuthorNames()} />;
}
