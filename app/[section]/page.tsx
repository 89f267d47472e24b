import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/article-list';
import { selectBySection } from '@/lib/articles';
import { getAuthorNames, getPublishedArticles } from '@/lib/content';
import { isPreview } from '@/lib/preview';
import { getSection, sections } from '@/lib/sections';
import { pageMetadata } from '@/lib/seo';

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
  return pageMetadata({
    title: section.name,
    description: `The latest ${section.name.toLowerCase()} news and analysis.`,
    path: `/${section.slug}`,
  });
}

export default async function SectionPage({ params }: { params: Promise<Params> }) {
  const section = getSection((await params).section);
  if (!section) notFound();
  const articles = selectBySection(getPublishedArticles(new Date(), { preview: await isPreview() }), section.slug, PAGE_SIZE);
  return (
    <>
      <h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold">{section.name}</h1>
      {articles.length > 0 ? (
        <ArticleList articles={articles} authorNames={getAuthorNames()} />
      ) : (
        <p className="mt-6 text-muted">No {section.name.toLowerCase()} stories yet.</p>
      )}
    </>
  );
}
