import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleHeader } from '@/components/article/article-header';
import { AuthorCard } from '@/components/article/author-card';
import { HeroImage } from '@/components/article/hero-image';
import { TagList } from '@/components/article/tag-list';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { articleBreadcrumb } from '@/lib/breadcrumbs';
import { getArticle, getArticleBody, getAuthorBio, getRoutableArticles } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';

type Params = { section: string; slug: string };

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

// Every article in the build is prerendered, scheduled ones too (as a 404 until their time comes,
// when the regeneration above publishes them). Any other address is a 404 answered without
// rendering: were unknown addresses rendered on request, each would be stored in the page cache,
// and requests for random addresses could fill the disk or Redis.
export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getRoutableArticles().map((a) => ({ section: a.section, slug: a.slug }));
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
    </article>
  );
}
