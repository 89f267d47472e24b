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
import { EnhancementScript } from '@/components/layout/enhancement-script';
import { LiveBlogPage } from '@/components/live/live-blog-page';
import { LIVE_UPDATES_MODULE } from '@/components/live/live-modules';
import { EMBED_MODULE } from '@/components/mdx/embed';
import { JsonLd } from '@/components/seo/json-ld';
import { articlesToPrerender, getArticlePage } from '@/lib/content/article-page';
import { isLiveNow } from '@/lib/content/live-blogs';
import { getLivePage } from '@/lib/content/live-page';
import { articleMetadata, articlePageGraph, liveBlogMetadata, livePageGraph } from '@/lib/seo/page-metadata';
import { enhancementSrc } from '@/lib/serving/enhancements';
import { isPreview } from '@/lib/serving/preview';

type Params = { section: string; slug: string };

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

// Only the newest articles are prerendered; older ones (and scheduled ones, once their time comes)
// render on their first request and are cached from then on. Addresses of articles that do not
// exist never get here: proxy.ts answers them with a 404 before rendering, so random addresses
// cannot fill the page cache (on disk or in Redis).
export const dynamicParams = true;

export function generateStaticParams(): Params[] {
  return articlesToPrerender();
}

/**
 * A live blog (lib/content/live-page.ts: its page 1, always there for a visible blog) or else a plain
 * article; undefined when this viewer may see neither here.
 */
async function load(params: Promise<Params>) {
  const { section, slug } = await params;
  const options = { now: new Date(), preview: await isPreview() };
  const live = await getLivePage(section, slug, 1, options);
  if (live) return { kind: 'live', live } as const;
  const article = await getArticlePage(section, slug, options);
  return article ? ({ kind: 'article', article } as const) : undefined;
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  return found.kind === 'live' ? liveBlogMetadata(found.live) : articleMetadata(found.article);
}

export default async function ArticlePage({ params }: { params: Promise<Params> }) {
  const found = await load(params);
  if (!found) notFound();
  if (found.kind === 'live') {
    const { live } = found;
    return (
      <LiveBlogPage
        page={live}
        jsonLd={livePageGraph(live)}
        // Only page 1 of a blog still live is kept up to date by the module; an ended one loads none.
        liveUpdatesSrc={isLiveNow(live.blog) ? enhancementSrc(LIVE_UPDATES_MODULE) : undefined}
        embedSrc={live.embeds.length > 0 ? enhancementSrc(EMBED_MODULE) : undefined}
      />
    );
  }
  const page = found.article;
  const { article, author, section } = page;
  return (
    <article className="mx-auto max-w-4xl">
      <JsonLd data={articlePageGraph(page)} />
      <Breadcrumb items={page.breadcrumb} />
      <ArticleStatus status={page.status} publishedAt={article.publishedAt} />
      <ArticleHeader article={article} author={author} />
      <HeroImage hero={article.hero} preload blurDataURL={page.heroPlaceholder} />
      <div className="max-w-3xl">
        <ArticleBody code={page.bodyCode} />
        {/* Click-to-load embeds: only a page whose body has one loads the module. */}
        {page.embeds.length > 0 ? <EnhancementScript name={EMBED_MODULE} src={enhancementSrc(EMBED_MODULE)} /> : null}
        <Corrections corrections={article.corrections} />
        <TagList tags={article.tags} />
        <AuthorCard author={author} bioCode={page.authorBioCode} />
      </div>
      {section ? <SectionNeighbours section={section} {...page.neighbours} /> : null}
      <RelatedArticles articles={page.related} authorNames={page.authorNames} />
    </article>
  );
}
