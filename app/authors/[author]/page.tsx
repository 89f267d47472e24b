import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorListing } from '@/components/listing/author-listing';
import { JsonLd } from '@/components/seo/json-ld';
import { getAuthor, getAuthorBio, getAuthorNames } from '@/lib/content/store';
import { feedLinks } from '@/lib/seo/feeds';
import { getListingPage } from '@/lib/content/listings';
import { isPreview } from '@/lib/serving/preview';
import { scopeDescription, scopePath, scopeTitle } from '@/lib/content/scopes';
import { generatedCard, pageMetadata } from '@/lib/seo/metadata';
import { profileGraph } from '@/lib/seo/structured-data';
import { renderOnFirstRequest } from '@/lib/content/prerender';

type Params = { author: string };

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return renderOnFirstRequest();
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const author = getAuthor((await params).author);
  if (!author) return {};
  const scope = { kind: 'author', author } as const;
  return pageMetadata({
    title: scopeTitle(scope),
    description: scopeDescription(scope),
    path: scopePath(scope),
    image: generatedCard(scopePath(scope), scopeTitle(scope)),
    feeds: [...feedLinks(scope), ...feedLinks({ kind: 'site' })],
  });
}

export default async function AuthorPage({ params }: { params: Promise<Params> }) {
  const author = getAuthor((await params).author);
  const page = author ? getListingPage({ kind: 'author', slug: author.slug }, 1, new Date(), { preview: await isPreview() }) : undefined;
  if (!author || !page) notFound();
  return (
    <>
      <JsonLd data={profileGraph(author)} />
      <AuthorListing author={author} bioCode={getAuthorBio(author.slug)} page={page} authorNames={getAuthorNames()} />
    </>
  );
}
