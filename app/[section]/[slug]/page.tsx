import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleHeader } from '@/components/article/article-header';
import { AuthorCard } from '@/components/article/author-card';
import { HeroImage } from '@/components/article/hero-image';
import { RelatedArticles } from '@/components/article/related-articles';
import { SectionNeighbours } from '@/components/article/section-neighbours';
import { TagList } from '@/components/article/tag-list';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { selectPrerendered, selectRelated, selectSectionNeighbours } from '@/lib/articles';
import { articleBreadcrumb } from '@/lib/breadcrumbs';
import {
  allArticleSummaries,
  getArticle,
  getArticleBody,
  getAuthorBio,
  getAuthorNames,
  getPublishedArticles,
  publicationOptions,
} from '@/lib/content';
import { getSection } from '@/lib/sections';
import { pageMetadata } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';

type Params = { section: string; slug: string };

/** Related stories at the foot of an article. */
const RELATED_COUNT = 4;

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

// Addresses not prerendered at build (a scheduled article, the long tail) render on first request;
// getArticle decides what exists, and anything else is a 404.
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return selectPrerendered(getPublishedArticles(), siteConfig.prerenderArticles).map((a) => ({
    section: a.section,
    slug: a.slug,
  }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { section, slug } = await params;
  const found = getArticle(section, slug);
  if (!found) return {};
  return pageMetadata({ title: found.article.title, description: found.article.standfirst, path: found.article.url });
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const { section, slug } = await params;
  const found = getArticle(section, slug);
  const body = found ? getArticleBody(found.article.url) : undefined;
  if (!found || body === undefined) notFound();
  const { article, author } = found;
  const articleSection = getSection(article.section);
  const options = publicationOptions();
  return (
    <article className="mx-auto max-w-4xl">
      <Breadcrumb items={articleBreadcrumb(article)} />
      <ArticleHeader article={article} author={author} />
      <HeroImage hero={article.hero} preload />
      <div className="max-w-3xl">
        <ArticleBody code={body} />
        <TagList tags={article.tags} />
        <AuthorCard author={author} bioCode={getAuthorBio(author.slug) ?? ''} />
      </div>
      {articleSection ? (
        <SectionNeighbours section={articleSection} {...selectSectionNeighbours(allArticleSummaries(), article, options)} />
      ) : null}
      <RelatedArticles
        articles={selectRelated(allArticleSummaries(), article, RELATED_COUNT, options)}
        authorNames={getAuthorNames()}
      />
    </article>
  );
}
