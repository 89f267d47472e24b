import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagListing } from '@/components/listing/tag-listing';
import { collectTags } from '@/lib/articles';
import { getAuthorNames, getPublishedArticles } from '@/lib/content';
import { tagLabel } from '@/lib/format';
import { getListingPage } from '@/lib/listings';
import { pageMetadata } from '@/lib/seo';

type Params = { tag: string };

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

// A scheduled article can bring a new tag with it.
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return collectTags(getPublishedArticles()).map((tag) => ({ tag }));
}

/** A tag with no published stories is not a page. */
function tagPage(tag: string) {
  const page = getListingPage({ kind: 'tag', tag }, 1);
  return page && page.totalItems > 0 ? page : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { tag } = await params;
  if (!tagPage(tag)) return {};
  return pageMetadata({
    title: `Stories about ${tagLabel(tag)}`,
    description: `The latest stories tagged ${tagLabel(tag)}.`,
    path: `/tags/${tag}`,
  });
}

export default async function TagPage({ params }: { params: Promise<Params> }) {
  const { tag } = await params;
  const page = tagPage(tag);
  if (!page) notFound();
  return <TagListing tag={tag} page={page} authorNames={getAuthorNames()} />;
}
