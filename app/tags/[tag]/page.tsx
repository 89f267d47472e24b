import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagListing } from '@/components/listing/tag-listing';
import { JsonLd } from '@/components/seo/json-ld';
import { getAuthorNames } from '@/lib/content/store';
import { feedLinks } from '@/lib/seo/feeds';
import { getListingPage } from '@/lib/content/listings';
import { isPreview } from '@/lib/serving/preview';
import { scopeDescription, scopePath, scopeTitle } from '@/lib/content/scopes';
import { generatedCard, pageMetadata } from '@/lib/seo/metadata';
import { collectionGraph } from '@/lib/seo/structured-data';
import { renderOnFirstRequest } from '@/lib/content/prerender';

type Params = { tag: string };

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

// Tags of scheduled articles are prerendered too (a 404 until the first article using them is
// published); any other tag is a 404 answered without rendering or caching (see the article page).
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return renderOnFirstRequest();
}

/** A tag with no published stories is not a page (in preview, drafts and scheduled ones count). */
async function tagPage(tag: string) {
  const page = getListingPage({ kind: 'tag', tag }, 1, new Date(), { preview: await isPreview() });
  return page && page.totalItems > 0 ? page : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { tag } = await params;
  if (!(await tagPage(tag))) return {};
  const scope = { kind: 'tag', tag } as const;
  return pageMetadata({
    title: scopeTitle(scope),
    description: scopeDescription(scope),
    path: scopePath(scope),
    image: generatedCard(scopePath(scope), scopeTitle(scope)),
    feeds: [...feedLinks(scope), ...feedLinks({ kind: 'site' })],
  });
}

export default async function TagPage({ params }: { params: Promise<Params> }) {
  const { tag } = await params;
  const page = await tagPage(tag);
  if (!page) notFound();
  const scope = { kind: 'tag', tag } as const;
  return (
    <>
      <JsonLd
        data={collectionGraph({ path: scopePath(scope), name: scopeTitle(scope), description: scopeDescription(scope) })}
      />
      <TagListing tag={tag} page={page} authorNames={getAuthorNames()} />
    </>
  );
}
