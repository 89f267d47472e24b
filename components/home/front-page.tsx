import { ArticleCard } from '@/components/article/article-card';
import { ArticleList } from '@/components/article/article-list';
import type { FrontPageStories as FrontPageData } from '@/lib/content/articles';
import { sectionPath } from '@/lib/config/urls';

type Props = {
  front: FrontPageData;
  /** Author display names by slug. */
  authorNames: Readonly<Record<string, string>>;
  siteName: string;
};

/**
 * The front page: lead story with top stories beside it, a block per section, and "Latest". Every
 * part is bounded by lib's `selectFrontPage`, so the page is the same size whatever the archive holds.
 */
export function FrontPage({ front, authorNames, siteName }: Props) {
  const byline = (slug: string) => authorNames[slug] ?? slug;
  const { lead } = front;
  if (!lead) {
    return (
      <>
        <h1 className="font-serif text-4xl font-bold">{siteName}</h1>
        <p className="mt-4 text-muted">No stories have been published yet.</p>
      </>
    );
  }
  return (
    <>
      <h1 className="sr-only">{siteName}: the latest news</h1>
      <div className="grid gap-8 border-b border-rule pb-8 lg:grid-cols-3">
        <section aria-labelledby="lead-story" className="lg:col-span-2">
          <h2 id="lead-story" className="sr-only">
            Lead story
          </h2>
          <ArticleCard article={lead} authorName={byline(lead.authorSlug)} variant="lead" headingLevel={3} preload />
        </section>
        {front.topStories.length > 0 ? (
          <section aria-labelledby="top-stories" className="lg:border-l lg:border-rule lg:pl-8">
            <h2 id="top-stories" className="border-b-2 border-ink pb-1 font-sans text-lg font-bold">
              Top stories
            </h2>
            <ArticleList articles={front.topStories} authorNames={authorNames} headingLevel={3} variant="compact" />
          </section>
        ) : null}
      </div>
      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="min-w-0">
          {front.sections.map(({ section, articles }) => (
            <section key={section.slug} aria-labelledby={`section-${section.slug}`} className="mb-10">
              <div className="mb-4 flex items-baseline justify-between gap-4 border-b-2 border-ink pb-1">
                <h2 id={`section-${section.slug}`} className="font-sans text-xl font-bold">
                  <a href={sectionPath(section.slug)} className="text-ink no-underline hover:underline">
                    {section.name}
                  </a>
                </h2>
                <a
                  href={sectionPath(section.slug)}
                  className="inline-flex min-h-6 items-center text-sm text-accent underline-offset-2 hover:underline"
                >
                  More {section.name.toLowerCase()}
                  <span aria-hidden="true">&nbsp;→</span>
                </a>
              </div>
              <ul className="grid gap-6 sm:grid-cols-3">
                {articles.map((article) => (
                  <li key={article.url}>
                    <ArticleCard
                      article={article}
                      authorName={byline(article.authorSlug)}
                      variant="tile"
                      headingLevel={3}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
        {front.latest.length > 0 ? (
          <section aria-labelledby="latest" className="lg:border-l lg:border-rule lg:pl-8">
            <h2 id="latest" className="border-b-2 border-ink pb-1 font-sans text-lg font-bold">
              Latest
            </h2>
            <ArticleList articles={front.latest} authorNames={authorNames} headingLevel={3} variant="compact" />
          </section>
        ) : null}
      </div>
    </>
  );
}
