import { ArticleCard } from '@/components/article/article-card';
import { ArticleList } from '@/components/article/article-list';
import { JsonLd } from '@/components/seo/json-ld';
import { selectFrontPage } from '@/lib/articles';
import { getAuthorNames, getPublishedArticles } from '@/lib/content';
import { feedLinks } from '@/lib/feeds';
import { scopeDescription, scopePath, scopeTitle } from '@/lib/scopes';
import { generatedCard, pageMetadata } from '@/lib/seo';
import { siteConfig } from '@/lib/site-config';
import { homeGraph } from '@/lib/structured-data';

/** Stories after the lead on the front page; the archive lives on section pages. */
const LATEST_COUNT = 20;

// Regenerated at most every 60 s, so an article scheduled for a future time appears on the running
// server within a minute of that time, without a rebuild.
export const revalidate = 60;

const SITE = { kind: 'site' } as const;

export const metadata = pageMetadata({
  title: scopeTitle(SITE),
  absoluteTitle: true,
  description: scopeDescription(SITE),
  path: scopePath(SITE),
  image: generatedCard(scopePath(SITE), scopeTitle(SITE)),
  feeds: feedLinks(SITE),
});

export default function HomePage() {
  const { lead, latest } = selectFrontPage(getPublishedArticles(), LATEST_COUNT);
  const authorNames = getAuthorNames();
  return (
    <>
      <JsonLd data={homeGraph()} />
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
