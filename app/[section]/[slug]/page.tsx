import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleHeader } from '@/components/article/article-header';
import { ArticleStatus } from '@/components/article/article-status';
import { AuthorCard } from '@/components/article/author-card';
import { Corrections } from '@/components/article/corrections';
import { HeroImage } from '@/components/article/hero-image';
import { TagList } from '@/components/article/tag-list';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { publicationStatus } from '@/lib/articles';
import { articleBreadcrumb } from '@/lib/breadcrumbs';
import { getArticle, getArticleBody, getAuthorBio, getPublishedArticles } from '@/lib/content';
import { isPreview } from '@/lib/preview';
import { pageMetadata } from '@/lib/seo';

type Params = { section: string; slug: string };

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

// Addresses not prerendered at build (a scheduled article, the long tail) render on first request;
// getArticle decides what exists, and anything else is a 404.
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return getPublishedArticles().map((a) => ({ section: a.section, slug: a.slug }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { section, slug } = await params;
  const found = getArticle(section, slug, new Date(), { preview: await isPreview() });
  if (!found) return {};
  return pageMetadata({ title: found.article.title, description: found.article.standfirst, path: found.article.url });
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const { section, slug } = await params;
  const now = new Date();
  const found = getArticle(section, slug, now, { preview: await isPreview() });
  const body = found ? getArticleBody(found.article.url) : undefined;
  if (!found || body === undefined) notFound();
  const { article, author } = found;
  return (
    <article className="mx-auto max-w-4xl">
      <Breadcrumb items={articleBreadcrumb(article)} />
      <ArticleStatus status={publicationStatus(article, now)} publishedAt={article.publishedAt} />
      <ArticleHeader article={article} author={author} />
      <HeroImage hero={article.hero} preload />
      <div className="max-w-3xl">
        <ArticleBody code={body} />
        <Corrections corrections={article.corrections} />
        <TagList tags={article.tags} />
        <AuthorCard author={author} bioCode={getAuthorBio(author.slug) ?? ''} />
      </div>
    </article>
  );
}
