import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleHeader } from '@/components/article/article-header';
import { ArticleStatus } from '@/components/article/article-status';
import { AuthorCard } from '@/components/article/author-card';
import { Corrections } from '@/components/article/corrections';
import { HeroImage } from '@/components/article/hero-image';
import { RelatedArticles } from '@/components/article/related-articles';
import { SectionNeighbours } from '@/components/article/section-neighbours';
import { TagList } from '@/components/article/tag-list';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { JsonLd } from '@/components/seo/json-ld';
import { publicationStatus, selectPrerendered, selectRelated, selectSectionNeighbours } from '@/lib/content/articles';
import { blurPlaceholder } from '@/lib/media/blur-placeholder';
import { articleBreadcrumb } from '@/lib/content/breadcrumbs';
import {
  allArticleSummaries,
  getArticle,
  getArticleBody,
  getAuthorBio,
  getAuthorNames,
  getPublishedArticles,
  publicationOptions,
} from '@/lib/content/store';
import { lastModified, zonedIsoFromString } from '@/lib/format/dates';
import { feedLinks } from '@/lib/seo/feeds';
import { tagLabel } from '@/lib/format/text';
import { heroCropPath, heroCrops } from '@/lib/media/hero-crops';
import { isPreview } from '@/lib/serving/preview';
import { getSection } from '@/lib/config/sections';
import { pageMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/config/site-config';
import { articleGraph } from '@/lib/seo/structured-data';

type Params = { section: string; slug: string };

/** Related stories at the foot of an article. */
const RELATED_COUNT = 4;

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

// Only the newest articles are prerendered; older ones (and scheduled ones, once their time comes)
// render on their first request and are cached from then on. Addresses of articles that do not
// exist never get here: proxy.ts answers them with a 404 before rendering, so random addresses
// cannot fill the page cache (on disk or in Redis).
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return selectPrerendered(getPublishedArticles(), siteConfig.prerenderArticles).map((a) => ({
    section: a.section,
    slug: a.slug,
  }));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { section, slug } = await params;
  const found = getArticle(section, slug, new Date(), { preview: await isPreview() });
  if (!found) return {};
  const { article, author } = found;
  const articleSection = getSection(article.section);
  return pageMetadata({
    title: article.title,
    description: article.standfirst,
    path: article.url,
    image: { url: heroCropPath(article.hero.src, '16x9'), ...heroCrops['16x9'], alt: article.hero.alt },
    article: {
      publishedTime: zonedIsoFromString(article.publishedAt),
      modifiedTime: zonedIsoFromString(lastModified(article)),
      section: articleSection?.name ?? article.section,
      tags: article.tags.map(tagLabel),
      authors: [author.url],
    },
    feeds: [...feedLinks({ kind: 'site' }), ...(articleSection ? feedLinks({ kind: 'section', section: articleSection }) : [])],
    // Drafts and scheduled articles only render where editors look (development, preview): never
    // index them.
    indexable: publicationStatus(article, new Date()) === 'published',
  });
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const { section, slug } = await params;
  const now = new Date();
  const found = getArticle(section, slug, now, { preview: await isPreview() });
  const body = found ? getArticleBody(found.article.url) : undefined;
  if (!found || body === undefined) notFound();
  const { article, author } = found;
  const crumbs = articleBreadcrumb(article);
  const articleSection = getSection(article.section);
  const options = publicationOptions();
  const heroPlaceholder = await blurPlaceholder(article.hero.src);
  return (
    <article className="mx-auto max-w-4xl">
      <JsonLd data={articleGraph(article, author, crumbs)} />
      <Breadcrumb items={crumbs} />
      <ArticleStatus status={publicationStatus(article, now)} publishedAt={article.publishedAt} />
      <ArticleHeader article={article} author={author} />
      <HeroImage hero={article.hero} preload blurDataURL={heroPlaceholder} />
      <div className="max-w-3xl">
        <ArticleBody code={body} />
        <Corrections corrections={article.corrections} />
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
