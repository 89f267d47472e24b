import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleList } from '@/components/article/article-list';
import { JsonLd } from '@/components/seo/json-ld';
import { collectTags, selectByTag } from '@/lib/articles';
import { getAuthorNames, getPublishedArticles, getRoutableArticles } from '@/lib/content';
import { feedLinks } from '@/lib/feeds';
import { tagLabel } from '@/lib/format';
import { scopeDescription, scopePath, scopeTitle } from '@/lib/scopes';
import { generatedCard, pageMetadata } from '@/lib/seo';
import { collectionGraph } from '@/lib/structured-data';

type Params = { tag: string };

const PAGE_SIZE = 20;

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

// Tags of scheduled articles are prerendered too (a 404 until the first article using them is
// published); any other tag is a 404 answered without rendering or caching (see the article page).
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return collectTags(getRoutableArticles()).map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { tag } = await params;
  if (!collectTags(getPublishedArticles()).includes(tag)) return {};
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
  const articles = selectByTag(getPublishedArticles(), tag, PAGE_SIZE);
  if (articles.length === 0) notFound();
  const scope = { kind: 'tag', tag } as const;
  return (
    <>
      <JsonLd
        data={collectionGraph({ path: scopePath(scope), name: scopeTitle(scope), description: scopeDescription(scope) })}
      />
      <p className="text-sm font-bold tracking-wide text-accent uppercase">Topic</p>
      <h1 className="border-b-4 border-ink pb-2 font-serif text-4xl font-bold capitalize">{tagLabel(tag)}</h1>
      <ArticleList articles={articles} authorNames={getAuthorNames()} />
    </>
  );
}
