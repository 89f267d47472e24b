import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorListing } from '@/components/listing/author-listing';
import { allAuthorProfiles, getAuthor, getAuthorBio, getAuthorNames } from '@/lib/content';
import { getListingPage } from '@/lib/listings';
import { pageMetadata } from '@/lib/seo';

type Params = { author: string };

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return allAuthorProfiles().map((a) => ({ author: a.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const author = getAuthor((await params).author);
  if (!author) return {};
  return pageMetadata({ title: author.name, description: `${author.name}, ${author.role}.`, path: author.url });
}

export default async function AuthorPage({ params }: { params: Promise<Params> }) {
  const author = getAuthor((await params).author);
  const page = author ? getListingPage({ kind: 'author', slug: author.slug }, 1) : undefined;
  if (!author || !page) notFound();
  return <AuthorListing author={author} bioCode={getAuthorBio(author.slug)} page={page} authorNames={getAuthorNames()} />;
}
