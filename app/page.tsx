import { ArticleCard } from '@/components/article/article-card';
import { ArticleList } from '@/components/article/article-list';
import { selectFrontPage } from '@/lib/articles';
import { getAuthorNames, getPublishedArticles } from '@/lib/content';
import { isPreview } from '@/lib/preview';
import { siteConfig } from '@/lib/site-config';
import { pageMetadata } from '@/lib/seo';

/** Stories after the lead on the front page; the archive lives on section pages. */
const LATEST_COUNT = 20;

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

export const metadata = pageMetadata({
  title: `${siteConfig.name}: news and analysis`,
  absoluteTitle: true,
  description: siteConfig.description,
  path: '/',
});

export default async function HomePage() {
  const articles = getPublishedArticles(new Date(), { preview: await isPreview() });
  const { lead, latest } = selectFrontPage(articles, LATEST_COUNT);
  const authorNames = getAuthorNames();
  return (
    <>
      <h1 className="sr-only">{siteConfig.name}: the latest news</h1>
      {lead ? (
        <section aria-labelledby="lead-story" className="border-b border-rule pb-8">
          <h2 id="lead-story" className="sr-only">
            Lead story
          </h2>
          <ArticleCard
            article={lead}
            authorName={authorNames[lead.authorSlug] ?? lead.authorSlug}
            variant="lead"
            headingLevel={3}
            preload
          />
        </section>
      ) : (
        <p className="text-muted">No stories have been published yet.</p>
      )}
      {latest.length > 0 ? (
        <section aria-labelledby="latest" className="mt-8">
          <h2 id="latest" className="font-sans text-xl font-bold">
            Latest
          </h2>
          <ArticleList articles={latest} authorNames={authorNames} headingLevel={3} />
        </section>
      ) : null}
    </>
  );
}
