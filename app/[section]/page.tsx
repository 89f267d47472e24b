import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SectionListing } from '@/components/listing/section-listing';
import { JsonLd } from '@/components/seo/json-ld';
import { getAuthorNames } from '@/lib/content/store';
import { feedLinks } from '@/lib/seo/feeds';
import { getListingPage } from '@/lib/content/listings';
import { isPreview } from '@/lib/serving/preview';
import { scopeDescription, scopePath, scopeTitle } from '@/lib/content/scopes';
import { getSection, sections } from '@/lib/config/sections';
import { generatedCard, pageMetadata } from '@/lib/seo/metadata';
import { collectionGraph } from '@/lib/seo/structured-data';

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
  const scope = { kind: 'section', section } as const;
  return pageMetadata({
    title: scopeTitle(scope),
    description: scopeDescription(scope),
    path: scopePath(scope),
    image: generatedCard(scopePath(scope), scopeTitle(scope)),
    feeds: [...feedLinks(scope), ...feedLinks({ kind: 'site' })],
  });
}

export default async function SectionPage({ params }: { params: Promise<Params> }) {
  const section = getSection((await params).section);
  const page = section ? getListingPage({ kind: 'section', slug: section.slug }, 1, new Date(), { preview: await isPreview() }) : undefined;
  if (!section || !page) notFound();
  const scope = { kind: 'section', section } as const;
  return (
    <>
      <JsonLd
        data={collectionGraph({ path: scopePath(scope), name: scopeTitle(scope), description: scopeDescription(scope) })}
      />
      <SectionListing section={section} page={page} authorNames={getAuthorNames()} />
    </>
  );
}
