import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/article-list';
import { JsonLd } from '@/components/seo/json-ld';
import { selectBySection } from '@/lib/articles';
import { getAuthorNames, getPublishedArticles } from '@/lib/content';
import { feedLinks } from '@/lib/feeds';
import { scopeDescription, scopePath, scopeTitle } from '@/lib/scopes';
import { getSection, sections } from '@/lib/sections';
import { generatedCard, pageMetadata } from '@/lib/seo';
import { collectionGraph } from '@/lib/structured-data';

type Params = { section: string };

/** Listing pages show a bounded number of articles however large the archive. */
const PAGE_SIZE = 20;

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
  if (!section) notFound();
  const articles = selectBySection(getPublishedArticles(), section.slug, PAGE_SIZE);
  const scope = { kind: 'section', section } as const;
  return (
    <>
      <JsonLd
        data={collectionGraph({ path: scopePath(scope), name: scopeTitle(scope), description: scopeDescription(scope) })}
      />
      <h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold">{section.name}</h1>
      {articles.length > 0 ? (
        <ArticleList articles={articles} authorNames={getAuthorNames()} />
      ) : (
        <p className="mt-6 text-muted">No {section.name.toLowerCase()} stories yet.</p>
      )}
    </>
  );
}
