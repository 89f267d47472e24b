import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/article-list';
import { collectTags, selectByTag } from '@/lib/articles';
import { getAuthorNames, getPublishedArticles } from '@/lib/content';
import { tagLabel } from '@/lib/format';
import { isPreview } from '@/lib/preview';
import { pageMetadata } from '@/lib/seo';

type Params = { tag: string };

const PAGE_SIZE = 20;

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

// A scheduled article can bring a new tag with it.
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return collectTags(getPublishedArticles()).map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { tag } = await params;
  if (!collectTags(getPublishedArticles(new Date(), { preview: await isPreview() })).includes(tag)) return {};
  return pageMetadata({
    title: `Stories about ${tagLabel(tag)}`,
    description: `The latest stories tagged ${tagLabel(tag)}.`,
    path: `/tags/${tag}`,
  });
}

export default async function TagPage({ params }: { params: Promise<Params> }) {
  const { tag } = await params;
  const articles = selectByTag(getPublishedArticles(new Date(), { preview: await isPreview() }), tag, PAGE_SIZE);
  if (articles.length === 0) notFound();
  return (
    <>
      <p className="text-sm font-bold tracking-wide text-accent uppercase">Topic</p>
      <h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold capitalize">{tagLabel(tag)}</h1>
      <ArticleList articles={articles} authorNames={getAuthorNames()} />
    </>
  );
}
